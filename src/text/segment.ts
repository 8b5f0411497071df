import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { splitColumns } from './columns.js';
import { withoutLinkList } from './link-list.js';
import { renderRawHtml } from './md-html.js';
import { framePipeTables } from './pipe-tables.js';
import { cutsSentence, isFragmented, joinCut } from './fragments.js';
import { LINK_LABEL, LINK_TARGET, linkSpans } from './md-link-spans.js';
import type { Block } from '../types.js';

/**
 * A text dump -> blocks, one per line, except that lines of a hard-wrapped dump (w3m, lynx)
 * are joined back into their paragraphs. The wrap width is read off the dump itself.
 */

export interface TextBlock extends Block {
  /** A blank line (or the start of the dump) comes right before this block. */
  afterBlank: boolean;
}

const BULLET = /^(?:[-*+•·◦▪■□●○‣]\s+|\s+\d{1,3}[.)]\s+)/u;
/**
 * lynx and html2text mark deeper list levels with letters and signs ("o", "#", "@"), always
 * indented: outside markdown, a line indented CODE_INDENT or more that opens with one is a list
 * item, and an indented "# Home" no heading. (Markdown indents a heading inside a list item.)
 */
const DEEP_BULLET = /^[o#@]\s+(?=\S)/;
const CODE_INDENT = 4;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
/** html2text's headings: "****** h1 ******" down to "** h5 **" (markdown emphasis never has inner spaces). */
const STAR_HEADING = /^(\*{2,6})\s+(.*?\S)\s+\1$/;
const MD_IMAGE = new RegExp(`!${LINK_LABEL}${LINK_TARGET}`, 'g');
const MD_LINK = new RegExp(`${LINK_LABEL}${LINK_TARGET}`, 'g');
const MD_TARGET = new RegExp(`\\]${LINK_TARGET}`, 'g');
const BARE_URL = /\b[a-z][a-z0-9+.-]{1,15}:\/\/\S+/gi;
const MD_EMPHASIS = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(?<![\p{L}\p{N}\\])([*_])(?=\S)([^*_]*?\S)\3(?![\p{L}\p{N}])/gu;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>])/g;
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
 */
const unwrappedInMarkdown = (line: string): boolean => startsListItem(line) || NUMBERED.test(line) || line.trimStart()[0] === '|';
/**
 * lynx marks each link with its reference number glued to the link text: "[12]Heike Buchter".
 * A number followed by a link target is a markdown link to a source ("([8](https://…))"): it stays for visible().
 */
