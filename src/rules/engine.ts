import type { Block, Removal, Rule } from '../types.js';

/**
 * The one rule engine. It knows matchers and scopes, never kinds: a new kind of boilerplate
 * is a new row in rules/table/, not a new branch here.
 */

/** text rows: blocks longer than this are prose, whatever they mention. */
export const DEFAULT_TEXT_MAX_WORDS = 40;
/** line rows: a whole-line match is only meaningful for short lines (headings, labels, link rows). */
export const DEFAULT_LINE_MAX_WORDS = 8;
/** A section ends where prose of at least this many words resumes. */
export const SECTION_END_WORDS = 30;
const PREVIEW_CHARS = 80;
/** A block whose text is mostly link text is a link, not a heading. */
const MIN_LINK_DENSITY_OF_A_LINK = 0.5;

/** Whitespace-separated words; a loop, since this runs for every block against every row. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > PREVIEW_CHARS ? `${t.slice(0, PREVIEW_CHARS - 1)}…` : t;
}

/**
 * Rows for a page's languages (declared and detected may differ; both count), English
 * (boilerplate is English on many sites) and '*'. No known language: all rows.
 */
export function rulesFor(rules: readonly Rule[], ...langs: Array<string | null>): Rule[] {
  const known = langs.filter((l): l is string => Boolean(l));
  if (known.length === 0) return [...rules];
  return rules.filter((r) => r.lang.includes('*') || r.lang.includes('en') || known.some((l) => r.lang.includes(l)));
}

/** A block's text as the matchers read it, prepared once per block rather than once per row. */
interface Prepared {
  text: string;
  /** The text without trailing separators (":", "|", "»"...), which labels and link rows end with. */
  line: string;
  /** Both lower-cased, for the rows that can be matched without the i flag (caseFree). */
  lowerText: string;
  lowerLine: string;
  words: number;
}

function prepare(text: string): Prepared {
  const t = text.trim();
  const line = t.replace(/[\s:|»›>·•]+$/u, '');
  return { text: t, line, lowerText: t.toLowerCase(), lowerLine: line.toLowerCase(), words: wordCount(t) };
}

/** Escapes whose capitals are not letters to match (\S, \W, \p{L}). */
const ESCAPE = /\\(?:[pP]\{[^}]*\}|[^uxc])/gsu;
/** Escapes that may name a capital letter (\u00C4, \x41, \cA): such rows keep their i flag. */
const CODE_ESCAPE = /\\[uxc]/u;
const CASE_CLASS = /\\[pP]\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase)\}/u;
const caseFreeCache = new WeakMap<RegExp, RegExp | null>();

/**
 * A case-insensitive row as a case-sensitive regex for lower-cased text, when that means the
 * same: its pattern names no capital letter and no case class. V8 runs /\b.../iu up to ten
 * times slower than /\b.../u (measured: one row took 8% of the text-dump time), and
 * rows are written in lower case, so most rows qualify.
 */
export function caseFree(re: RegExp): RegExp | null {
  let fast = caseFreeCache.get(re);
  if (fast !== undefined) return fast;
  const letters = re.source.replace(ESCAPE, '');
  fast = re.flags.includes('i') && !/\p{Lu}/u.test(letters) && !CASE_CLASS.test(re.source) && !CODE_ESCAPE.test(re.source) ? new RegExp(re.source, re.flags.replace('i', '')) : null;
  caseFreeCache.set(re, fast);
  return fast;
}

function test(re: RegExp, text: string, lower: string): boolean {
  const fast = caseFree(re);
  return fast ? fast.test(lower) : re.test(text);
}

/**
 * Rows read at most this many characters a word they allow. Real text stays far below it; a block
 * of a few enormous "words" (base64 images, minified code in a dump) does not, and is no
 * boilerplate any row describes. The cap also bounds what a badly written row (or a user's
 * --rules row) can cost: regex backtracking grows with the length of its input.
 */
const MAX_CHARS_PER_WORD = 40;

