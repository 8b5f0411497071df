import type TurndownService from 'turndown';
import { loadGfm, loadTurndown } from './deps.js';
import { cleanText } from '../clean-text.js';
import { escapeMarkdown } from '../render/escape.js';
import { addTableRules, tableOf, TableShapes } from './tables.js';
import { toText, UNRENDERED } from './text.js';
import { byTag, someDescendant } from './walk.js';
import { CODE_EDGE, escapeBareMarkers, FENCE_CLOSE, FENCE_OPEN, LIST_MARK, placeFences, SENTINELS, unindentParagraphs } from './markdown-lines.js';

/**
 * Article DOM -> markdown with turndown: ATX headings, fenced code with its language,
 * `-` bullets, GFM tables, absolute and safe URLs only, no empty links, no raw HTML.
 * Markdown is only inert while every construct parses as meant: a fence that does not open a
 * line is no fence, and the code inside it is read as markdown and HTML. So a code block, a link
 * text and an emphasis never carry a block break into a context that reads one line.
 */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?([\w+#.-]+)/i;

/** An absolute http(s)/mailto URL, or null for anything else (javascript:, data:, file:, garbage). */
export function safeUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  // Browsers ignore tabs and newlines inside URLs, so "java\tscript:" is javascript: too.
  const cleaned = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!cleaned || cleaned.startsWith('#')) return null;
  try {
    const url = new URL(cleaned, base === 'about:blank' ? undefined : base);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function codeLanguage(node: Element): string {
  const code = node.querySelector('code');
  const m = LANGUAGE_CLASS.exec(code?.getAttribute('class') ?? '') ?? LANGUAGE_CLASS.exec(node.getAttribute('class') ?? '');
  return m?.[1]?.toLowerCase() ?? '';
}

const longestBacktickRun = (code: string): number => Math.max(0, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));

/** A fence longer than any backtick run inside the code (and at least three). */
function fenceFor(code: string): string {
  return '`'.repeat(Math.max(2, longestBacktickRun(code)) + 1);
}

/** Block elements that make a link a card. */
const CARD_BLOCKS = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'section', 'article', 'figure', 'table', 'blockquote', 'header', 'footer']);

