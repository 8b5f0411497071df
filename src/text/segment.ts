import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { wordCount } from '../rules/match.js';
import { splitColumns } from './columns.js';
import { definesReferences, withoutLinkList } from './link-list.js';
import { renderRawHtml } from './md-html.js';
import { framePipeTables } from './pipe-tables.js';
import { cutsSentence, isFragmented, joinCut, writesNodeLines } from './fragments.js';
import { LINK_LABEL, LINK_TARGET, linkSpans } from './md-link-spans.js';
import { BULLET, CODE_INDENT, DEEP_BULLET, indentOf, startsItem, startsListItem } from './list-lines.js';
import { joinsWide, type Measure, readWidth, WRAP_SLACK } from './wrap.js';
import type { Block } from '../types.js';

/**
 * A text dump -> blocks, one per line, except that lines of a hard-wrapped dump (w3m, lynx)
 * are joined back into their paragraphs. The wrap width is read off the dump itself.
 */

export interface TextBlock extends Block {
  /** A blank line (or the start of the dump) comes right before this block. */
  afterBlank: boolean;
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
/** html2text's headings: "****** h1 ******" down to "** h5 **" (markdown emphasis never has inner spaces). */
const STAR_HEADING = /^(\*{2,6})\s+(.*?\S)\s+\1$/;
const MD_IMAGE = new RegExp(`!${LINK_LABEL}${LINK_TARGET}`, 'g');
const MD_LINK = new RegExp(`${LINK_LABEL}${LINK_TARGET}`, 'g');
const MD_TARGET = new RegExp(`\\]${LINK_TARGET}`, 'g');
const BARE_URL = /\b[a-z][a-z0-9+.-]{1,15}:\/\/\S+/gi;
const MD_EMPHASIS = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(?<![\p{L}\p{N}\\])([*_])(?=\S)([^*_]*?\S)\3(?![\p{L}\p{N}])/gu;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>])/g;
/**
 * lynx marks each link with its reference number glued to the link text: "[12]Heike Buchter".
 * A number followed by a link target is a markdown link to a source ("([8](https://…))"): it stays for visible().
 */
