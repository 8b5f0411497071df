import type { Readability } from '@mozilla/readability';
import { collapseSpace } from '../clean-text.js';
import { loadReadability } from './deps.js';
import { linkDensity } from './dom-blocks.js';
import { modifications } from './jsdom-internals.js';
import { param } from '../params.js';
import { dropMisleadingNames } from './misread-names.js';
import { byTag } from './walk.js';

/**
 * Readability on the pre-cleaned page. When it finds nothing, or too little, the text-densest
 * element of a fresh copy of the body stands in for it.
 */

export interface Extracted {
  /** The article's element: Readability's container, or the fallback's densest block. */
  root: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  published: string | null;
  via: 'readability' | 'fallback';
}

/**
 * Readability results shorter than this many characters of text are treated as a miss; it is also
 * Readability's own charThreshold, below which it retries with its cleaning flags off (at its
 * default 500 short articles were retried into teaser lists: scrapinghub and trafilatura-dev
 * html +0.001 each at 250).
 */
const MIN_READABILITY_CHARS = 250;
/** The fallback block only counts text outside links, and ignores link-heavy paragraphs. */
const MAX_FALLBACK_LINK_DENSITY = 0.5;
const PARAGRAPHISH = ['p', 'pre', 'blockquote', 'li', 'h2', 'h3', 'h4', 'td'];

/** The element whose direct paragraph children carry the most non-link text. */
export function densestBlock(body: Element): Element | null {
  const score = new Map<Element, number>();
  for (const p of byTag(body, ...PARAGRAPHISH)) {
    const len = collapseSpace(p.textContent ?? '').length;
    if (len === 0 || linkDensity(p, len) > MAX_FALLBACK_LINK_DENSITY) continue;
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  if (best) return best;
  // No paragraphs at all: the body's own text is all there is.
  return collapseSpace(body.textContent ?? '') ? body : null;
}

const ELEMENT_NODE = 1;
const SHOW_TEXT = 4;
const NOT_BLANK = /\S/;
/** Readability's REGEXPS.byline. */
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;

/** Readability's own methods that the subclass calls (its typings leave them out). */
interface ReadabilityMethods {
  _isProbablyVisible(node: Element): boolean;
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _getLinkDensity(element: Element): number;
}

/** !node.textContent.trim(), without building the subtree's text: the first text that is not blank answers. */
function hasText(node: Element): boolean {
  const walker = node.ownerDocument.createTreeWalker(node, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (NOT_BLANK.test((t as Text).data)) return true;
  return false;
}

let fastReadability: typeof Readability | null = null;
/** Per element, until its subtree changes; weak, so a released page takes its entries along. */
const innerTexts = new WeakMap<Element, { version: number; normalized: boolean; text: string }>();
const linkDensities = new WeakMap<Element, { version: number; density: number }>();
/** Readability's data-table marks: a descendant of these tags makes a table one of data. */
const DATA_TABLE_TAGS = ['col', 'colgroup', 'tfoot', 'thead', 'th'];
type DataTable = Element & { _readabilityDataTable?: boolean };
/**
 * Readability with four methods swapped for the same answers at less cost. It gathers elements by
 * tag name through querySelectorAll, which in jsdom runs a general CSS engine and took a third of
 * Readability's time (profiled over the dev corpus): a walk gives the same elements in the same
 * order (walk.ts). The other three run their cheap tests first (a test compares them with
 * Readability's own on every element of the HTML fixtures).
 */
export function readabilityClass(): typeof Readability {
  if (fastReadability) return fastReadability;
  const Base = loadReadability();
  const own = Base.prototype as unknown as ReadabilityMethods;
  fastReadability = class extends Base<Element> {
    _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
      return byTag(node, ...tagNames.map((t) => t.toLowerCase()));
    }

    // Readability reads the whole subtree's textContent of every element it visits before the
    // cheap tests: on a page's outer containers that is most of the page, again and again. The
    // same answers, in the cheap order (both methods: a tenth of Readability's time, profiled).
    _isValidByline(node: Element, matchString: string): boolean {
      const itemprop = node.getAttribute('itemprop');
      if (!(node.getAttribute('rel') === 'author' || itemprop?.includes('author') || BYLINE_HINT.test(matchString))) return false;
      const length = (node.textContent ?? '').trim().length;
      return length > 0 && length < 100;
    }

    // node.style parses the style attribute on every element Readability visits; only an element
    // that has one can hold an inline display or visibility.
    _isProbablyVisible(node: Element): boolean {
      if (node.hasAttribute('style')) return own._isProbablyVisible.call(this, node);
      return !node.hasAttribute('hidden') && (node.getAttribute('aria-hidden') !== 'true' || (typeof node.className === 'string' && node.className.includes('fallback-image')));
    }

    // Readability counts, for every tr below a table (nested tables' too), every td below that tr:
    // on nested tables with a wide row inside, each level recounts the row (a 1.4 MB page took
    // 41 s here). One pass gives the same counts: a tr's columns are the colspans of the tds in
    // its subtree, summed bottom-up.
    _getRowAndColumnCount(table: Element): { rows: number; columns: number } {
      let rows = 0;
      let columns = 0;
      const span = (el: Element, name: string): number => {
        const raw = el.getAttribute(name) || 0;
        return (raw ? parseInt(raw, 10) : 0) || 1;
      };
      const cellSpans = (el: Element): number => {
        let sum = el.localName === 'td' ? span(el, 'colspan') : 0;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) sum += cellSpans(c);
        if (el.localName === 'tr') {
          rows += span(el, 'rowspan');
          columns = Math.max(columns, sum);
        }
        return sum;
      };
      for (let c = table.firstElementChild; c; c = c.nextElementSibling) cellSpans(c);
      return { rows, columns };
    }

    // Readability reads the text and the link density of a page's outer containers again for each
    // element inside them it weighs: on nested tables, the whole page's text once per level per
    // test. Both depend only on the subtree, so they are kept until it changes (jsdom counts each
    // change to a node's children or attributes, on it and every ancestor; Readability never sets
    // a text node's data in place, the one change not counted).
    _getInnerText(e: Element, normalizeSpaces = true): string {
      const version = modifications(e);
      if (version === null) return own._getInnerText.call(this, e, normalizeSpaces);
      const hit = innerTexts.get(e);
      if (hit?.version === version && hit.normalized === normalizeSpaces) return hit.text;
      const text = own._getInnerText.call(this, e, normalizeSpaces);
      if (text.length >= param('readabilityKeptTextChars')) innerTexts.set(e, { version, normalized: normalizeSpaces, text });
      return text;
    }

    _getLinkDensity(element: Element): number {
      const version = modifications(element);
      if (version === null) return own._getLinkDensity.call(this, element);
      const hit = linkDensities.get(element);
      if (hit?.version === version) return hit.density;
      const density = own._getLinkDensity.call(this, element);
      if (innerTexts.has(element)) linkDensities.set(element, { version, density });
      return density;
    }

    // Readability asks each table for seven tags, each by a collection of its whole subtree: one
    // walk a table gives the same answers (nested tables made it seven walks per level).
    _markDataTables(root: Element): void {
      for (const table of byTag(root, 'table') as DataTable[]) {
        const summary = table.getAttribute('summary');
        if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') table._readabilityDataTable = false;
        else if (summary) table._readabilityDataTable = true;
        else {
          const below = byTag(table, 'caption', 'table', ...DATA_TABLE_TAGS);
          const caption = below.find((el) => el.localName === 'caption');
          if ((caption && caption.childNodes.length) || below.some((el) => DATA_TABLE_TAGS.includes(el.localName))) table._readabilityDataTable = true;
          else if (below.some((el) => el.localName === 'table')) table._readabilityDataTable = false;
          else {
            const { rows, columns } = this._getRowAndColumnCount(table);
            table._readabilityDataTable = columns === 1 || rows === 1 ? false : rows >= 10 || columns > 4 || rows * columns > 10;
          }
        }
      }
    }

    _isElementWithoutContent(node: Element): boolean {
      if (node.nodeType !== ELEMENT_NODE || hasText(node)) return false;
      return !node.children.length || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
    }
  } as typeof Readability;
  return fastReadability;
}

