/**
 * Line-level repairs of turndown's output, and the sentinels (noncharacters, removed from the
 * page's text before turndown runs) that mark where our rules put fences, list markers and code
 * spans, so the repairs can tell our syntax from the page's text.
 */

/**
 * Sentinels around each fence (noncharacters, removed from the page's text first). turndown
 * trims the content of an inline element with whitespace at its edges, so a code block inside a
 * <span> or a custom element lost the blank line before its fence and the fence ended up after
 * the text ("component```"): no fence, and its code read as HTML. placeFences puts every fence
 * back at the start of its own line, whatever rule or trim came between.
 */
export const FENCE_OPEN = '\ufdd0';
export const FENCE_CLOSE = '\ufdd1';
/**
 * Before each list item's marker. Page text is escaped one text node at a time, so text split
 * across elements ('<span>1</span>. Total') could still open a line with a list marker; a marker
 * without this sentinel is escaped after turndown.
 */
export const LIST_MARK = '\ufdd2';
/**
 * Around each code span we make. Two spans side by side ('`a`' + '``b ` c``') ran their
 * delimiters together into one run of three, no span closed, and the code read as HTML (found by
 * fuzzing): where two meet, a word joiner (U+2060, invisible, no break) parts their delimiters.
 */
export const CODE_EDGE = '\ufdd3';
const WORD_JOINER = '\u2060';
export const SENTINELS = /[\ufdd0-\ufdd3]/g;

/** What may stand before a fence on its line: indentation, quote markers, a list item's marker. */
const FENCE_PREFIX = /^[ \t]*(?:(?:>|\ufdd2?(?:[-+*]|\d{1,9}[.)]))[ \t]*)*$/;
const BARE_LIST_MARKER = /^([ \t>]*)(?:(\d{1,9})([.)])|([-+*]))(?=[ \t]|$)/;
const FENCE_LINE = /^[ \t>]*\ufdd2?(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(`{3,})/;

/** Escapes a line-start list marker that no list item made, outside code blocks; drops the sentinels. */
export function escapeBareMarkers(markdown: string): string {
  let fence = 0;
  const lines = markdown.split('\n').map((line) => {
    const run = FENCE_LINE.exec(line)?.[1]?.length ?? 0;
    if (fence || run) {
      fence = fence ? (run >= fence ? 0 : fence) : run;
      return line;
    }
    const m = BARE_LIST_MARKER.exec(line);
    if (!m) return line;
    const [all, lead, digits, punct, bullet] = m;
    return `${lead}${digits ? `${digits}\\${punct}` : `\\${bullet}`}${line.slice(all.length)}`;
  });
  return lines.join('\n').replace(/\ufdd3\ufdd3/g, WORD_JOINER).replace(SENTINELS, '');
}

/**
 * What comes before a fence's last mark on a line stays on that line only when it may (a list
 * marker, a quote); else the fence moves down. Line by line: the regex /([^\n]*)\ufdd0/ tried
 * from every position of a long line with no mark, which is quadratic in the line's length.
 */
function fenceStartsLine(line: string): string {
  const at = line.lastIndexOf(FENCE_OPEN);
  if (at < 0) return line;
  const before = line.slice(0, at);
  return `${FENCE_PREFIX.test(before) ? before : `${before.trimEnd()}\n\n`}${line.slice(at + 1)}`;
}

export function placeFences(markdown: string): string {
  const opened = markdown.includes(FENCE_OPEN) ? markdown.split('\n').map(fenceStartsLine).join('\n') : markdown;
  return opened.replace(/\ufdd1([^\n]*)/g, (_m, after: string) => (after.trim() ? `\n\n${after.trimStart()}` : after));
}

/**
 * A line indented four spaces or more after a blank line reads as an indented code block, whose
 * text renders raw (link and image syntax shown as text). Code is always written fenced here, so
 * such indentation is whitespace the page left between elements: it goes, unless the line
 * continues a list item (an empty item, "- " alone, holds nothing after a blank line).
 */
export function unindentParagraphs(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  let previous = '';
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opens = /^(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (opens && line.startsWith(fence)) fence = null;
      continue;
    }
    if (opens) {
      fence = opens[1]!;
      continue;
    }
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && /^ {4,}\S/.test(line) && !/^(?:\s*(?:[-*+]|\d+[.)])[ \t]+\S|\s{2,})/.test(previous)) lines[i] = line.trimStart();
    previous = line;
    afterBlank = false;
  }
  return lines.join('\n');
}