const LYNX_REF = /(^|[\s(])\[\d{1,4}\](?=[\p{L}\p{N}"'„“(])(?!\([^()\s]*\))/gu;
/** Lines that must end near the width before a dump counts as wrapped. */
const MIN_LINES_NEAR_WIDTH = 3;
/** Wide characters and trailing punctuation let a few lines run past the nominal width. */
const WRAP_SLACK = 0.05;
/** The width is this percentile of the longer lines' lengths, so a stray long line cannot set it. */
const WIDTH_PERCENTILE = 0.9;
/** Share of longer lines allowed past the width (pasted URLs, wide tables) in a wrapped dump. */
const MAX_OVERLONG_SHARE = 0.05;

/** East Asian wide characters: a terminal (and so w3m and lynx) gives each two columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Columns a line takes on the terminal a dump was wrapped for. */
export function displayWidth(line: string): number {
  return line.length + (line.match(WIDE)?.length ?? 0);
}

const WIDE_CHAR = new RegExp(`^${WIDE.source}$`);

/**
 * A wrap between two wide characters on a full line split a word: w3m wraps CJK text at any
 * character (Chinese and Japanese have no spaces to wrap at). Word-wrapping tools (lynx,
 * html2text) end a line before the word that does not fit, so their lines are rarely full.
 */
function joinsWide(line: string, next: string, width: number): boolean {
  const end = line.trimEnd();
  return displayWidth(end) >= width - 1 && WIDE_CHAR.test(end.slice(-1)) && WIDE_CHAR.test(next.slice(0, 1));
}

/**
 * The width a dump is wrapped at, or null when it is one block per line. Some tools (pandoc)
 * wrap paragraphs but not headlines, which run a little past the width: a line its paragraph
 * goes on below counts against the width, one alone only when it runs far past it.
 */
export function wrapWidth(lines: readonly string[], markdown = false): number | null {
  // A wide character takes two columns, so a line shorter than half the minimum cannot reach it.
  /** Each long line's width, negative for a line no paragraph goes on below. */
  const measured: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length < MIN_WRAP_WIDTH / 2) continue;
    const n = displayWidth(l.trimEnd());
    if (n >= MIN_WRAP_WIDTH && !unwrappable(l) && !(markdown && unwrappedInMarkdown(l))) measured.push(lines[i + 1]?.trim() ? n : -n);
  }
  const lengths = measured.map(Math.abs);
  lengths.sort((a, b) => a - b);
  if (lengths.length < MIN_LINES_NEAR_WIDTH) return null;
  const width = lengths[Math.floor((lengths.length - 1) * WIDTH_PERCENTILE)]!;
  if (width > MAX_WRAP_WIDTH) return null;
  // A line alone far past the width is no headline: the dump is not wrapped (innerText's paragraphs).
  const overlong = measured.filter((n) => n > width * (1 + 2 * WRAP_SLACK) || -n > width * param('unwrappedHeadlineMax')).length;
  const near = lengths.filter((n) => n >= width * (1 - 2 * WRAP_SLACK) && n <= width * (1 + 2 * WRAP_SLACK)).length;
  return near >= MIN_LINES_NEAR_WIDTH && overlong <= lengths.length * MAX_OVERLONG_SHARE ? width : null;
}

/** A horizontal rule as w3m and lynx draw <hr>: a separator between blocks, never part of a paragraph. */
const RULE_LINE = /^[━─═_\-*=~]{3,}$/;
/**
 * A row of a table set in aligned columns (pandoc's plain text, text browsers): its cells stand
 * apart by two or more runs of spaces, which a wrapped sentence does not hold (gaps after a full
 * stop are a typist's sentence spacing), or it is the rule of dashes under the head. Rows are
 * lines of their own, however near the width they end. Stars apart ("* *  *  *") are a rating's
 * or a list's marks.
 */
const TABLE_LINE = /^\s*-{3,}(?:\s+-{3,})+\s*$|[^\s*.!?] {2,}[^\s*].*[^\s*.!?] {2,}[^\s*]/;
const isTableLine = (line: string): boolean => (line.includes('  ') || line.includes('---')) && TABLE_LINE.test(line.trim());
/** A rule or a table's row: a line of its own, never joined to the lines around it. */
const standsAlone = (line: string): boolean => RULE_LINE.test(line.trim()) || isTableLine(line);

const indentOf = (line: string): number => line.length - line.trimStart().length;

const NUMBERED = /^\s*\d{1,3}[.)]\s/;

/**
 * A numbered line starts a list item when it is indented less than the line before (that line
 * was the last item's wrapped tail) or as much as a numbered line before it. A wrapped sentence
 * may put a date on the next line ("am\n   12. März"), indented like the sentence's own lines.
 */
function startsItem(line: string, next: string): boolean {
  return NUMBERED.test(next) && (indentOf(next) < indentOf(line) || (indentOf(next) === indentOf(line) && NUMBERED.test(line)));
}

/** A bullet, or a deeper level's mark where text browsers indent it: the line opens a list item. */
const startsListItem = (line: string): boolean => BULLET.test(line.trim()) || (indentOf(line) >= CODE_INDENT && DEEP_BULLET.test(line.trim()));

