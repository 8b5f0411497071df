import type { Rule } from '../types.js';
import { hitPrepared, MAX_CHARS_PER_WORD, type Matcher, matcherOf, Prepared } from './match.js';
import { cachedNeedlesOf } from './needle-cache.js';
import { NeedleScan } from './needle-scan.js';
import { needleStrength } from './needles.js';

/**
 * All rows of a page against one block, in table order, the first hit wins. A row runs only on
 * blocks that contain one of its needles (needles.ts): one scan for all rows' needles instead of
 * every row on every block. On the dump corpus, rows took a third of all text-dump time before.
 */

export interface RowSet {
  rows: Matcher[];
  /** Longer text no row reads: most of a page's text is in such blocks. */
  maxChars: number;
  /** 1 for the rows that run on every block: no needles, or needles too short to rule much out. */
  always: Uint8Array;
  alwaysRows: Matcher[];
  /** All rows' needles, lower-cased, found in the block's lower-cased text: a superset of each row's own field. */
  scan: NeedleScan;
  /** Needle (its index in the scan) -> the rows with it. */
  rowsOf: number[][];
  /** Reused for each block: the rows it may hit. */
  possible: Uint8Array;
}

/** One-letter needles ('x', 'y') occur in nearly every block: finding them saves little over running their rows. Two letters ('ap', 'by') rule out most blocks. */
const MIN_NEEDLE_STRENGTH = 2;
const rowSets = new Map<string, RowSet>();
/** Distinct row lists are few (one per language mix and --rules file); the bound only guards a library caller. */
const MAX_ROW_SETS = 64;
const serial = new WeakMap<Matcher, number>();
let serials = 0;

export function rowSetOf(rules: readonly Rule[]): RowSet {
  const rows = rules.map(matcherOf).filter((m): m is Matcher => m !== null);
  const key = rows.map((m) => serial.get(m) ?? serial.set(m, ++serials).get(m)).join(',');
  let set = rowSets.get(key);
  if (set) return set;
  const wider = widerSet(rows);
  set = wider ? narrowed(wider, rows) : built(rows);
  if (rowSets.size >= MAX_ROW_SETS) rowSets.clear();
  rowSets.set(key, set);
  return set;
}

function built(rows: readonly Matcher[]): RowSet {
  const always = new Uint8Array(rows.length);
  const own = new Map<string, number[]>();
  rows.forEach((m, k) => {
    // Σ is the one letter whose lower case depends on its neighbours (σ or ς), so a needle with it may not lower-case as the text does.
    const raw = cachedNeedlesOf(m.re);
    if (!raw || raw.some((n) => needleStrength(n) < MIN_NEEDLE_STRENGTH || n.includes('Σ'))) always[k] = 1;
    else for (const n of raw.map((r) => r.toLowerCase())) own.set(n, [...(own.get(n) ?? []), k]);
  });
  const needles = [...own.keys()];
  return setOf(rows, always, new NeedleScan(needles), needles.map((n) => own.get(n)!));
}

/** A cached set holding every one of these rows: a page type's rows are its language's rows, some switched off. */
function widerSet(rows: readonly Matcher[]): RowSet | undefined {
  for (const set of rowSets.values()) {
    const have = new Set(set.rows);
    if (rows.every((m) => have.has(m))) return set;
  }
  return undefined;
}

/** The rows of a wider set, scanned by its needle DFA: building the DFA again cost a one-page run more than its scans. */
function narrowed(wider: RowSet, rows: readonly Matcher[]): RowSet {
  const at = new Map<Matcher, number>(rows.map((m, k) => [m, k]));
  const always = new Uint8Array(rows.length);
  wider.rows.forEach((m, k) => {
    if (wider.always[k] && at.has(m)) always[at.get(m)!] = 1;
  });
  const rowsOf = wider.rowsOf.map((ks) => ks.flatMap((k) => (at.has(wider.rows[k]!) ? [at.get(wider.rows[k]!)!] : [])));
  return setOf(rows, always, wider.scan, rowsOf);
}

function setOf(rows: readonly Matcher[], always: Uint8Array, scan: NeedleScan, rowsOf: number[][]): RowSet {
  return { rows: [...rows], maxChars: Math.max(0, ...rows.map((m) => m.maxWords)) * MAX_CHARS_PER_WORD, always, alwaysRows: rows.filter((_m, k) => always[k]), scan, rowsOf, possible: new Uint8Array(rows.length) };
}

/** The first row (in table order) that hits the block, if any. */
export function firstHit(set: RowSet, text: string): Rule | undefined {
  if (text.length > set.maxChars) return undefined;
  const p = new Prepared(text);
  const { scan, rowsOf, possible, rows } = set;
  const hits = scan.scan(p.lowerText);
  // Most blocks hold no needle at all: only the rows without needles are left to try.
  if (hits.length === 0) return set.alwaysRows.find((row) => hitPrepared(row, p))?.rule;
  possible.set(set.always);
  for (const state of hits) for (const n of scan.needlesAt(state)) for (const k of rowsOf[n]!) possible[k] = 1;
  for (let k = 0; k < possible.length; k++) if (possible[k] && hitPrepared(rows[k]!, p)) return rows[k]!.rule;
  return undefined;
}
