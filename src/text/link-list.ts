/**
 * lynx's and elinks' `-dump` (and w3m's with display_link_number) end with their own numbered
 * list of the page's link targets ("References", "Visible links:", "Hidden links:", then
 * "  1. https://…", w3m's "[1] https://…"): the tool's appendix,
 * not the page's text. Its URLs read as code lines and link text to the type stage and the
 * classifier. The same dumps open with the head's links (feeds, alternates), numbered from 1:
 * lynx's "#[1]alternate [2]RSS", elinks' "Link: [1]canonical" a line each.
 */

/**
 * An entry: its number ("12." or w3m's "[12]"), then a URI (a scheme and its colon; mailto and
 * javascript ones too); or a markdown reference definition ("[12]: /path", pandoc's "[the
 * text]: /path"), as converters that write reference-style links list them at the dump's end.
 */
const NUMBERED = /^\s*(?:\d{1,5}\.|\[\d{1,5}\])\s+[a-z][a-z0-9+.-]{1,15}:/i;
/** A reference definition names its link by its text (pandoc) or a number in any order: no count from 1 to check. */
const LABEL = String.raw`^\s*\[[^\]\n]{1,200}\]:`;
const DEFINITION = new RegExp(`${LABEL}(?:\\s|$)`);
/** A definition with its target, anywhere in a dump: one test of the whole text (segment.ts). */
const DEFINED_TARGET = new RegExp(`${LABEL}\\s+\\S`, 'm');
export const definesReferences = (dump: string): boolean => DEFINED_TARGET.test(dump);
const isEntry = (line: string): boolean => NUMBERED.test(line) || DEFINITION.test(line);
const NUMBER = /^\s*\[?(\d{1,5})/;
/** elinks writes a link that has a title as the title after the number, its URI on the next line, indented. */
const TITLED_ENTRY = /^\s*\d{1,5}\.\s+\S/;
/** An entry's URI on a line of its own, indented. */
const URI_LINE = /^\s+[a-z][a-z0-9+.-]{1,15}:\S*\s*$/i;
/** A long target the converter wrapped (html2text breaks URLs at hyphens): one token, with a URL's punctuation in it. */
const TARGET_PART = /^\S*[/:?=&%#.-]\S*$/;
/** A definition's title the converter put on the next line: '    "Title"'. */
const TITLE_PART = /^\s+(?:"[^"]*"|'[^']*'|\([^()]*\))\s*$/;
/** The list's sub-headings between entries (elinks writes them without the colon). */
const SUBHEADING = /^\s*(?:visible|hidden) links:?\s*$/i;
/** Fewer entries may be a page's own short list of addresses. */
const MIN_ENTRIES = 3;
/** The list's heading ("References") is one short line. */
const HEADING_MAX_WORDS = 3;

/** The head's links: the dump's first paragraph, when it opens with entry 1. */
const HEAD_LINKS = /^\s*#\[1\]/;
/** elinks: a line each, from "Link: [1]". */
const HEAD_LINK_LINE = /^\s*Link: \[\d{1,5}\]/;

/** The dump's lines without a trailing link list numbered from 1 (its heading, and the head's links), else as given. */
export function withoutLinkList(lines: readonly string[]): readonly string[] {
  let first = -1;
  let entries = 0;
  // The line below the one read (blank lines skipped): a titled entry needs its URI there.
  let below = '';
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim() || SUBHEADING.test(line)) continue;
    const uri = URI_LINE.test(line) || TARGET_PART.test(line) || TITLE_PART.test(line);
    if (!uri && !isEntry(line) && !(TITLED_ENTRY.test(line) && URI_LINE.test(below))) break;
    below = line;
    if (uri) continue;
    entries++;
    first = i;
  }
  if (entries < MIN_ENTRIES || (!DEFINITION.test(lines[first]!) && Number(NUMBER.exec(lines[first]!)![1]) !== 1)) return lines;
  let heading = first - 1;
  while (heading >= 0 && (!lines[heading]!.trim() || SUBHEADING.test(lines[heading]!))) heading--;
  const short = heading >= 0 && lines[heading]!.trim().split(/\s+/).length <= HEADING_MAX_WORDS && !isEntry(lines[heading]!);
  const body = lines.slice(0, short ? heading : first);
  const top = body.findIndex((l) => l.trim() !== '');
  if (top >= 0 && HEAD_LINK_LINE.test(body[top]!)) {
    let end = top;
    while (end < body.length && HEAD_LINK_LINE.test(body[end]!)) end++;
    return body.slice(end);
  }
  if (top < 0 || !HEAD_LINKS.test(body[top]!)) return body;
  const end = body.findIndex((l, i) => i > top && !l.trim());
  return end < 0 ? [] : body.slice(end);
}
