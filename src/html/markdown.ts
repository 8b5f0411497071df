import type TurndownService from 'turndown';
import { loadGfm, loadTurndown } from './deps.js';
import { escapeMarkdown } from '../render/escape.js';
import { byTag, descendants } from './walk.js';

/**
 * Article DOM -> markdown with turndown: ATX headings, fenced code with its language,
 * `-` bullets, GFM tables, absolute and safe URLs only, no empty links, no raw HTML.
 */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const DROPPED = new Set(['script', 'style', 'iframe', 'noscript', 'form', 'button', 'input', 'select', 'textarea', 'object', 'embed', 'svg', 'canvas', 'template', 'dialog']);
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

/** A fence longer than any backtick run inside the code. */
function fenceFor(code: string): string {
  const longest = Math.max(2, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(longest + 1);
}

export interface MarkdownOptions {
  links: boolean;
  images: boolean;
}

function createService(base: string, opts: MarkdownOptions): TurndownService {
  const Turndown = loadTurndown();
  const td = new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
  td.use(loadGfm());
  td.remove((node) => DROPPED.has(node.nodeName.toLowerCase()));
  td.escape = escapeMarkdown;
  // The GFM rules crash on table parts outside a table; they read as the text they hold, as
  // HTML parsing would have it. A rule, not DOM surgery before turndown: unwrapping each part
  // in jsdom updated its parent's live child lists per moved node (0.6 s on one page of 550 KB).
  // Upper-cased: turndown matches the GFM rules' names in any case, and a <td> in MathML or SVG
  // keeps its lower-case name (the fuzz test found one crashing them).
  td.addRule('orphan-table-part', {
    filter: (node) => TABLE_PARTS.has(node.nodeName.toUpperCase()) && outsideTable(node as unknown as Node),
    replacement: (content, node) => {
      const name = node.nodeName.toUpperCase();
      if (name === 'TD' || name === 'TH') return `${content.trim()} `;
      return name === 'COL' || name === 'COLGROUP' ? '' : `\n\n${content.trim()}\n\n`;
    },
  });
  td.addRule('fenced-code', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      const code = (el.textContent ?? '').replace(/\n$/, '');
      const fence = fenceFor(code);
      return `\n\n${fence}${codeLanguage(el)}\n${code}\n${fence}\n\n`;
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
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  td.addRule('safe-link', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const text = content.trim();
      if (!text) return '';
      const href = opts.links ? safeUrl((node as unknown as Element).getAttribute('href'), base) : null;
      return href ? `[${text}](${href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})` : text;
    },
  });
  td.addRule('safe-image', {
    filter: (node) => node.nodeName === 'IMG',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      if (!opts.images) return '';
      const src = safeUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
      if (!src) return '';
      const alt = escapeMarkdown((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${src.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
    },
  });
  return td;
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

const TABLE_PARTS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'COLGROUP', 'COL']);

/** turndown works on a copy of the article, so the walk up ends at the copy's root. */
function outsideTable(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeName === 'TABLE') return false;
  return true;
}

/** Kept in a table that stays HTML: what a table needs, nothing that can run or fetch. */
const TABLE_ATTRS = new Set(['colspan', 'rowspan', 'href', 'src', 'alt', 'title']);
const TABLE_UNSAFE = new Set(['math', 'svg', 'script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'template', 'button', 'input', 'select', 'textarea']);

/**
 * The GFM plugin writes a table it cannot draw in markdown (blocks in a cell) as the table's own
 * HTML, attributes and all; a fuzz case kept <math> and a javascript: data-src that way. Tables
 * are reduced to the markup and attributes a table needs before turndown sees them.
 */
function sanitizeTables(root: Element, base: string): void {
  for (const table of byTag(root, 'table')) {
    for (const el of [table, ...descendants(table)]) {
      if (TABLE_UNSAFE.has(el.localName)) {
        el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
        continue;
      }
      for (const { name, value } of Array.from(el.attributes)) {
        if (!TABLE_ATTRS.has(name) || ((name === 'href' || name === 'src') && !safeUrl(value, base))) el.removeAttribute(name);
      }
    }
  }
}

export function toMarkdown(root: Element, base: string, opts: MarkdownOptions = { links: true, images: true }): string {
  tidyTableRows(root);
  sanitizeTables(root, base);
  // turndown's trailing-whitespace trim is quadratic on long inner runs (BAD-INPUTS.md); collapse them first.
  for (const t of textNodes(root)) if (/\s{64,}/.test(t.data) && t.parentElement?.closest('pre') === null) t.data = t.data.replace(/\s{2,}/g, ' ');
  return createService(base, opts).turndown(root as unknown as TurndownService.Node).replace(/\n{3,}/g, '\n\n').trim();
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
