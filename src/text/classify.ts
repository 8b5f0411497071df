import { words } from '../lang.js';
import { param } from '../params.js';
import type { Block, Favor } from '../types.js';
import { SENTENCE_END } from './core.js';

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
 * dense this page's own long blocks are, and never exceed jusText's values (the balanced pair:
 * textStopwordScaleHigh and textStopwordScaleLow in params.ts; the knob's ends move them).
 */
export function stopwordScale(favor: Favor): { high: number; low: number } {
  if (favor === 'precision') return { high: 0.85, low: 0.75 };
  if (favor === 'recall') return { high: 0.55, low: 0.45 };
  return { high: param('textStopwordScaleHigh'), low: param('textStopwordScaleLow') };
}
const MIN_REFERENCE_BLOCKS = 3;

export function calibrate(t: Thresholds, densities: readonly number[], favor: Favor = 'balanced'): Thresholds {
  if (densities.length < MIN_REFERENCE_BLOCKS) return t;
  const sorted = [...densities].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {
    ...t,
    stopwordsHigh: Math.min(t.stopwordsHigh, median * stopwordScale(favor).high),
    stopwordsLow: Math.min(t.stopwordsLow, median * stopwordScale(favor).low),
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
 * an interview: "Anne:"), not a menu entry: it stays short, and its neighbours decide.
 */
const isLabel = (text: string): boolean => text.length <= param('textLabelMaxChars') && text.length > 1 && text.indexOf(':') === text.length - 1;

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
 * NachrichtenSport und SpieleWetter", "Über unsKontakt". A block with textGluedMinJoins or more
 * lower-to-upper case joins inside words, at least textGluedMinShare of its word count, is such a
 * row: a menu, however many stopwords its link texts carry. Brand names ("iPhone", "MacBook")
 * join once or twice a paragraph.
 */
// Latin letters only: a class of ranges runs far faster than \p{Ll}\p{Lu} over every block.
const GLUED_JOIN = /[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]/g;

/**
 * A join inside a token with code punctuation ("builder.AddHttpClient(options", "getReader();")
 * is an identifier of a code sample, not link texts run together: it does not count. Quotes and
 * brackets are no such mark: a JSON blob printed on the page stays a row of glued words.
 */
const CODE_TOKEN_MARK = /[().;=<>]/;

function inCodeToken(text: string, at: number): boolean {
  const start = text.lastIndexOf(' ', at) + 1;
  let end = text.indexOf(' ', at);
  if (end < 0) end = text.length;
  return CODE_TOKEN_MARK.test(text.slice(start, end));
}

function gluedLinks(text: string): boolean {
  GLUED_JOIN.lastIndex = 0;
  let joins = 0;
  while (GLUED_JOIN.test(text)) if (!inCodeToken(text, GLUED_JOIN.lastIndex - 1)) joins++;
  if (joins < param('textGluedMinJoins')) return false;
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
  return joins >= param('textGluedMinShare') * words;
}

/**
 * A sentence whose text outside its links alone would make a long block is prose that cites (in
 * a dump that marks links: markdown, lynx), not a teaser, whose text is mostly its link; a run of
 * bare URLs ends in no sentence.
 */
const citingProse = (block: Block, t: Thresholds): boolean => block.text.length * (1 - block.linkDensity) >= t.lengthHigh && SENTENCE_END.test(block.text);

/** The context-free class of one block. */
export function classifyBlock(block: Block, stopwords: ReadonlySet<string> | null, repeated: boolean, t: Thresholds = STRICT, density?: () => number): Verdict {
  const text = block.text;
  // A short line that is mostly a link stays short, its neighbours deciding, as the same line does
  // in a dump that does not mark links (plain text, w3m). jusText calls it bad: in a dump that
  // marks links (markdown, html2text's underscores) a tutorial's lists of links then took the
  // prose between them along.
  if (block.linkDensity > t.maxLinkDensity && text.length >= t.lengthLow && !citingProse(block, t)) return { cls: 'bad', reason: 'link-density' };
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
function neighbour(classes: readonly BlockClass[], i: number, step: 1 | -1, skipNeargood: boolean, aside?: readonly boolean[]): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'short' || (skipNeargood && c === 'neargood') || aside?.[j]) continue;
    return c;
  }
  return 'bad';
}

/** jusText's context pass: short blocks, then near-good ones, decided by their neighbours. */
export function revise(initial: readonly Verdict[]): Verdict[] {
  const classes = initial.map((v) => v.cls);
  const out = initial.map((v) => ({ ...v }));
  // A lone link between an article's lines (a "read also" teaser set in the text) goes, but says
  // nothing of the short lines around it: a menu is a run of such links.
  const linkRow = (j: number): boolean => initial[j]?.reason === 'link-density';
  const aside = initial.map((_v, i) => linkRow(i) && !linkRow(i - 1) && !linkRow(i + 1));
  const shortClass = classes.map((c, i) => {
    if (c !== 'short') return c;
    const prev = neighbour(classes, i, -1, true, aside);
    const next = neighbour(classes, i, 1, true, aside);
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