/** Would the next line's first word have fitted on this one? If not, the break is a wrap. */
function continues(line: string, next: string, width: number): boolean {
  const body = next.trim();
  if (!body || standsAlone(line) || standsAlone(next) || startsListItem(next) || startsItem(line, next) || (body[0] === '#' && MD_HEADING.test(body)) || (body[0] === '*' && STAR_HEADING.test(body))) return false;
  const space = body.search(/\s/);
  const firstWord = space < 0 ? body.length : space;
  return displayWidth(line.trimEnd()) + 1 + displayWidth(body.slice(0, firstWord)) > width * (1 - WRAP_SLACK) && indentOf(next) <= indentOf(line) + 4;
}

/**
 * Markdown-ish dumps carry links, images and emphasis inline. The block keeps only what a
 * reader sees; the link density is measured on that visible text (URLs are not text).
 * Each pattern runs only on lines with its marker: most lines of a dump have none.
 */
function visible(raw: string, underscoreLinks = false): { text: string; linkDensity: number } {
  let linked = 0;
  let text = raw;
  // Links first: a link's target is no text, and its underscores ("/wiki/Data_set") no link words.
  if (text.includes('](')) {
    text = text.replace(MD_IMAGE, '').replace(MD_LINK, (_m, label: string) => {
      linked += label.length * param('markdownLinkWeight');
      return label;
    });
  }
  if (underscoreLinks && text.includes('_')) {
    text = text.replace(UNDERSCORED, (m) => {
      if (NOT_LINK.test(m)) return m;
      linked += m.length * UNDERSCORE_LINK_WEIGHT;
      return m.replace(/_/g, ' ');
    });
  }
  if (text.includes('://')) for (const url of text.matchAll(BARE_URL)) linked += url[0].length;
  if (text.includes('*') || text.includes('_')) text = text.replace(MD_EMPHASIS, (_m, _d1, bold?: string, _d2?: string, em?: string) => bold ?? em ?? '');
  if (text.includes('\\')) text = text.replace(MD_ESCAPE, '$1');
  if (text !== raw) text = collapseSpace(text);
  return { text, linkDensity: text.length ? Math.min(1, linked / text.length) : 0 };
}

/**
 * html2text (the Debian tool) draws a link by joining its words with underscores
 * ("häufig_gestellten_Fragen"): read back as words, and as link text. Code (snake_case,
 * WP_Object_Cache), file names and German gender forms (Kritiker_innen) have underscores too, so
 * a dump is read so only when UNDERSCORE_MIN_LINKS of its tokens look like link text: words of
 * letters, one of them capitalised or beyond ASCII, none in capitals, no gender suffix. Dev
 * corpus: html2text dumps have a median of 32-50 such tokens, every other kind at most 12.
 */
