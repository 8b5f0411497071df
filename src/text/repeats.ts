/**
 * What a dump prints more than once: the copies that are navigation (repeatedBlocks) and the
 * kept text already written (SeenText).
 */

import { param } from '../params.js';
import { wordCount } from '../rules/match.js';

/** A block's words when it has more than textRepeatMaxWords, else 0: printed again, such a block is navigation only in a list printed twice. */
const longWords = (lowerText: string): number => {
  // Counted, not split: this runs for every block of every dump, and split allocates each piece.
  const n = wordCount(lowerText);
  return n > param('textRepeatMaxWords') ? n : 0;
};

export const isLong = (lowerText: string): boolean => longWords(lowerText) > 0;

/**
 * How a paragraph under a heading ends: a sentence, a colon before a list, a closing quote or
 * bracket; a teaser's long title ends in none. Wider than core.ts SENTENCE_END, which wants a
 * stop before a closing quote and no colon: a heading above "Here is how:" is still a heading.
 */
const PARAGRAPH_END = /[.!?:"”)]$/u;

/** How often the page prints each block's text. */
function copies(lower: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of lower) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Per block: is it a repeat, and so navigation? Every copy of a short block is. A longer block
 * comes back for two reasons: a teaser list or widget printed twice (desktop and mobile
 * versions), where its neighbours repeat too and every copy is a repeat; or an article's lead
 * printed again as its first paragraph, which is article text (the output keeps one copy).
 */
export function repeatedBlocks(lower: readonly string[], listItem: (index: number) => boolean = () => false): boolean[] {
  const counts = copies(lower);
  const long = lower.map(longWords);
  const original = firstCopiesOfRuns(lower, counts, long);
  const longRepeat = lower.map((t, i) => counts.get(t)! > 1 && long[i]! > 0);
  const listed = (j: number, t: string): boolean => longRepeat[j] === true && lower[j] !== t;
  const repeated = lower.map((t, i) => counts.get(t)! > 1 && (!longRepeat[i] || listed(i - 1, t) || listed(i + 1, t)));
  // The last copy of a short line, right above a paragraph the page shows once, is that
  // paragraph's heading: the copies before it were a table of contents or a teaser's link.
  const last = new Map<string, number>();
  lower.forEach((t, i) => last.set(t, i));
  const paragraph = (j: number): boolean => j < lower.length && !repeated[j] && long[j]! > 0 && PARAGRAPH_END.test(lower[j]!);
  const toc = tocHeadings(lower, counts, listItem);
  return repeated.map((r, i) => r && !original[i] && !(last.get(lower[i]!) === i && !longRepeat[i] && (paragraph(i + 1) || toc.has(i))));
}

/**
 * A table of contents' headings: lines printed twice, first as neighbouring entries of a list and
 * then each on its own line, in the same order, with text the page prints once between them (a
 * section). They are judged like any line, no repeats. A menu printed again in a footer has its
 * entries on neighbouring lines, and a teaser box's heading that a menu also lists has no
 * neighbouring entry printed again.
 */
function tocHeadings(lower: readonly string[], counts: ReadonlyMap<string, number>, listItem: (index: number) => boolean): Set<number> {
  const first = new Map<string, number>();
  const pairs: Array<[number, number]> = [];
  lower.forEach((t, i) => {
    if (counts.get(t) !== 2) return;
    const at = first.get(t);
    if (at === undefined) first.set(t, i);
    else if (listItem(at) && !listItem(i)) pairs.push([at, i]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  // Blocks printed once before each index, so a gap is checked without walking it.
  const once: number[] = [0];
  lower.forEach((t, i) => once.push(once[i]! + (counts.get(t) === 1 ? 1 : 0)));
  const apart = (from: number, to: number): boolean => once[to]! - once[from + 1]! > 0;
  const out = new Set<number>();
  for (let k = 1; k < pairs.length; k++) {
    const [a, b] = [pairs[k - 1]!, pairs[k]!];
    if (b[0] - a[0] <= param('textTocEntryMaxStep') && b[1] > a[1] && apart(a[1], b[1])) out.add(a[1]).add(b[1]);
  }
  return out;
}

/**
 * Per block: a label each of an article's items prints ("Pros", "Cons", "Best for"), not a
 * menu printed again. Each copy sits between blocks the page prints once (its item's text), where
 * a menu's entries sit among entries that come back with them; the labels come as a set, each
 * printed once per item (itemRepeats times or more, textLabelSetMin labels equally often); and
 * the items hold prose somewhere between a label's first and last copies (`prose`: the
 * classifier's first reading), which a video strip's labels ("Replay", "Up next") sit without.
 */
export function itemLabels(lower: readonly string[], prose: (index: number) => boolean): boolean[] {
  const counts = copies(lower);
  const once = (j: number): boolean => j >= 0 && j < lower.length && counts.get(lower[j]!) === 1;
  let proseSeen = 0;
  const proseUpTo = lower.map((_t, i) => (prose(i) ? ++proseSeen : proseSeen));
  const apart = new Map<string, boolean>();
  const firstAt = new Map<string, number>();
  const lastAt = new Map<string, number>();
  lower.forEach((t, i) => {
    if (counts.get(t)! < param('itemRepeats') || isLong(t)) return;
    if (!firstAt.has(t)) firstAt.set(t, i);
    apart.set(t, apart.get(t) !== false && once(i - 1) && once(i + 1));
    lastAt.set(t, i);
  });
  const label = (t: string): boolean => apart.get(t) === true && proseUpTo[lastAt.get(t)!]! > proseUpTo[firstAt.get(t)!]!;
  const setSize = new Map<number, number>();
  for (const t of apart.keys()) if (label(t)) setSize.set(counts.get(t)!, (setSize.get(counts.get(t)!) ?? 0) + 1);
  return lower.map((t) => label(t) && (setSize.get(counts.get(t)!) ?? 0) >= param('textLabelSetMin'));
}

/** Later copies of a block looked at for a copied run: a menu entry comes back often, and its copies open no long run. */
const RUN_STARTS_PER_BLOCK = 4;

/**
 * Per block: is it in the first copy of the page's content printed twice, block for block?
 * Some pages carry their whole article twice (a desktop and a mobile layout, a print version):
 * with every copy read as a repeat, nothing of the article was left. Such a copy is several
 * paragraphs long and holds most of the page's long blocks; a teaser strip or a ticker printed
 * twice sits beside an article the page prints once. The first copy is judged like any block;
 * the later ones stay repeats.
 */
function firstCopiesOfRuns(lower: readonly string[], counts: ReadonlyMap<string, number>, long: readonly number[]): boolean[] {
  const original = new Array<boolean>(lower.length).fill(false);
  // Each text's positions in order, and each block's place among its text's: the copies after a
  // block are the next few entries (a line printed 10,000 times costs no quadratic scan).
  const at = new Map<string, number[]>();
  const place = new Array<number>(lower.length);
  let once = 0;
  lower.forEach((t, i) => {
    if (counts.get(t)! < 2) {
      once += long[i]!;
      return;
    }
    const list = at.get(t) ?? at.set(t, []).get(t)!;
    place[i] = list.push(i) - 1;
  });
  for (let i = 0; i < lower.length; i++) {
    const copiesAt = at.get(lower[i]!);
    if (original[i] || !copiesAt) continue;
    for (const j of copiesAt.slice(place[i]! + 1, place[i]! + 1 + RUN_STARTS_PER_BLOCK)) {
      // A run starts where its previous blocks differ; it stops before its copy begins.
      if (i > 0 && lower[i - 1] === lower[j - 1]) continue;
      let paragraphs = 0;
      let prose = 0;
      let k = 0;
      for (; i + k < j && j + k < lower.length && lower[i + k] === lower[j + k]; k++) {
        if (long[i + k]! > 0) paragraphs++;
        prose += long[i + k]!;
      }
      if (paragraphs >= param('textCopyRunMinParagraphs') && prose >= param('textCopyRunShare') * once) original.fill(true, i, i + k);
    }
  }
  return original;
}

/** Per block: does the page print it itemRepeats times or more? Once per item of a grid or an index, where a menu comes back once or twice. */
export function printedPerItem(lower: readonly string[]): boolean[] {
  const counts = copies(lower);
  return lower.map((t) => counts.get(t)! >= param('itemRepeats'));
}

/**
 * Per block: is it the first copy of a repeated line of itemTitleMinWords or more words? On a page
 * of many parts an item's or a section's title comes twice (a card's picture link and its heading,
 * a featured strip above the list, a tab's label above its panel), where a menu's entries are a
 * word or two: the first copy is the item's.
 */
export function firstTitleCopies(lower: readonly string[]): boolean[] {
  const counts = copies(lower);
  const seen = new Set<string>();
  return lower.map((t) => {
    if (counts.get(t)! < 2 || seen.has(t) || t.split(' ').length < param('itemTitleMinWords')) return false;
    seen.add(t);
    return true;
  });
}

/** Word 4-grams: long enough that alike sentences of different paragraphs rarely share them. */
const SHINGLE = 4;

/**
 * The kept text so far. A block kept already, word for word, is written once (a lead or dek
 * printed again as the first paragraph). A block at least twice as long as any kept one, most
 * of whose word 4-grams were kept already, is the article printed again in one block (a hidden
 * copy some pages carry). Paragraphs alike in wording (results, templated notices) are no copy:
 * none of them is twice the length of the others.
 */
export class SeenText {
  private readonly grams = new Set<string>();
  private readonly whole = new Set<string>();
  /** Kept blocks whose 4-grams are not in `grams` yet: they are only needed for a long block. */
  private pending: Array<readonly string[]> = [];
  private longest = 0;

  repeats(text: string, words: readonly string[]): boolean {
    if (this.whole.has(text)) return true;
    if (this.longest === 0 || words.length < 2 * this.longest) return false;
    for (const kept of this.pending) for (let i = 0; i + SHINGLE <= kept.length; i++) this.grams.add(kept.slice(i, i + SHINGLE).join(' '));
    this.pending = [];
    let hits = 0;
    for (let i = 0; i + SHINGLE <= words.length; i++) if (this.grams.has(words.slice(i, i + SHINGLE).join(' '))) hits++;
    return hits >= param('textCopyMinShare') * (words.length - SHINGLE + 1);
  }

  add(text: string, words: readonly string[]): void {
    this.whole.add(text);
    this.longest = Math.max(this.longest, words.length);
    this.pending.push(words);
  }
}

/**
 * The first block of a list's first item, when items precede the page's prose: a short line each
 * item prints (a "Watch" button, a rating label) at an even step of blocks marks the items, and
 * the first item opens one step before its first copy. -1 when no line repeats so evenly.
 */
export function itemRunStart(lower: readonly string[]): number {
  const counts = copies(lower);
  const at = new Map<string, number[]>();
  lower.forEach((t, i) => {
    if (t && counts.get(t)! >= param('itemRunMinCopies')) (at.get(t) ?? at.set(t, []).get(t)!).push(i);
  });
  let start = -1;
  for (const [text, positions] of at) {
    if (isLong(text)) continue;
    const gaps = positions.slice(1).map((p, k) => p - positions[k]!);
    const step = [...gaps].sort((a, b) => a - b)[gaps.length >> 1]!;
    const even = gaps.filter((g) => g === step).length;
    if (step < 2 || step > param('itemRunMaxStep') || even < param('itemRunEvenShare') * gaps.length) continue;
    const from = Math.max(0, positions[0]! - step + 1);
    if (start < 0 || from < start) start = from;
  }
  return start;
}
