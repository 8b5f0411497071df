#!/usr/bin/env node
// Stand-ins for dump formats the corpus does not hold (the held-out sets score others): from each
// page's HTML, a markdown dump (turndown + GFM over the whole body, as markdown readers make
// them) and an innerText-like dump (block boxes break lines, paragraphs and headings get a blank
// line, cells are tab-separated, list items have no bullet, hidden elements are skipped; an
// approximation of a browser's innerText, which jsdom does not implement). The output is a corpus
// folder whose truth.json links to the source's, so bench/run.mjs scores it:
//
//   npm run build && node bench/dump-stand-ins.mjs ../shared/corpus /tmp/stand-ins scrapinghub trafilatura-dev
//   node bench/run.mjs /tmp/stand-ins --kinds md,innertext --scorer ../shared/bench/score.mjs --stream-records 0 --no-speed
//
// Never part of the tests, and no corpus page is copied into the project.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/decode.js';

const require = createRequire(import.meta.url);
const { JSDOM, VirtualConsole } = require('jsdom');
const TurndownService = require('turndown');
const { gfm } = require('@joplin/turndown-plugin-gfm');

const BLOCK = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM HEADER HR LI MAIN NAV OL OPTION PRE SECTION TABLE TR UL'.split(' '));
const PARAGRAPH = new Set('P H1 H2 H3 H4 H5 H6'.split(' '));
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE HEAD TITLE SVG SELECT'.split(' '));

/** Text and required line breaks (numbers) in document order. */
function innerParts(node, out) {
  if (node.nodeType === 3) return void out.push(node.data.replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return;
  const tag = node.tagName;
  if (SKIP.has(tag) || node.hidden || node.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return;
  if (tag === 'BR') return void out.push('\n');
  const breaks = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0;
  if (breaks) out.push(breaks);
  for (const child of node.childNodes) innerParts(child, out);
  if (tag === 'TD' || tag === 'TH') out.push('\t');
  if (breaks) out.push(breaks);
}

function innerText(body) {
  const parts = [];
  innerParts(body, parts);
  // A run of required line breaks collapses to its largest, as the innerText algorithm does.
  const merged = [];
  for (const x of parts) {
    const last = merged.at(-1);
    if (typeof x === 'number') typeof last === 'number' ? (merged[merged.length - 1] = Math.max(last, x)) : merged.push(x);
    else if (!(x.trim() === '' && x !== '\n' && typeof last === 'number')) merged.push(x);
  }
  const text = merged.map((x) => (typeof x === 'number' ? '\n'.repeat(x) : x)).join('');
  return text.split('\n').map((l) => l.replace(/^ +| +$/g, '')).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function markdown(body) {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
  td.use(gfm);
  td.remove(['script', 'style', 'noscript', 'template']);
  return td.turndown(body);
}

/**
 * jsdom keeps some memory per window even after close(): a process that makes ~750 pages' dumps
 * runs out of heap. Each set is made in slices of SLICE pages, each slice in a child process.
 */
const SLICE = 250;

function makeDumps(src, out, set, from, to) {
  for (const f of readdirSync(`${src}/${set}/html`).sort().slice(from, to)) {
    const id = f.replace(/\.html(\.gz)?$/, '');
    const bytes = readFileSync(`${src}/${set}/html/${f}`);
    const decoded = decode(f.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    const html = decoded.ok ? decoded.text : '';
    let md = '';
    let text = '';
    let dom = null;
    try {
      dom = new JSDOM(html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, ''), { virtualConsole: new VirtualConsole() });
      const body = dom.window.document.body;
      if (body) [md, text] = [markdown(body), innerText(body)];
    } catch {
      // A page jsdom cannot take gets empty dumps, as a failed dump tool leaves.
    } finally {
      dom?.window.close();
    }
    writeFileSync(`${out}/${set}/dumps/md/${id}.txt`, md);
    writeFileSync(`${out}/${set}/dumps/innertext/${id}.txt`, text);
  }
}

const [src, out, ...rest] = process.argv.slice(2);
const sliceAt = rest.indexOf('--slice');
if (sliceAt >= 0) {
  const [from, to] = rest[sliceAt + 1].split(':').map(Number);
  makeDumps(src, out, rest[0], from, to);
  process.exit(0);
}
const sets = rest;
if (!src || !out || sets.length === 0) {
  console.error('usage: node bench/dump-stand-ins.mjs CORPUS OUT SET...');
  process.exit(2);
}
for (const set of sets) {
  for (const kind of ['md', 'innertext']) mkdirSync(`${out}/${set}/dumps/${kind}`, { recursive: true });
  if (!existsSync(`${out}/${set}/truth.json`)) symlinkSync(resolve(src, set, 'truth.json'), `${out}/${set}/truth.json`);
  const pages = readdirSync(`${src}/${set}/html`).length;
  for (let from = 0; from < pages; from += SLICE) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), src, out, set, '--slice', `${from}:${from + SLICE}`], { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`${set}: pages ${from}-${from + SLICE} failed (exit ${r.status ?? r.signal})`);
      process.exit(1);
    }
  }
  console.error(`${set}: done`);
}