const UNDERSCORED = /[^\s_]+(?:_[^\s_]+)+/gu;
const LETTER_WORDS = /(?<![\p{L}\p{N}[])\(?\p{L}[\p{L}'’-]*(?:_\p{L}[\p{L}'’-]*)+/gu;
const LINK_LIKE = /(?:^|_)\(?(?:\p{Lu}\p{Ll}|[^_]*[^\x00-\x7F])/u;
const NOT_LINK = /_(?:in|innen)(?![\p{L}])|(?:^|_)\p{Lu}{2,}(?![\p{Ll}])/u;
const UNDERSCORE_MIN_LINKS = 15;
const LETTER_UNDERSCORE = /\p{L}_\p{L}/u;
/** Link text counts this much: html2text also underlines emphasis, which is no link (0.3-0.7 tried; scrapinghub html2text +0.03 at every weight). */
const UNDERSCORE_LINK_WEIGHT = 0.5;

function hasUnderscoreLinks(lines: readonly string[]): boolean {
  let n = 0;
  for (const line of lines) {
    // Most lines have no underscore, and most that do have it between no letters ("____" fields).
    if (!line.includes('_') || !LETTER_UNDERSCORE.test(line)) continue;
    // A markdown link's target is a URL, whose underscores join the words of a path, not of a link.
    const text = line.includes('](') ? line.replace(MD_TARGET, ']') : line;
    for (const m of text.matchAll(LETTER_WORDS)) if (LINK_LIKE.test(m[0]) && !NOT_LINK.test(m[0]) && ++n >= UNDERSCORE_MIN_LINKS) return true;
  }
  return false;
}

function toBlock(raw: string, afterBlank: boolean, underscoreLinks: boolean, linked: boolean, markdown: boolean): TextBlock {
  const line = collapseSpace(raw.includes('[') ? raw.replace(LYNX_REF, '$1') : raw);
  const indented = !markdown && indentOf(raw) >= CODE_INDENT;
  const heading = line[0] === '#' && !indented ? MD_HEADING.exec(line) : null;
  const starred = !heading && line[0] === '*' ? STAR_HEADING.exec(line) : null;
  const bullet = heading || starred ? null : (BULLET.exec(line) ?? (indented ? DEEP_BULLET.exec(line) : null));
  const b = heading
    ? block(heading[2]!, 'heading', afterBlank, underscoreLinks, heading[1]!.length)
    : starred
      ? block(starred[2]!, 'heading', afterBlank, underscoreLinks, 7 - starred[1]!.length)
      : block(bullet ? line.slice(bullet[0].length) : line, bullet ? 'list-item' : 'paragraph', afterBlank, underscoreLinks);
  // A line inside a markdown link span is link text whatever it holds (md-link-spans.ts).
  if (linked) b.linkDensity = 1;
  return b;
}

function block(raw: string, type: TextBlock['type'], afterBlank: boolean, underscoreLinks: boolean, level?: number): TextBlock {
  const { text, linkDensity } = visible(raw, underscoreLinks);
  return level === undefined ? { text, linkDensity, type, afterBlank } : { text, linkDensity, type, level, afterBlank };
}

/**
 * A link target left open at a wrap: converters that wrap long lines (Python's html2text) break
 * a URL at its hyphens and slashes, and a URL holds no space, so its parts join without one;
 * a link's title ('"…"') after its URL is a word of its own.
 */
const OPEN_TARGET = /\]\(\s*[^()\s]+$/;

export function segment(dump: string): TextBlock[] {
  const markdown = dump.includes('](');
  const source = withoutLinkList(dump.replace(/\r\n?/g, '\n').split('\n'));
  // Raw HTML is markdown's: in another dump a tag is text the page showed (a tutorial's example).
  const columns = splitColumns(framePipeTables(markdown ? renderRawHtml(source) : source));
  const { widths } = columns;
  const { lines, linked } = markdown ? linkSpans(columns.lines) : { lines: columns.lines, linked: null };
  // A column's lines wrap at the column's width; the rest of the dump at the width read off it.
  const dumpWidth = wrapWidth(lines.filter((_l, i) => widths[i] === undefined), markdown);
  const widthAt = (i: number): number | null => widths[i] ?? dumpWidth;
  const underscoreLinks = dump.includes('_') && hasUnderscoreLinks(lines);
  const fragmented = !markdown && dumpWidth === null && isFragmented(lines);
  const blocks: TextBlock[] = [];
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (!raw.trim()) { afterBlank = true; continue; }
    let isLinked = linked?.[i] ?? false;
    for (let width = widthAt(i); width && i + 1 < lines.length && widthAt(i + 1) === width && continues(lines[i]!, lines[i + 1]!, width); width = widthAt(i)) {
      const next = lines[i + 1]!.trim();
      raw += joinsWide(lines[i++]!, next, width) || (markdown && raw.includes('](') && OPEN_TARGET.test(raw) && next[0] !== '"') ? next : ` ${next}`;
      isLinked ||= linked?.[i] ?? false;
    }
    while (fragmented && widthAt(i) === null && i + 1 < lines.length && cutsSentence(lines[i]!, lines[i + 1]!) && !startsListItem(lines[i + 1]!) && !startsListItem(lines[i]!)) {
      raw = joinCut(raw, lines[++i]!.trim());
    }
    const block = toBlock(raw, afterBlank, underscoreLinks, isLinked, markdown);
    if (/[\p{L}\p{N}]/u.test(block.text)) blocks.push(block);
    afterBlank = false;
  }
  return blocks;
}
