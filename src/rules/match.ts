import { isSpace } from '../clean-text.js';
import type { Block, Rule } from '../types.js';

/** One row against one block or element: how a row's regex reads a block's text. */

/** text rows: blocks longer than this are prose, whatever they mention. */
export const DEFAULT_TEXT_MAX_WORDS = 40;
/** line rows: a whole-line match is only meaningful for short lines (headings, labels, link rows). */
export const DEFAULT_LINE_MAX_WORDS = 8;
/** Whitespace-separated words; a loop, since this runs for every block against every row. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** `text` as a regex source that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(REGEX_SPECIAL, '\\$&');

const TRAILING_SEPARATORS = /(?:[\s:|»›>·•…→▸►▶]|\.{3})+$/u;
/** The characters TRAILING_SEPARATORS strips, and the full stop of its '...'. */
const SEPARATOR_CODES: ReadonlySet<number> = new Set([...':|»›>·•…→▸►▶.'].map((c) => c.charCodeAt(0)));
const endsInSeparator = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return isSpace(c) || SEPARATOR_CODES.has(c);
};

/**
 * A block's text as the matchers read it, prepared once per block rather than once per row.
 * The fields only some rows read are made when the first such row runs: most blocks meet none.
 */
export class Prepared {
  readonly text: string;
  /** Lower-cased, for the rows that can be matched without the i flag (caseFree). */
  readonly lowerText: string;
  #line?: string;
  #lowerLine?: string;
  #words?: number;

  constructor(text: string) {
    this.text = text.trim();
    this.lowerText = this.text.toLowerCase();
  }

  /** The text without trailing separators (":", "|", "»"...), which labels and link rows end with. */
  get line(): string {
    // Most blocks end in a letter or a full stop: no regex to run.
    return (this.#line ??= endsInSeparator(this.text) ? this.text.replace(TRAILING_SEPARATORS, '') : this.text);
  }

  get lowerLine(): string {
    // Lower-casing again what lowerText holds already cost as much as all rows' regexes.
    return (this.#lowerLine ??= this.line === this.text ? this.lowerText : this.line.toLowerCase());
  }

  get words(): number {
    return (this.#words ??= wordCount(this.text));
  }
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

/**
 * Rows read at most this many characters a word they allow. Real text stays far below it; a block
 * of a few enormous "words" (base64 images, minified code in a dump) does not, and is no
 * boilerplate any row describes. The cap also bounds what a badly written row (or a user's
 * --rules row) can cost: regex backtracking grows with the length of its input.
 */
export const MAX_CHARS_PER_WORD = 40;

/** A text or line row, ready to run: which field it reads, with which regex, up to how many words. */
export interface Matcher {
  rule: Rule;
  maxWords: number;
  re: RegExp;
  field: 'text' | 'line' | 'lowerText' | 'lowerLine';
  /** Whether the regex has run on PRIMER: on its first test, so a row no block reaches costs nothing. */
  primed: boolean;
}

const matchers = new WeakMap<Rule, Matcher | null>();

/**
 * V8 runs a new regex in its bytecode interpreter and compiles it to machine code on the next run
 * (regexp tier-up), unless the first subject is 1,000 characters or more: then it compiles machine
 * code at once. The rule table's large alternations cost more to build as bytecode than as machine
 * code, and a one-page run paid both: one run on this primer before a row's first test pays
 * only the second. NUL characters, which no row's pattern reads: the primer fails at every position at once.
 */
const PRIMER = '\0'.repeat(1000);

/** Built once a row (not once a block and row): this runs for every block against every row. */
export function matcherOf(rule: Rule): Matcher | null {
  let m = matchers.get(rule);
  if (m !== undefined) return m;
  const { text, line } = rule.match;
  const re = line ?? text;
  if (!re) m = null;
  else {
    const fast = caseFree(re);
    const maxWords = rule.match.maxWords ?? (line ? DEFAULT_LINE_MAX_WORDS : DEFAULT_TEXT_MAX_WORDS);
    m = { rule, maxWords, re: fast ?? re, field: line ? (fast ? 'lowerLine' : 'line') : fast ? 'lowerText' : 'text', primed: false };
  }
  matchers.set(rule, m);
  return m;
}

export function hitPrepared(m: Matcher, p: Prepared): boolean {
  // Length first: a long block's words need no count.
  if (p.text.length > m.maxWords * MAX_CHARS_PER_WORD || p.words === 0 || p.words > m.maxWords) return false;
  if (!m.primed) {
    m.re.test(PRIMER);
    m.re.lastIndex = 0;
    m.primed = true;
  }
  return m.re.test(p[m.field]);
}

/** Does a text/line row hit this block? Element rows (attr, selector) never hit blocks. */
export function blockHit(rule: Rule, block: Pick<Block, 'text'>): boolean {
  const m = matcherOf(rule);
  return m !== null && hitPrepared(m, new Prepared(block.text));
}

/** Minimal view of a DOM element, so the engine needs no DOM library. */
export interface ElementLike {
  id: string;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
}

/** attr rows read id and class tokens up to this long: real ones are short, and it bounds a regex's work. */
export const MAX_ATTR_TOKEN_CHARS = 100;

/**
 * Whether an element row may remove an element that holds `share()` of the page's text. An attr
 * row may not take more than `maxShare`: a theme's class name may wrap the whole article. A
 * selector row names a landmark by its tag or role (<nav>, the body's <footer>), which says what
 * it is however much it holds: a site's mega menu can outweigh a short article.
 */
export function mayRemoveShare(rule: Rule, share: () => number, maxShare: number): boolean {
  return rule.match.selector !== undefined || share() <= maxShare;
}

export function elementHit(rule: Rule, el: ElementLike): boolean {
  const { attr, selector } = rule.match;
  if (selector) return el.matches(selector);
  if (!attr) return false;
  const tokens = [el.id, ...(el.getAttribute('class') ?? '').split(/\s+/)].filter((t) => t && t.length <= MAX_ATTR_TOKEN_CHARS);
  return tokens.some((t) => attr.test(t));
}

