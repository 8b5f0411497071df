import { param } from '../params.js';
import { NUMBERED, startsListItem } from './list-lines.js';

/**
 * How a dump is wrapped: the width its tool wrapped paragraphs at (read off the dump itself),
 * how the tool counted a line's width, and which breaks at that width are wraps.
 */

/** Wrapped dumps are narrow; wider "widths" are just long lines. */
const MAX_WRAP_WIDTH = 140;
const MIN_WRAP_WIDTH = 40;
/**
 * Lines no wrapper can break say nothing about the width: a URL alone on a line, an entry of
 * lynx's numbered reference list (its URLs may hold spaces: "12. mailto:?subject=A title"), and
 * any line holding a run of 40+ printable ASCII characters without a space (URLs, base64 data,
 * file-name slugs), which overflows the width in every wrapped dump.
 */
const URL_LINE = /^\s*(?:\d+\.\s+)?\S*:\/\/\S+\s*$|^\s*\d+\.\s+[a-z][a-z0-9+.-]{1,15}:/i;
const ASCII_RUN = 40;

const isRunChar = (c: number): boolean => c > 32 && c < 127;

/**
 * A run of ASCII_RUN printable ASCII characters without a space. Every such run covers one of
 * the positions ASCII_RUN - 1, 2 * ASCII_RUN - 1, ...: only there is a run measured, so prose
 * is read about a third of its length (a loop: the regex is retried at every start).
 */
function hasAsciiRun(line: string): boolean {
  for (let at = ASCII_RUN - 1; at < line.length; at += ASCII_RUN) {
    if (!isRunChar(line.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isRunChar(line.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < line.length && end - start < ASCII_RUN && isRunChar(line.charCodeAt(end))) end++;
    if (end - start >= ASCII_RUN) return true;
  }
  return false;
}

const unwrappable = (line: string): boolean => URL_LINE.test(line) || hasAsciiRun(line);
/**
 * Markdown converters that wrap paragraphs leave list items and table rows whole (Python's
 * html2text by default): a reference list's long lines say nothing of the paragraphs' width.
 * Nor do headings (markdown's are one line each) or raw HTML (its tags are joined back whole).
 */
const unwrappedInMarkdown = (line: string): boolean => startsListItem(line) || NUMBERED.test(line) || '|#<'.includes(line.trimStart()[0] ?? ' ');
/** Lines that must end near the width before a dump counts as wrapped. */
const MIN_LINES_NEAR_WIDTH = 3;
/** Wide characters and trailing punctuation let a few lines run past the nominal width. */
export const WRAP_SLACK = 0.05;
/** The width is this percentile of the longer lines' lengths, so a stray long line cannot set it. */
const WIDTH_PERCENTILE = 0.9;
/** Share of longer lines allowed past the width (pasted URLs, wide tables) in a wrapped dump. */
const MAX_OVERLONG_SHARE = 0.05;

/** East Asian wide characters: a terminal (and so w3m and pandoc) gives each two columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Columns a line takes on the terminal a dump was wrapped for. */
export function displayWidth(line: string): number {
  return line.length + (line.match(WIDE)?.length ?? 0);
}

const WIDE_CHAR = new RegExp(`^${WIDE.source}$`);
const WIDE_ANY = new RegExp(WIDE.source);
const INNER_SPACE = /\S\s+\S/;

/**
 * A wrap between two wide characters on a full line split a word: w3m wraps CJK text at any
 * character (Chinese and Japanese have no spaces to wrap at). Word-wrapping tools (lynx,
 * html2text) end a line before the word that does not fit, so their lines are rarely full; the
 * tools that count characters cut inside a run only where the line holds no space to wrap at
 * (Japanese, not Korean).
 */
export function joinsWide(line: string, next: string, width: number, measure: Measure): boolean {
  const end = line.trimEnd();
  if (measure === characters && INNER_SPACE.test(end.trimStart())) return false;
  return measure(end) >= width - 1 && WIDE_CHAR.test(end.slice(-1)) && WIDE_CHAR.test(next.slice(0, 1));
}

/** How a tool counts a line's columns when it wraps. */
export type Measure = (line: string) => number;
/**
 * lynx, links and both html2texts wrap at a count of characters, a wide one counted once; w3m
 * and pandoc at the terminal's columns (displayWidth). The two differ only where wide characters are.
 */
const characters: Measure = (line) => line.length;

/**
 * The width a dump is wrapped at, or null when it is one block per line. Some tools (pandoc)
 * wrap paragraphs but not headlines, which run a little past the width: a line its paragraph
 * goes on below counts against the width, one alone only when it runs far past it.
 */
function fit(lines: readonly string[], markdown: boolean, measure: Measure): number | null {
  /** Each long line's width, negative for a line no paragraph goes on below. */
  const measured: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // A wide character takes at most two columns, so a line shorter than half the minimum cannot reach it.
    if (l.length < MIN_WRAP_WIDTH / 2) continue;
    const n = measure(l.trimEnd());
    if (n >= MIN_WRAP_WIDTH && !unwrappable(l) && !(markdown && unwrappedInMarkdown(l))) measured.push(lines[i + 1]?.trim() ? n : -n);
  }
  const lengths = measured.map(Math.abs);
  lengths.sort((a, b) => a - b);
  if (lengths.length < MIN_LINES_NEAR_WIDTH) return null;
  // The width is read off the lines a paragraph goes on below: the wrapped ones. A headline alone
  // (pandoc's, which it never wraps) may run past it, and only the overlong test reads it.
  const wrapped = measured.filter((n) => n > 0).sort((a, b) => a - b);
  const widthOf = wrapped.length >= MIN_LINES_NEAR_WIDTH ? wrapped : lengths;
  const width = widthOf[Math.floor((widthOf.length - 1) * WIDTH_PERCENTILE)]!;
  if (width > MAX_WRAP_WIDTH) return null;
  // A line alone far past the width is no headline: the dump is not wrapped (innerText's paragraphs).
  const overlong = measured.filter((n) => n > width * (1 + 2 * WRAP_SLACK) || -n > width * param('unwrappedHeadlineMax')).length;
  const near = lengths.filter((n) => n >= width * (1 - 2 * WRAP_SLACK) && n <= width * (1 + 2 * WRAP_SLACK)).length;
  return near >= MIN_LINES_NEAR_WIDTH && overlong <= lengths.length * MAX_OVERLONG_SHARE ? width : null;
}

/**
 * The width a dump is wrapped at and how its tool counted it: in columns, unless the dump holds
 * wide characters and only a count of characters gives a width text tools wrap at by default
 * (usualWrapMin-Max: a terminal's 80 columns less a margin). Counted the other way, wrapped CJK text reads
 * up to twice (or half) that wide.
 */
export function readWidth(lines: readonly string[], markdown = false): { width: number | null; measure: Measure } {
  const columns = fit(lines, markdown, displayWidth);
  const counted = lines.some((l) => WIDE_ANY.test(l)) ? fit(lines, markdown, characters) : null;
  const usual = (width: number | null): boolean => width !== null && width >= param('usualWrapMin') && width <= param('usualWrapMax');
  return usual(counted) && !usual(columns) ? { width: counted, measure: characters } : { width: columns, measure: displayWidth };
}

export const wrapWidth = (lines: readonly string[], markdown = false): number | null => readWidth(lines, markdown).width;