/**
 * Readability on the page itself, not a clone (cloning cost a twentieth of the HTML time), with
 * the article handed back as an element rather than serialized and parsed again. It may take the
 * page apart, so the fallback reads the fresh copy `fallbackBody` makes (rare).
 */
export function runReadability(doc: Document, fallbackBody: () => Element | null): Extracted | null {
  dropMisleadingNames(doc);
  const ReadabilityClass = readabilityClass();
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new ReadabilityClass<Element>(doc, { keepClasses: true, charThreshold: MIN_READABILITY_CHARS, serializer: (node) => node as Element }).parse();
  } catch {
    parsed = null; // Readability throws on some degenerate documents; the fallback handles them.
  }
  const meta = {
    title: parsed?.title || doc.title || null,
    byline: parsed?.byline ?? null,
    excerpt: parsed?.excerpt ?? null,
    siteName: parsed?.siteName ?? null,
    published: parsed?.publishedTime ?? null,
  };
  if (parsed?.content && collapseSpace(parsed.textContent ?? '').length >= MIN_READABILITY_CHARS) {
    return { root: parsed.content, ...meta, via: 'readability' };
  }
  const body = fallbackBody();
  const best = body ? densestBlock(body) : null;
  if (best) return { root: best, ...meta, via: 'fallback' };
  if (parsed?.content) return { root: parsed.content, ...meta, via: 'readability' };
  return null;
}
