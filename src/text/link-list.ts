/**
 * lynx's `-dump` ends with its own numbered list of the page's link targets ("References",
 * "Visible links:", "Hidden links:", then "  1. https://…"): the tool's appendix, not the page's
 * text. Its URLs read as code lines and link text to the type stage and the classifier. The same
 * dumps open with the head's links (feeds, alternates), numbered from 1: "#[1]alternate [2]RSS".
 */

/** An entry: its number, then a URI (a scheme and its colon; mailto and javascript ones too). */
const ENTRY = /^\s*(\d{1,5})\.\s+[a-z][a-z0-9+.-]{1,15}:/i;
/** The list's sub-headings between entries. */
const SUBHEADING = /^\s*(?:visible|hidden) links:\s*$/i;
/** Fewer entries may be a page's own short list of addresses. */
const MIN_ENTRIES = 3;
/** The list's heading ("References") is one short line. */
const HEADING_MAX_WORDS = 3;

/** The head's links: the dump's first paragraph, when it opens with entry 1. */
const HEAD_LINKS = /^\s*#\[1\]/;

/** The dump's lines without a trailing link list numbered from 1 (its heading, and the head's links), else as given. */
export function withoutLinkList(lines: readonly string[]): readonly string[] {
  let first = -1;
  let entries = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim() || SUBHEADING.test(line)) continue;
    if (!ENTRY.test(line)) break;
    entries++;
    first = i;
  }
  if (entries < MIN_ENTRIES || Number(ENTRY.exec(lines[first]!)![1]) !== 1) return lines;
  let heading = first - 1;
  while (heading >= 0 && !lines[heading]!.trim()) heading--;
  const short = heading >= 0 && lines[heading]!.trim().split(/\s+/).length <= HEADING_MAX_WORDS && !ENTRY.test(lines[heading]!);
  const body = lines.slice(0, short ? heading : first);
  const top = body.findIndex((l) => l.trim() !== '');
  if (top < 0 || !HEAD_LINKS.test(body[top]!)) return body;
  const end = body.findIndex((l, i) => i > top && !l.trim());
  return end < 0 ? [] : body.slice(end);
}