function hitPrepared(rule: Rule, p: Prepared): boolean {
  const { text, line } = rule.match;
  if ((!text && !line) || p.words === 0) return false;
  const maxWords = rule.match.maxWords ?? (line ? DEFAULT_LINE_MAX_WORDS : DEFAULT_TEXT_MAX_WORDS);
  if (p.words > maxWords || p.text.length > maxWords * MAX_CHARS_PER_WORD) return false;
  return line ? test(line, p.line, p.lowerLine) : test(text!, p.text, p.lowerText);
}

/** Does a text/line row hit this block? Element rows (attr, selector) never hit blocks. */
export function blockHit(rule: Rule, block: Pick<Block, 'text'>): boolean {
  return hitPrepared(rule, prepare(block.text));
}

/** Minimal view of a DOM element, so the engine needs no DOM library. */
export interface ElementLike {
  id: string;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
}

export function elementHit(rule: Rule, el: ElementLike): boolean {
  const { attr, selector } = rule.match;
  if (selector) return el.matches(selector);
  if (!attr) return false;
  const tokens = [el.id, ...(el.getAttribute('class') ?? '').split(/\s+/)].filter(Boolean);
  return tokens.some((t) => attr.test(t));
}

const levelOf = (b: Block): number => (b.type === 'heading' ? b.level ?? 2 : 7);

const isLongProse = (b: Block): boolean => b.type === 'paragraph' && wordCount(b.text) >= SECTION_END_WORDS;

/** Index after the last block a hit at i reaches. */
function scopeEnd(blocks: readonly Block[], i: number, rule: Rule, opts: ApplyOptions): number {
  // A list item or a link ("View comments") is an entry in a menu, never the heading of what follows.
  const hit = blocks[i]!;
  if (rule.scope === 'block' || hit.type === 'list-item' || hit.linkDensity >= MIN_LINK_DENSITY_OF_A_LINK) return i + 1;
  if (rule.scope === 'rest' && i >= (opts.restAllowedFrom ?? 0)) return blocks.length;
  const level = levelOf(blocks[i]!);
  const prose = opts.isProse ?? ((j: number) => isLongProse(blocks[j]!));
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const b = blocks[j]!;
    if ((b.type === 'heading' && levelOf(b) <= level) || prose(j)) break;
  }
  return j;
}

export interface ApplyOptions {
  /** 'rest' rows reach to the end only from this index on (after the article has begun); before it they act as 'section'. */
  restAllowedFrom?: number;
  /** Blocks the caller protects (e.g. the title); they are never removed. */
  protect?: ReadonlySet<number>;
  /** Where prose resumes and a section ends; by default a paragraph of SECTION_END_WORDS or more. */
  isProse?: (index: number) => boolean;
}

/**
 * Applies text/line rows to a block list. Returns the removed indices, each with its reason.
 * A block hit by a row of its own keeps that row as its reason even inside another hit's section.
 */
export function applyRules(blocks: readonly Block[], rules: readonly Rule[], opts: ApplyOptions = {}): Map<number, Removal> {
  // Rows that can hit at all: text and line rows, each with the most words it reads.
  const rows = rules.filter((r) => r.match.text || r.match.line).map((r) => ({ r, max: r.match.maxWords ?? (r.match.line ? DEFAULT_LINE_MAX_WORDS : DEFAULT_TEXT_MAX_WORDS) }));
  const direct = blocks.map((b, i) => {
    if (opts.protect?.has(i)) return undefined;
    const p = prepare(b.text);
    return rows.find(({ r, max }) => p.words <= max && hitPrepared(r, p))?.r;
  });
  const removed = new Map<number, Removal>();
  const mark = (j: number, rule: Rule): void => {
    if (!removed.has(j) && !opts.protect?.has(j)) removed.set(j, { rule: rule.id, kind: rule.kind, preview: preview(blocks[j]!.text) });
  };
  direct.forEach((rule, i) => {
    if (!rule) return;
    mark(i, rule);
    const end = scopeEnd(blocks, i, rule, opts);
    for (let j = i + 1; j < end; j++) if (!direct[j]) mark(j, rule);
  });
  return removed;
}
