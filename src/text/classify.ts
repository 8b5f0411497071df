import { words } from '../lang.js';
import type { Block, Favor } from '../types.js';

/**
 * jusText's classifier (Pomikálek 2011): a context-free class per block from its features,
 * then a revision pass where short and near-good blocks take their neighbours' class.
 * Thresholds are jusText's defaults except where noted. The core search that follows is ours
 * (core.ts).
 */

export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

export interface Verdict {
  cls: BlockClass;
  /** The feature that decided, for --explain. */
  reason: string;
}

export interface Thresholds {
  lengthLow: number;
  lengthHigh: number;
  stopwordsLow: number;
  stopwordsHigh: number;
  maxLinkDensity: number;
}

/**
 * lengthHigh is 180, not jusText's 200: news sites that write one or two sentences a paragraph
 * (BBC, tabloids) had no good block at all. Swept 150-200 on the four dump sets and the local
 * lynx, html2text and markdown sets: 170 and 180 gained +0.003 to +0.007 on most and lost at
 * most 0.001 on one; 150 and 160 cost html2text more.
 */
export const STRICT: Thresholds = { lengthLow: 70, lengthHigh: 180, stopwordsLow: 0.3, stopwordsHigh: 0.32, maxLinkDensity: 0.2 };
/** Second try for pages where STRICT finds no good block at all (short articles, terse styles). */
export const RELAXED: Thresholds = { lengthLow: 50, lengthHigh: 100, stopwordsLow: 0.2, stopwordsHigh: 0.22, maxLinkDensity: 0.3 };

/**
 * Our departure from jusText: its fixed stopword thresholds were tuned for its own, long lists.
 * Lists differ in size (ours: 108 English words, 621 German), so the thresholds are scaled by how
 * dense this page's own long blocks are, and never exceed jusText's values. The balanced pair
 * was chosen on the dev corpus (low 0.4-0.65, high 0.65-0.75): a block half as dense as the
 * page's median is near-good, so the context pass and the core decide it.
 */
export const STOPWORD_SCALE: Record<Favor, { high: number; low: number }> = {
  precision: { high: 0.85, low: 0.75 },
  balanced: { high: 0.7, low: 0.5 },
  recall: { high: 0.55, low: 0.45 },
};
const MIN_REFERENCE_BLOCKS = 3;

export function calibrate(t: Thresholds, densities: readonly number[], favor: Favor = 'balanced'): Thresholds {
  if (densities.length < MIN_REFERENCE_BLOCKS) return t;
  const sorted = [...densities].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {
    ...t,
    stopwordsHigh: Math.min(t.stopwordsHigh, median * STOPWORD_SCALE[favor].high),
    stopwordsLow: Math.min(t.stopwordsLow, median * STOPWORD_SCALE[favor].low),
  };
}
/** Our addition, for pages in languages without a stopword list: sentences per block stand in for stopwords. */
const NEUTRAL_MIN_SENTENCES = 2;