const LYNX_REF = /(^|[\s(])\[\d{1,4}\](?=[\p{L}\p{N}"'„“(])(?!\([^()\s]*\))/gu;

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

/** Would the next line's first word have fitted on this one? If not, the break is a wrap. */
function continues(line: string, next: string, width: number, measure: Measure): boolean {
  const body = next.trim();
  if (!body || standsAlone(line) || standsAlone(next) || startsListItem(next) || startsItem(line, next) || (body[0] === '#' && MD_HEADING.test(body)) || (body[0] === '*' && STAR_HEADING.test(body))) return false;
  const space = body.search(/\s/);
  const firstWord = space < 0 ? body.length : space;
  return measure(line.trimEnd()) + 1 + measure(body.slice(0, firstWord)) > width * (1 - WRAP_SLACK) && indentOf(next) <= indentOf(line) + 4;
}

/**
 * Some converters (Node's html-to-text) write a link as its text and its target in brackets:
 * "Today's Paper [https://example.org/paper]", an image as its target alone. The target is no
 * text; the words before it are the link's, how many unknown: bracketLinkWords of them count.
 * A target has a scheme and '//', or opens a path ('//host' too), an anchor or a query: code's
 * "#[tokio::main]" and "[/\\]" are no targets.
 */
const BRACKETED_TARGET = /\s*\[(?:[a-z][a-z0-9+.-]{1,15}:\/\/|(?:mailto|tel|data):|\/\/[\w-]|[/#?][\w~%.-])[^\s\]]*\]/gi;
/**
 * html-to-text writes an image as its alt text and its source in brackets ("a red chair
 * [https://example.org/chair.jpg]"), glued to the target (a URL or a path) of a link around it.
 * The alt is what a reader sees only when the picture fails: the words before an image's source,
 * since the block's start or the last target, up to imageAltMaxWords, go, as a markdown image
 * goes whole.
 */
const IMAGE_TARGET = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#][^\]\s]*)?\]$|\[data:image\//i;
const GLUED_TARGET = /^(?:[a-z][a-z0-9+.-]{1,15}:\/\/|\/)[^\s[]*/i;

/** The length of the last n words of a text, the spaces between them included. */
const lastWordsLength = (text: string, n: number): number => text.trimEnd().split(/\s+/).slice(-n).join(' ').length;

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
  if (text.includes('[') && !text.includes('](')) {
    let shown = '';
    let from = 0;
    for (const target of text.matchAll(BRACKETED_TARGET)) {
      const before = text.slice(from, target.index);
      from = target.index + target[0].length;
      if (IMAGE_TARGET.test(target[0]) && wordCount(before) <= param('imageAltMaxWords')) {
        // A glued target after the image's is the link around it.
        from += GLUED_TARGET.exec(text.slice(from))?.[0].length ?? 0;
        continue;
      }
      linked += lastWordsLength(before, param('bracketLinkWords'));
      shown += before;
    }
    if (from > 0) text = shown + text.slice(from);
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
 * A markdown blockquote's marks at the start of a line: one or two levels, not a Python prompt
 * ('>>> '). The quote's text is the page's own; left in, a mark sat inside the sentence of a
 * quote wrapped over lines. Elsewhere a line's '>' is as often an arrow ("> More news") that
 * marks a link, and html-to-text's quoted replies in a thread read as copies without it.
 */
const QUOTE_MARK = /^ {0,3}>(?: ?>)?(?= |$) ?/;

/**
 * A link target left open at a wrap: converters that wrap long lines (Python's html2text) break
 * a URL at its hyphens and slashes, and a URL holds no space, so its parts join without one;
 * a link's title ('"…"') after its URL is a word of its own.
 */
const OPEN_TARGET = /\]\(\s*[^()\s]+$/;
/**
 * Reference-style links ("[text][12]", pandoc's "[text][]", defined as "[12]: /url" at the dump's
 * end: link-list.ts drops the definitions) are read as inline ones.
 */
const REFERENCE_USE = /\]\[[^\]\n]{0,200}\]/;
const REFERENCE_USES = new RegExp(REFERENCE_USE.source, 'g');

export function segment(dump: string): TextBlock[] {
  const references = definesReferences(dump) && REFERENCE_USE.test(dump);
  const markdown = references || dump.includes('](');
  const source = withoutLinkList(dump.replace(/\r\n?/g, '\n').split('\n')).map((l) => {
    const line = references && l.includes('][') ? l.replace(REFERENCE_USES, '](#)') : l;
    return markdown && line.includes('>') ? line.replace(QUOTE_MARK, '') : line;
  });
  // Raw HTML is markdown's: in another dump a tag is text the page showed (a tutorial's example).
  const columns = splitColumns(framePipeTables(markdown ? renderRawHtml(source) : source));
  const { widths } = columns;
  const { lines, linked } = markdown ? linkSpans(columns.lines) : { lines: columns.lines, linked: null };
  // A column's lines wrap at the column's width; the rest of the dump at the width read off it,
  // unless it writes a line per text node (no wrap at all).
  const unwrapped = !markdown && writesNodeLines(lines);
  const { width: dumpWidth, measure } = readWidth(unwrapped ? [] : lines.filter((_l, i) => widths[i] === undefined), markdown);
  const widthAt = (i: number): number | null => widths[i] ?? dumpWidth;
  const underscoreLinks = dump.includes('_') && hasUnderscoreLinks(lines);
  const fragmented = !markdown && dumpWidth === null && isFragmented(lines);
  const blocks: TextBlock[] = [];
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (!raw.trim()) { afterBlank = true; continue; }
    let isLinked = linked?.[i] ?? false;
    while (i + 1 < lines.length) {
      const width = widthAt(i);
      const next = lines[i + 1]!.trim();
      const wraps = width !== null && widthAt(i + 1) === width && continues(lines[i]!, lines[i + 1]!, width, measure);
      // A markdown target left open at the line's end goes on below, whatever the dump's width:
      // a converter broke a long URL (an image's, past the width) at a hyphen.
      const open = markdown && raw.includes('](') && OPEN_TARGET.test(raw);
      if (!wraps && !(open && next)) break;
      raw += (wraps && joinsWide(lines[i]!, next, width, measure)) || (open && next[0] !== '"') ? next : ` ${next}`;
      i++;
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
