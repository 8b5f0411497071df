#!/usr/bin/env node
// On how many sites (hosts) each text/line rule row, and each alternative of its pattern, can fire:
// every block of every text dump of the corpus (plain and w3m, all sets), matched as the engine
// matches (same field, same word limit). A row or alternative seen on fewer than 3 sites was
// fitted to a page, not to a kind of boilerplate: make it general or drop it (issue 19).
//   npm run bench:alternatives -- CORPUS_DIR [--min 3] [--json FILE]
// The alternatives are those of the pattern's outermost alternation (at the top, or inside the
// group that wraps the rest, with no words around it); each is tested with the others cut out,
// its anchors kept. Rows list one concept per alternative (rules/table/concepts.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { cleanText } from '../dist/clean-text.js';
import { hitPrepared, matcherOf, Prepared } from '../dist/rules/match.js';
import { RULES } from '../dist/rules/table/index.js';
import { LEXICONS } from '../dist/lexicon/index.js';
import { segment } from '../dist/text/segment.js';

/** Top-level '|' positions of a regex source (outside groups and classes). */
function splitTop(source) {
  const parts = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(source.slice(start, i)); start = i + 1; }
  }
  parts.push(source.slice(start));
  return parts;
}

/** The end of the group opening at i (its matching ')'). */
function groupEnd(source, i) {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') { j++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

/** The name of a concept (a named group that is the whole alternative), or null. */
const conceptOf = (alt) => {
  const name = /^\(\?<([a-z_]\w*)>/.exec(alt)?.[1];
  return name && groupEnd(alt, 0) === alt.length - 1 ? name : null;
};

/** True when a piece of pattern matches no letters: anchors, spaces, digits, punctuation. */
const wordless = (piece) => !/[\p{L}]/u.test(piece.replace(/\\[pP]\{[^}]*\}|\\./g, '').replace(/\[[^\]]*\]/g, ''));

/** [{ label, source }]: one variant of the pattern per alternative of its outermost alternation. */
export function alternativesOf(source) {
  const top = splitTop(source);
  if (top.length > 1) return top.map((alt) => ({ label: conceptOf(alt) ?? alt, source: alt }));
  // The first group whose content alternates, with what stands before and after it kept.
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    if (source[i] !== '(') continue;
    const end = groupEnd(source, i);
    if (end < 0) return [];
    const open = /^\(\?(?::|<?[=!]|<[a-zA-Z]\w*>)/.exec(source.slice(i))?.[0] ?? '(';
    const inner = splitTop(source.slice(i + open.length, end));
    if (inner.length < 2) continue;
    // A named group is one concept (rules/table/concepts.ts), whatever phrases it lists.
    if (open.startsWith('(?<') && !/^\(\?<[=!]/.test(open)) return [];
    // A group with words around it is a slot of one phrase (the count in '5 thoughts on “…”'),
    // not the row's list of phrases: the row is then one alternative, counted as a whole.
    if (!wordless(source.slice(0, i)) || !wordless(source.slice(end + 1))) return [];
    return inner.map((alt) => ({ label: conceptOf(alt) ?? alt, source: `${source.slice(0, i)}${open}${alt}${source.slice(end)}` }));
  }
  return [];
}

/** { host, text } of every dump (plain and w3m, all sets) whose page has a URL. */
function* dumps(corpus) {
  const read = (p) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p)).toString('utf8');
  const hostOf = (url) => { try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; } };
  for (const set of readdirSync(corpus).filter((s) => existsSync(join(corpus, s, 'dumps')))) {
    const truth = JSON.parse(readFileSync(join(corpus, set, 'truth.json'), 'utf8'));
    for (const kind of readdirSync(join(corpus, set, 'dumps'))) {
      for (const f of readdirSync(join(corpus, set, 'dumps', kind))) {
        const host = hostOf(truth[f.replace(/\.(txt|html)(\.gz)?$/, '')]?.url ?? '');
        if (host) yield { host, text: read(join(corpus, set, 'dumps', kind, f)) };
      }
    }
  }
}

