import { NUMBER_TOKEN } from '../char-class.js';
import { param } from '../params.js';
import type { Block } from '../types.js';
import type { Verdict } from './classify.js';

/**
 * Runs of data lines that jusText reads as boilerplate (few stopwords, no sentences) but that
 * belong to the article: a results or price table, an ingredient list. They become near-good, so
 * the core can take them (core.ts); a run that is not the article stays out with its neighbours.
 */

/** Marks out[from..to) near-good for `reason`, but for blocks good already (and, with `skipRepeated`, repeated ones). */
function markNearGood(out: Verdict[], from: number, to: number, reason: string, skipRepeated = false): void {
  for (let k = from; k < to; k++) if (out[k]!.cls !== 'good' && !(skipRepeated && out[k]!.reason === 'repeated')) out[k] = { cls: 'neargood', reason };
}

/**
 * A data table in a dump (results, standings, prices) is rows of numbers, one line each, that
 * have no stopwords and read as boilerplate. Our addition: a run of at least dataTableMinRows lines,
 * each with dataTableMinNumbers numbers making up half its words, is near-good, so the core can take
 * it. A dated list (an archive, "Sep 25, 2015 Title") has too few numbers a line to count.
 */

export function tableRows(blocks: readonly Block[], words: readonly (readonly string[])[], initial: readonly Verdict[]): Verdict[] {
  const isRow = words.map((ws, i) => {
    const numbers = ws.filter((w) => NUMBER_TOKEN.test(w)).length;
    return numbers >= param('dataTableMinNumbers') && numbers * 2 >= ws.length && blocks[i]!.linkDensity === 0 && initial[i]!.reason !== 'repeated';
  });
  const out = [...initial];
  for (let i = 0; i < isRow.length; ) {
    let end = i;
    while (end < isRow.length && isRow[end]) end++;
    if (end - i >= param('dataTableMinRows')) markNearGood(out, i, end, 'table-row');
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * An ingredient list (a recipe's "200 g Zucker", "1 TL Zimt", "2 cups flour") is short lines that
 * jusText reads as boilerplate between boilerplate. Our addition: a run of at least
 * dataQuantityMinRows lines that start with a quantity, half of them with a unit, is near-good, so
 * the core can take it. Labels ending in a colon ("Für die Füllung:") may sit inside the run.
 */
const QUANTITY = /^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?\s*/u;
const UNIT = /^(?:g|gr|kg|mg|ml|cl|dl|l|el|tl|msp|prise[n]?|pck|päckchen|becher|dosen?|stück|stk|bund|zehen?|scheiben?|tassen?|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|pinch|cans?|cloves?|slices?|handful|sticks?|c|t)\b\.?/iu;
const RUN_LABEL = /^[^.!?]{1,40}:$/u;

export function quantityRows(blocks: readonly Block[], initial: readonly Verdict[]): Verdict[] {
  // Most blocks start with no digit: the label test runs only for blocks next to a run.
  const kind = blocks.map((b): 'unit' | 'number' | 'other' => {
    const m = b.linkDensity === 0 && b.text.length < 120 ? QUANTITY.exec(b.text) : null;
    return m ? (UNIT.test(b.text.slice(m[0].length)) ? 'unit' : 'number') : 'other';
  });
  const inRun = (k: number): boolean => kind[k] !== 'other' || RUN_LABEL.test(blocks[k]!.text);
  const out = [...initial];
  for (let i = 0; i < kind.length; ) {
    if (kind[i] === 'other') {
      i++;
      continue;
    }
    let end = i;
    let rows = 0;
    let units = 0;
    while (end < kind.length && inRun(end)) {
      if (kind[end] !== 'other') rows++;
      if (kind[end] === 'unit') units++;
      end++;
    }
    if (rows >= param('dataQuantityMinRows') && units * 2 >= rows) markNearGood(out, i, end, 'quantity-row', true);
    i = end;
  }
  return out;
}

/**
 * A fact box or spec table ("Brennweite: 200 mm", "Region: Rheinhessen", "Termin: 3. Mai,
 * 19 Uhr") is short "label: value" lines that jusText reads as boilerplate. Our addition: a run
 * of at least dataKeyValueMinRows lines, such lines under dataKeyValueMaxChars with at most one
 * other line between two of them (a subheading, an address too long), is near-good, so the core
 * can take it. Its labels differ (dataKeyValueDistinctLabels): a dump's repeated "Link: …" header
 * lines are no table. Longer lines are teaser headlines ("Venedig: Experte warnt, die Stadt
 * könnte untergehen…").
 */
const KEY_VALUE = /^\p{L}[\p{L}\d .\/()&+-]{1,30}:\s+\S/u;

export function keyValueRows(blocks: readonly Block[], initial: readonly Verdict[]): Verdict[] {
  const isRow = blocks.map((b) => b.linkDensity === 0 && b.text.length < param('dataKeyValueMaxChars') && KEY_VALUE.test(b.text));
  const repeated = (k: number): boolean => initial[k]!.reason === 'repeated';
  const out = [...initial];
  for (let i = 0; i < isRow.length; ) {
    if (!isRow[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < isRow.length && (isRow[end] || isRow[end + 1] === true)) end++;
    const rows = blocks.slice(i, end).filter((_, k) => isRow[i + k]);
    const labels = new Set(rows.map((b) => b.text.slice(0, b.text.indexOf(':')).toLowerCase()));
    // Each item of a roundup has its own fact box, some of whose values the next one repeats
    // ("Team size: 11-50"): a box is one when most of its rows are printed once.
    let once = 0;
    for (let k = i; k < end; k++) if (isRow[k] && !repeated(k)) once++;
    if (end - i >= param('dataKeyValueMinRows') && 2 * once > rows.length && labels.size >= param('dataKeyValueDistinctLabels') * rows.length) markNearGood(out, i, end, 'key-value-row');
    i = end;
  }
  return out;
}
