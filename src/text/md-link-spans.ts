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
/**
 * The close of a span at a line's end: "](url)" or "](url "title")", or right before the next
 * card's "[" (turndown writes a row of cards as "](/a)[" line after line).
 */
const CLOSE = new RegExp(`\\]${LINK_TARGET}(?=\\s*(?:\\[\\s*)?$)`);
/**
 * The close of a span whose target the converter wrapped (Python's html2text breaks long lines
 * inside URLs and titles): "](/news/some-long-" with the rest of the URL and the title on the
 * next lines, up to the ")" that ends one of them.
 */
const OPEN_CLOSE = new RegExp(String.raw`\]\(\s*[^()\s]*(?:\s+"[^"]*)?$`);
/** A markdown list item's mark: a bullet or a number. */
export const LIST_MARK = String.raw`(?:[-*+]|\d{1,3}[.)])`;
/** What may come before a span's "[" on its line: indentation and a list item's mark. */
const OPENS_LINE = new RegExp(`^\\s*(?:${LIST_MARK}\\s+)?$`);
/** Lines a wrapped target may run on for. */
const MAX_TARGET_LINES = 3;
/** A span longer than this is no link but a stray bracket (a footnote mark, "[sic"). */
const MAX_SPAN_LINES = 12;

/** The line with escaped brackets and whole links blanked out: what is left are brackets that open or close spans. */
const bareOf = (text: string): string => text.replace(/\\[[\]]/g, '  ').replace(WHOLE, (m) => ' '.repeat(m.length));

/**
 * Index of the last unmatched "[" a text leaves open, or -1. Escaped brackets and whole links are
 * text; an image's "![" left open is its alt text wrapped at the converter's width (Python's
 * html2text wraps inside it), no link: joined back into its paragraph, the image goes whole
 * (segment.ts MD_IMAGE).
 */
function openAt(text: string): number {
  const bare = bareOf(text);
  const open: number[] = [];
  for (let k = 0; k < bare.length; k++) {
    if (bare[k] === '[') open.push(k);
    else if (bare[k] === ']') open.pop();
  }
  for (let n = open.length - 1; n >= 0; n--) if (text[open[n]! - 1] !== '!') return open[n]!;
  return -1;
}

/**
 * Where the span opened at lines[i][at] closes: the line of its "](" and the last line of its
 * target, or null. The bracket that matches the opening one must be a close at a line's end
 * ("](url)", or a target wrapped onto the next lines); matched earlier, the opening bracket was
 * text ("Details [edit]" with the edit link's target wrapped onto the next line) or a link that
 * closes mid-line, and no span runs on to a later line's close.
 */
function spanEnd(lines: readonly string[], i: number, at: number): { close: number; last: number } | null {
  let depth = 0;
  for (let j = i; j < lines.length && j <= i + MAX_SPAN_LINES; j++) {
    if (j > i && !lines[j]!.includes(']') && !lines[j]!.includes('[')) continue;
    const bare = bareOf(lines[j]!);
    for (let k = j === i ? at : 0; k < bare.length; k++) {
      if (bare[k] === '[') depth++;
      else if (bare[k] === ']' && --depth === 0) {
        if (j === i) return null;
        if (CLOSE.exec(lines[j]!)?.index === k) return { close: j, last: j };
        if (OPEN_CLOSE.exec(lines[j]!)?.index !== k) return null;
        // The target's lines joined back (a URL's parts without a space, a title's with one) must
        // make a close at a line's end: a link inside prose goes on with text after its ")".
        let target = lines[j]!.slice(k);
        for (let m = j + 1; m < lines.length && m <= j + MAX_TARGET_LINES; m++) {
          target += (target.split('"').length % 2 === 0 ? ' ' : '') + lines[m]!.trim();
          if (CLOSE.exec(target)?.index === 0) return { close: j, last: m };
        }
        return null;
      }
    }
  }
  return null;
}

/** The dump's lines with each span's brackets and URL gone, and which lines are link text. */
export function linkSpans(lines: readonly string[]): { lines: string[]; linked: boolean[] } {
  const out = [...lines];
  const linked = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.includes('[')) continue;
    const at = openAt(line);
    // A card's link opens its line (or its list item); one opened after words is a link in a
    // sentence whose label the converter wrapped, and the paragraph it sits in is no link text.
    if (at < 0 || !OPENS_LINE.test(line.slice(0, at))) continue;
    const end = spanEnd(out, i, at);
    if (!end) continue;
    out[i] = line.slice(0, at) + line.slice(at + 1);
    out[end.close] = out[end.close]!.replace(end.last > end.close ? OPEN_CLOSE : CLOSE, '');
    // A wrapped target's other lines are all URL and title.
    for (let j = end.close + 1; j <= end.last; j++) out[j] = '';
    for (let j = i; j <= end.last; j++) linked[j] = true;
    // A close that the next card's "[" follows: that card's span opens on this line.
    i = end.last === end.close && out[end.close]!.includes('[') ? end.last - 1 : end.last;
  }
  return { lines: out, linked };
}