/** [{ id, sites, alternatives: [{ alternative, sites }] }] for every text/line row, and the number of blocks and sites read. */
export function alternativeSites(corpus) {
  /** [host, Prepared] for every block of every dump whose page has a URL. */
  const blocks = [];
  for (const { host, text } of dumps(corpus)) for (const b of segment(cleanText(text))) blocks.push([host, new Prepared(b.text)]);
  const sitesOf = (m, among) => {
    const hosts = new Set();
    for (const [host, p] of among) if (!hosts.has(host) && hitPrepared(m, p)) hosts.add(host);
    return hosts.size;
  };
  const report = [];
  for (const rule of RULES) {
    const m = matcherOf(rule);
    if (!m) continue;
    const re = rule.match.line ?? rule.match.text;
    // An alternative can hit only where the whole pattern does.
    const hits = blocks.filter(([, p]) => hitPrepared(m, p));
    const alternatives = alternativesOf(re.source).map(({ label, source }) => {
      const variant = matcherOf({ ...rule, match: { ...rule.match, [rule.match.line ? 'line' : 'text']: new RegExp(source, re.flags) } });
      return { alternative: label, sites: sitesOf(variant, hits) };
    });
    report.push({ id: rule.id, sites: sitesOf(m, hits), alternatives });
  }
  return { report, blocks: blocks.length, sites: new Set(blocks.map(([h]) => h)).size };
}

const normal = (line) => line.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Rule examples (of 4 words or more) that stand as a line in the dumps of fewer than `min` sites:
 * lines copied from a page rather than invented or generic. A generic line (a theme's "Your email
 * address will not be published") is met on many sites and may be an example as it is.
 */
export function copiedExamples(corpus, min = 3) {
  const wanted = new Map();
  for (const rule of RULES) {
    for (const ex of [...rule.examples.hit, ...rule.examples.miss]) {
      if (normal(ex).split(' ').length >= 4) wanted.set(normal(ex), { id: rule.id, example: ex, hosts: new Set() });
    }
  }
  for (const { host, text } of dumps(corpus)) {
    for (const line of text.split('\n')) wanted.get(normal(line))?.hosts.add(host);
  }
  return [...wanted.values()].filter((w) => w.hosts.size > 0 && w.hosts.size < min).map(({ id, example, hosts }) => ({ id, example, sites: hosts.size }));
}

/**
 * The lexicon's calls to action (lexicon/*.ts) that stand as a whole line, marks around them
 * aside, in the dumps of fewer than `min` sites: a phrase the type stage counts is held to the
 * rule table's bar.
 */
export function rareCallsToAction(corpus, min = 3) {
  const wanted = new Map(Object.entries(LEXICONS).flatMap(([lang, l]) => l.callsToAction.map((p) => [p, { lang, phrase: p, hosts: new Set() }])));
  for (const { host, text } of dumps(corpus)) {
    for (const line of text.split('\n')) wanted.get(normal(line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))?.hosts.add(host);
  }
  return [...wanted.values()].filter((w) => w.hosts.size < min).map(({ lang, phrase, hosts }) => ({ lang, phrase, sites: hosts.size }));
}

/** How many alternatives fire on 0, 1, ... min-1 sites: the line `npm run bench` prints. */
export function fewSitesLine(report, min = 3) {
  // A row whose pattern lists no concepts is one concept.
  const all = report.flatMap((r) => (r.alternatives.length ? r.alternatives : [r]));
  const below = all.filter((a) => a.sites < min);
  const by = Array.from({ length: min }, (_, k) => `${below.filter((a) => a.sites === k).length} on ${k}`).join(', ');
  const rows = report.filter((r) => r.sites < min).length;
  return `rule concepts: ${all.length} in ${report.length} text/line rows; ${below.length} fire on fewer than ${min} sites of the dumps (${by}), ${rows} rows do; npm run bench:alternatives lists them`;
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '3' }, json: { type: 'string' } } });
  const corpus = positionals[0];
  if (!corpus || !existsSync(corpus)) {
    console.error('usage: npm run bench:alternatives -- CORPUS_DIR [--min 3] [--json FILE]');
    process.exit(2);
  }
  const min = Number(values.min);
  const { report, blocks, sites } = alternativeSites(corpus);
  const fewRows = report.filter((r) => r.sites < min);
  const fewAlts = report.flatMap((r) => r.alternatives.filter((a) => a.sites < min).map((a) => ({ id: r.id, ...a })));
  console.log(`${blocks} blocks of ${sites} sites; ${fewSitesLine(report, min)}`);
  console.log(`\nrows on fewer than ${min} sites (${fewRows.length}):`);
  for (const r of fewRows) console.log(`  ${String(r.sites).padStart(3)}  ${r.id}`);
  console.log(`\nalternatives on fewer than ${min} sites (${fewAlts.length}):`);
  for (const a of fewAlts) console.log(`  ${String(a.sites).padStart(3)}  ${a.id}  ${a.alternative.slice(0, 90)}`);
  const copied = copiedExamples(corpus, min);
  console.log(`\nrule examples that are a line of fewer than ${min} sites (${copied.length}): copied from a page, not invented`);
  for (const c of copied) console.log(`  ${String(c.sites).padStart(3)}  ${c.id}  ${c.example.slice(0, 90)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
