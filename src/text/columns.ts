import { NUMBER_TOKEN } from '../char-class.js';

/**
 * Side-by-side columns in a text dump. w3m (and other renderers of table layouts) print a
 * page's columns next to each other, so every line holds a piece of the article and a piece of
 * the sidebar: "of unlawful killings by Iranian security Other news in this section". Where a
 * run of lines all break at one column, the run is split there: first the left column's lines,
 * then the right's, as a reader would read them.
 */

/** Lines with text in the right column before a run counts as columns: prose lines rarely share a word break for long. */
const MIN_ROWS = 6;
/** Share of those lines whose left part is padded (two spaces or more before the column): prose never pads. */
const MIN_PADDED_SHARE = 0.3;
/** The right column's width is this percentile of its lines' lengths. */
const RIGHT_WIDTH_PERCENTILE = 0.9;
/** Columns are laid out on a terminal: past this, a line is one block of a plain dump. */
const MIN_COLUMN = 16;
const MAX_COLUMN = 160;
/** Splits per dump: a page has few column layouts; the bound keeps adversarial input linear. */
const MAX_SPLITS = 8;

interface Region {
  start: number;
  end: number;
  column: number;
  rows: number;
}

/** Does the line continue past `column` with text that starts exactly there? */
const splitsAt = (line: string, column: number): boolean => line.length > column && line[column - 1] === ' ' && line[column] !== ' ';

/**
 * A data table's columns (results, prices) are read row by row, not one column after the other:
 * when most rows continue past the column with mostly numbers, the run is a table, not a layout.
 */
function dataColumns(lines: readonly string[], start: number, end: number, column: number): boolean {
  let split = 0;
  let numeric = 0;
  for (let i = start; i < end; i++) {
    const right = lines[i]!.slice(column).trim();
    if (!right) continue;
    split++;
    const tokens = right.split(/\s+/);
    if (tokens.filter((t) => NUMBER_TOKEN.test(t)).length * 2 >= tokens.length) numeric++;
  }
  return numeric * 2 > split;
}

/** The longest run of lines that all either end before `column` or break exactly at it. */
function regionAt(lines: readonly string[], column: number): Region | null {
  let best: Region | null = null;
  let start = 0;
  let rows = 0;
  let padded = 0;
  const close = (end: number): void => {
    if (rows >= MIN_ROWS && padded >= rows * MIN_PADDED_SHARE && (!best || rows > best.rows) && !dataColumns(lines, start, end, column)) best = { start, end, column, rows };
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]! : null;
    if (line !== null && line.length <= column) continue;
    if (line !== null && splitsAt(line, column)) {
      // Nothing on the left: an indented line (a nested list's item, a centred caption) that
      // neither makes nor breaks a run; a column's row has text on both sides.
      if (!line.slice(0, column).trim()) continue;
      if (rows === 0) start = i;
      rows++;
      if (line[column - 2] === ' ') padded++;
      continue;
    }
    close(i);
    rows = 0;
    padded = 0;
  }
  return best;
}

/**
 * Columns worth a look: where at least two lines are padded up to a word. Prose has no
 * double spaces, so most dumps have no candidate at all and cost one pass over their lines.
 */
function candidates(lines: readonly string[]): number[] {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (let c = line.indexOf('  ', MIN_COLUMN - 2); c >= 0 && c + 2 < Math.min(line.length, MAX_COLUMN); c = line.indexOf('  ', c + 1)) {
      if (line[c + 2] !== ' ') counts.set(c + 2, (counts.get(c + 2) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= Math.ceil(MIN_ROWS * MIN_PADDED_SHARE)).map(([c]) => c);
}

/** The region with the most column rows over all columns, if any. */
function bestRegion(input: readonly string[]): Region | null {
  const lines = input.map((l) => l.trimEnd());
  let best: Region | null = null;
  for (const column of candidates(lines)) {
    const r = regionAt(lines, column);
    if (r && (!best || r.rows > best.rows)) best = r;
  }
  return best;
}

/** Lines with the column splits made, and for each line of a column the column's wrap width. */
export interface Columns {
  lines: string[];
  widths: Array<number | undefined>;
}

export function splitColumns(input: readonly string[]): Columns {
  let lines = [...input];
  let widths: Array<number | undefined> = lines.map(() => undefined);
  for (let n = 0; n < MAX_SPLITS; n++) {
    const r = bestRegion(lines);
    if (!r) break;
    // The region starts at its first split row; left-only lines above it are left as they are.
    const rows = lines.slice(r.start, r.end);
    const left = rows.map((l) => l.slice(0, r.column).trimEnd());
    const right = rows.map((l) => l.slice(r.column).trimEnd()).filter((l) => l.trim());
    // Its wrap width: most of its long lines end near it; a centred caption or a wide table row may not.
    const lengths = right.map((l) => l.length).sort((a, b) => a - b);
    const rightWidth = lengths[Math.floor((lengths.length - 1) * RIGHT_WIDTH_PERCENTILE)] ?? 0;
    lines = [...lines.slice(0, r.start), ...left, '', ...right, '', ...lines.slice(r.end)];
    widths = [...widths.slice(0, r.start), ...left.map(() => r.column - 1), undefined, ...right.map(() => rightWidth), undefined, ...widths.slice(r.end)];
  }
  return { lines, widths };
}