/** Sentence ends in any script, including CJK full stops that need no space after them. */
const SENTENCE_BREAK = /[.!?…。！？]["'“”’»«)]*(?:\s|$)|[。！？]/gu;

export function stopwordDensity(text: string | readonly string[], stopwords: ReadonlySet<string>): number {
  const ws = typeof text === 'string' ? words(text) : text;
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (stopwords.has(w)) n++;
  return n / ws.length;
}

function sentences(text: string): number {
  return text.match(SENTENCE_BREAK)?.length ?? 0;
}

/**
 * A short line ending in a colon that the page repeats is a label ("Zutaten:", a speaker's name in
 * an interview: "Anne:"), not a menu entry: it stays short, and its neighbours decide. Measured:
 * local lynx, html2text, elinks, links (trafilatura-dev) +0.001, trafilatura-dev plain R +0.001,
 * the rest held.
 */
const LABEL_MAX_CHARS = 41;
const isLabel = (text: string): boolean => text.length <= LABEL_MAX_CHARS && text.length > 1 && text.indexOf(':') === text.length - 1;

/**
 * A line of a code sample repeats by nature ("... return bar", ">>> foo()", "}"), and is no menu:
 * it starts with a prompt, a continuation, a brace or a tag. It stays short, so the core runs
 * through the sample. Measured: trafilatura-dev plain, w3m, local html2text, lynx, elinks, links
 * +0.0003 to +0.0004, scrapinghub held. Counting code characters anywhere in the line instead
 * took menus of the elinks and links renderings along (-0.001).
 */
const CODE_LINE = /^(?:>>>|\.\.\.|\$ |[{}]|<\/?[a-z])/u;

/**
 * A row of links saved without the markup between them runs their words together: "Start
 * NachrichtenSport und SpieleWetter", "Über unsKontakt". A block with GLUED_MIN_JOINS or more
 * lower-to-upper case joins inside words, at least GLUED_MIN_SHARE of its word count, is such a
 * row: a menu, however many stopwords its link texts carry. Brand names ("iPhone", "MacBook")
 * join once or twice a paragraph. Measured (share 0.15-0.35, joins 3-5): trafilatura-dev plain
 * +0.0014, w3m +0.0011, local elinks and links +0.0007, the rest held; at 0.25 and below, prose
 * full of product names went too (scrapinghub html2text -0.0006).
 */
// Latin letters only: a class of ranges runs far faster than \p{Ll}\p{Lu} over every block.
const GLUED_JOIN = /[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]/g;
const GLUED_MIN_JOINS = 4;
const GLUED_MIN_SHARE = 0.3;

function gluedLinks(text: string): boolean {
  GLUED_JOIN.lastIndex = 0;
  let joins = 0;
  while (GLUED_JOIN.test(text)) joins++;
  if (joins < GLUED_MIN_JOINS) return false;
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
  return joins >= GLUED_MIN_SHARE * words;
}

/** The context-free class of one block. */
export function classifyBlock(block: Block, stopwords: ReadonlySet<string> | null, repeated: boolean, t: Thresholds = STRICT, density?: () => number): Verdict {
  const text = block.text;
  if (block.linkDensity > t.maxLinkDensity) return { cls: 'bad', reason: 'link-density' };
  if (repeated && !isLabel(text) && !CODE_LINE.test(text)) return { cls: 'bad', reason: 'repeated' };
  if (gluedLinks(text)) return { cls: 'bad', reason: 'glued-links' };
  if (text.length < t.lengthLow) return { cls: 'short', reason: 'short' };
  if (stopwords) {
    const sd = density ? density() : stopwordDensity(text, stopwords);
    if (sd >= t.stopwordsHigh && text.length > t.lengthHigh) return { cls: 'good', reason: 'prose' };
    if (sd >= t.stopwordsLow) return { cls: 'neargood', reason: 'near-prose' };
    return { cls: 'bad', reason: 'few-stopwords' };
  }
  const n = sentences(text);
  if (n >= NEUTRAL_MIN_SENTENCES && text.length > t.lengthHigh) return { cls: 'good', reason: 'prose' };
  if (n >= 1) return { cls: 'neargood', reason: 'near-prose' };
  return { cls: 'bad', reason: 'no-sentence' };
}

/** The class of the nearest non-short neighbour in one direction; the page edge counts as bad. */
function neighbour(classes: readonly BlockClass[], i: number, step: 1 | -1, skipNeargood: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'short' || (skipNeargood && c === 'neargood')) continue;
    return c;
  }
  return 'bad';
}

/** jusText's context pass: short blocks, then near-good ones, decided by their neighbours. */
export function revise(initial: readonly Verdict[]): Verdict[] {
  const classes = initial.map((v) => v.cls);
  const out = initial.map((v) => ({ ...v }));
  const shortClass = classes.map((c, i) => {
    if (c !== 'short') return c;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    const nearPrev = prev === 'bad' && neighbour(classes, i, -1, false) === 'neargood';
    const nearNext = next === 'bad' && neighbour(classes, i, 1, false) === 'neargood';
    return nearPrev || nearNext ? 'good' : 'bad';
  });
  shortClass.forEach((c, i) => {
    if (classes[i] === 'short') out[i] = { cls: c, reason: c === 'good' ? 'short-between-good' : 'short-between-bad' };
  });
  const afterShort = out.map((v) => v.cls);
  afterShort.forEach((c, i) => {
    if (c !== 'neargood') return;
    const prev = neighbour(afterShort, i, -1, true);
    const next = neighbour(afterShort, i, 1, true);
    out[i] = prev === 'bad' && next === 'bad' ? { cls: 'bad', reason: 'near-prose-between-bad' } : { cls: 'good', reason: 'near-prose-beside-good' };
  });
  return out;
}
