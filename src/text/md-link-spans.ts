/**
 * Markdown converters (turndown, markdownify, and the readers built on them) write a link that
 * wraps block content (a teaser card: its image, its headline, its blurb) as a span over several
 * lines: "[" or "[![photo](…)" opens it, the card's lines follow, and "](/url "title")" closes it
 * on the last. Line by line, the URL would read as words and the card as prose of its own; read
 * as a span, every line in it is link text, as the page's reader sees it.
 */

/**
 * A link's target: "(url)" or "(url "title")", one level of parentheses inside the URL, and the
 * spaces some converters leave around it ("( https://… )").
 */
export const LINK_TARGET = String.raw`\(\s*(?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\s*\)`;
/** A link's label: "[words]", one level of brackets inside ("[[Smith (1994)]]"). */
export const LINK_LABEL = String.raw`\[((?:[^[\]]|\[[^[\]]*\])*)\]`;

/** A complete image or link on one line: it opens and closes nothing. */
const WHOLE = new RegExp(`!?${LINK_LABEL}${LINK_TARGET}`, 'g');
/** The close of a span at a line's end: "](url)" or "](url "title")". */
const CLOSE = new RegExp(`\\]${LINK_TARGET}\\s*$`);
/** A span longer than this is no link but a stray bracket (a footnote mark, "[sic"). */
const MAX_SPAN_LINES = 12;

/** Index of the unmatched "[" a text leaves open, or -1. Escaped brackets and whole links are text. */
function openAt(text: string): number {
  const bare = text.replace(/\\[[\]]/g, '  ').replace(WHOLE, (m) => ' '.repeat(m.length));
  const open: number[] = [];
  for (let k = 0; k < bare.length; k++) {
    if (bare[k] === '[') open.push(k);
    else if (bare[k] === ']') open.pop();
  }
  return open.length ? open[open.length - 1]! : -1;
}

/** Does the line end a span: a "](url)" whose "]" no "[" of its own line opened? */
function closes(line: string): boolean {
  const m = CLOSE.exec(line);
  return m !== null && openAt(line.slice(0, m.index)) < 0;
}

/** The dump's lines with each span's brackets and URL gone, and which lines are link text. */
export function linkSpans(lines: readonly string[]): { lines: string[]; linked: boolean[] } {
  const out = [...lines];
  const linked = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.includes('[')) continue;
    const at = openAt(line);
    if (at < 0) continue;
    let end = -1;
    for (let j = i + 1; j < out.length && j <= i + MAX_SPAN_LINES && end < 0; j++) if (out[j]!.includes('](') && closes(out[j]!)) end = j;
    if (end < 0) continue;
    out[i] = line.slice(0, at) + line.slice(at + 1);
    out[end] = out[end]!.replace(CLOSE, '');
    for (let j = i; j <= end; j++) linked[j] = true;
    i = end;
  }
  return { lines: out, linked };
}