/** Code on one line, for a place that reads one line (a table cell, a link text). */
export function inlineCode(code: string): string {
  const text = code.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const delimiter = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${delimiter}${pad}${text}${pad}${delimiter}`;
}

function insideElement(node: Node, name: string): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeName === name) return true;
  return false;
}

/** Emphasis around a block break is no emphasis: the delimiters would stand alone as text. */
function emphasis(delimiter: string) {
  return (content: string): string => {
    if (!content.trim()) return '';
    if (/\n\s*\n/.test(content)) return content;
    const lead = /^\s*/.exec(content)![0];
    const trail = /\s*$/.exec(content)![0];
    return `${lead}${delimiter}${content.trim()}${delimiter}${trail}`;
  };
}

export interface MarkdownOptions {
  links: boolean;
  images: boolean;
}

const itemIndexes = new WeakMap<Element, Map<Element, number>>();

/** An item's place among its list's children, counted once a list: indexOf per item is quadratic in a long list. */
function itemIndex(list: Element, item: Element): number {
  let indexes = itemIndexes.get(list);
  if (!indexes) {
    indexes = new Map(Array.from(list.children, (el, i) => [el, i]));
    itemIndexes.set(list, indexes);
  }
  return indexes.get(item) ?? -1;
}

function createService(base: string, opts: MarkdownOptions): TurndownService {
  const Turndown = loadTurndown();
  const td = new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
  td.use(loadGfm());
  td.remove((node) => UNRENDERED.has(node.nodeName.toLowerCase()));
  td.escape = escapeMarkdown;
  // The GFM rules crash on table parts outside a table; they read as the text they hold, as
  // HTML parsing would have it. A rule, not DOM surgery before turndown: unwrapping each part
  // in jsdom updated its parent's live child lists per moved node (0.6 s on one page of 550 KB).
  // Upper-cased: turndown matches the GFM rules' names in any case, and a <td> in MathML or SVG
  // keeps its lower-case name (the fuzz test found one crashing them).
  td.addRule('orphan-table-part', {
    filter: (node) => TABLE_PARTS.has(node.nodeName.toUpperCase()) && tableOf(node as unknown as Node) === null,
    replacement: (content, node) => {
      const name = node.nodeName.toUpperCase();
      if (name === 'TD' || name === 'TH') return `${content.trim()} `;
      return name === 'COL' || name === 'COLGROUP' ? '' : `\n\n${content.trim()}\n\n`;
    },
  });
  const shapes = new TableShapes();
  addTableRules(td, shapes);
  td.addRule('strong', { filter: ['strong', 'b'], replacement: emphasis('**') });
  td.addRule('emphasis', { filter: ['em', 'i'], replacement: emphasis('*') });
  // turndown leaves the text below a <code> unescaped and wraps what its children made: a block
  // inside (a <pre>, a heading) broke the span across paragraphs and its raw '<b>' went live
  // (found by fuzzing). The span is made from the element's text alone (its blocks apart).
  td.addRule('inline-code', {
    filter: (node) => node.nodeName === 'CODE' && !insideElement(node as unknown as Node, 'PRE'),
    replacement: (_content, node) => codeSpan(toText(node as unknown as Element)),
  });
  td.addRule('fenced-code', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      const code = (el.textContent ?? '').replace(/\n$/, '');
      if (shapes.inDrawnCell(el) || insideElement(el, 'A')) return codeSpan(code);
      const fence = fenceFor(code);
      return `\n\n${FENCE_OPEN}${fence}${codeLanguage(el)}\n${code}\n${fence}${FENCE_CLOSE}\n\n`;
    },
  });
  // turndown pads bullets to four columns ("-   item"); one space is what people write and read.
  td.addRule('list-item', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as unknown as Element | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start')) || 1;
        prefix = `${start + itemIndex(parent, node as unknown as Element)}. `;
      }
      // Spaces before the item's first words would make them, four or more after the marker, a code block.
      const body = content.replace(/^\s+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      // An item of a gallery or a carousel holds only images: without them it is no item.
      if (!body.trim()) return '';
      return LIST_MARK + prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  td.addRule('safe-link', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      // A link text is one line: a card's image and paragraphs inside one <a> would break it.
      const text = content.replace(/\s*\n\s*/g, ' ').trim();
      // A link around a dropped image still stands between the words beside it.
      if (!text) return content ? ' ' : '';
      const href = opts.links ? safeUrl((node as unknown as Element).getAttribute('href'), base) : null;
      const link = href ? `[${text}](${href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})` : text;
      // A card (a link around blocks) is a block of its own: side by side, two cards' texts would run together.
      // A walk, not querySelector: jsdom's selector engine sets itself up on every call (parsing the page's URL).
      return someDescendant(node as unknown as Element, (el) => CARD_BLOCKS.has(el.localName)) ? `\n\n${link}\n\n` : link;
    },
  });
  td.addRule('safe-image', {
    filter: (node) => node.nodeName === 'IMG',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      // A dropped image (no images wanted, or a src that is no safe URL) between two words leaves
      // a space, as in the text output: the words on either side of an icon are not one word.
      const gap = betweenWords(el) ? ' ' : '';
      if (!opts.images) return gap;
      const src = safeUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
      if (!src) return gap;
      const alt = escapeMarkdown((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${src.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
    },
  });
  return td;
}

const INLINE_PARENTS = new Set(['A', 'SPAN', 'ABBR', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'LABEL', 'FONT', 'PICTURE']);

/** The text next to an element on one side, looking out through inline parents: '' at a block's edge. */
function textBeside(el: Element, side: 'previousSibling' | 'nextSibling'): string {
  for (let node: Node | null = el; node; node = node.parentNode) {
    for (let sib = node[side]; sib; sib = sib[side]) {
      if (sib.nodeType === 1 && !INLINE_PARENTS.has(sib.nodeName)) return '';
      const text = sib.textContent ?? '';
      if (text) return text;
    }
    if (!node.parentNode || !INLINE_PARENTS.has(node.parentNode.nodeName)) return '';
  }
  return '';
}

/** Is an element glued to words on both sides (no space between)? */
function betweenWords(el: Element): boolean {
  return /\S$/u.test(textBeside(el, 'previousSibling')) && /^\S/u.test(textBeside(el, 'nextSibling'));
}

/**
 * The GFM table rules read row.childNodes as cells, so stray text or comments inside <tr> crash
 * them. Table parts outside a table (Readability can lift a cell out of its table) are the
 * 'orphan-table-part' rule's.
 */
function tidyTableRows(root: Element): void {
  for (const tr of byTag(root, 'tr')) {
    for (const n of Array.from(tr.childNodes)) if (n.nodeType !== 1) n.remove();
  }
}

/**
 * A <picture>'s <source>s render nothing, but turndown keeps the space after each void element:
 * ten of them indented the image by ten spaces, an indented code block in markdown.
 */
function dropSources(root: Element): void {
  for (const name of ['source', 'track']) for (const el of byTag(root, name)) el.remove();
}

const TABLE_PARTS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'COLGROUP', 'COL']);

function codeSpan(code: string): string {
  const span = inlineCode(code);
  return span && `${CODE_EDGE}${span}${CODE_EDGE}`;
}
export function toMarkdown(root: Element, base: string, opts: MarkdownOptions = { links: true, images: true }): string {
  tidyTableRows(root);
  dropSources(root);
  // Adjacent text nodes (a comment between them was pruned) are escaped one by one, so '1' and
  // '. Total' became the list marker '1. Total': one node, one escape.
  root.normalize();
  for (const t of textNodes(root)) {
    // Cleaned before the markdown is made, never after: removing a terminal escape or a private-use
    // character from finished markdown joined the backticks around it into a longer run, and a
    // code span or fence ended early (found by fuzzing).
    const clean = cleanText(t.data).replace(SENTINELS, '');
    if (clean !== t.data) t.data = clean;
    // turndown's trailing-whitespace trim is quadratic on long inner runs (BAD-INPUTS.md); collapse them first.
    if (/\s{64,}/.test(t.data) && t.parentElement?.closest('pre') === null) t.data = t.data.replace(/\s{2,}/g, ' ');
  }
  const markdown = unindentParagraphs(escapeBareMarkers(placeFences(createService(base, opts).turndown(root as unknown as TurndownService.Node))));
  // Two bold runs side by side inside one word ('<b>Further d</b><b>etails</b>') are one run.
  return markdown.replace(/(\S)\*\*\*\*(?=\S)/g, '$1').replace(/\n{3,}/g, '\n\n').trim();
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
