import type { DefaultTreeAdapterMap } from 'parse5';
import { buildDocument, seedBaseUrl } from './build.js';
import { capDepth } from './depth.js';
import { loadJsdom } from './deps.js';
import { byTag } from './walk.js';

/**
 * HTML string -> Document. Scripts never run and nothing is fetched (jsdom's defaults, kept
 * explicit); the virtual console swallows the page's CSS and parse complaints.
 */
const STYLE_ATTR = /(\s)style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * Both end where the HTML tokenizer ends them: at the first `</style` or `</script` followed by
 * space, `/` or `>`, and then at the next `>`, since an end tag may carry junk "attributes"
 * (`</script` + newline + `<!-- note -->` ends at the comment's `>`).
 */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style(?:[\s/][^>]*)?>/gi;
const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script(?:[\s/][^>]*)?>/gi;

/**
 * jsdom 29 parses every stylesheet and style attribute while it builds the tree, and throws on
 * some real-world CSS (calc() with SCSS variables or odd nesting), so no CSS reaches it. The one
 * thing we need from inline styles, "hidden", becomes the hidden attribute. Scripts go too:
 * nothing reads them and they are a large share of a page's bytes.
 */
export function stripCssAndScripts(html: string): string {
  return html
    // JSON-LD stays: it is page metadata, not code.
    .replace(SCRIPT_ELEMENT, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(STYLE_ELEMENT, '')
    .replace(STYLE_ATTR, (_m, space: string, value: string) => (HIDDEN_STYLE.test(value) ? `${space}hidden` : space));
}

/** The text-level repairs every page gets before any parser sees it. */
export function prepareHtml(html: string): string {
  return capDepth(stripCssAndScripts(html)).html;
}

type Parse5Document = DefaultTreeAdapterMap['document'];

let shared: { parser: DOMParser; window: Window; uses: number } | null = null;
/**
 * Something in jsdom keeps each DOMParser document reachable from its window (~150 KB a small
 * page, measured), so the window is replaced after this many documents, which frees them all.
 */
const DOCUMENTS_PER_WINDOW = 100;

/**
 * One jsdom window for many pages, and a DOMParser document per page: a new window costs ~8 ms
 * before any page is parsed, and DOMParser parses the same page in about half the time of
 * `new JSDOM()`. Documents made this way have no window of their own (defaultView is null).
 */
function parser(): DOMParser {
  if (shared && shared.uses >= DOCUMENTS_PER_WINDOW) {
    shared.window.close();
    shared = null;
  }
  if (!shared) {
    const { JSDOM, VirtualConsole } = loadJsdom();
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', () => {});
    const { window } = new JSDOM('', { virtualConsole, runScripts: undefined, resources: undefined, pretendToBeVisual: false });
    shared = { parser: new window.DOMParser(), window: window as unknown as Window, uses: 0 };
  }
  shared.uses++;
  return shared.parser;
}

/**
 * A DOMParser document's URL is about:blank, so the page's address becomes its <base>: the
 * page's own <base href> resolved against it, else the address itself. doc.baseURI then is what
 * a browser would use for the page's relative links.
 */
function pinBase(doc: Document, url: string, existing: Element | null): Element {
  let href = url;
  try {
    if (existing) href = new URL(existing.getAttribute('href') ?? '', url).href;
  } catch {
    // An unparseable <base href> is ignored, as browsers do.
  }
  const base = existing ?? doc.createElement('base');
  base.setAttribute('href', href);
  if (!existing) doc.head.prepend(base);
  return base;
}

const BASE_TAG = /<base[\s/>]/i;
const firstBase = (doc: Document): Element | null => byTag(doc, 'base').find((el) => el.hasAttribute('href')) ?? null;

/**
 * jsdom finds a document's base with its CSS selector engine, which it builds for each document
 * on first use (profiled: 2% of the HTML time, for one lookup). Our walk finds the same element;
 * the document's own property then answers every later reader (metadata, Readability, turndown).
 */
function settleBaseUri(doc: Document, base: Element | null): void {
  let uri = doc.URL;
  try {
    if (base) uri = new URL(base.getAttribute('href') ?? '', doc.URL === 'about:blank' ? undefined : doc.URL).href;
  } catch {
    // An unparseable or relative <base href> on a page without an address: the document's URL stands.
  }
  Object.defineProperty(doc, 'baseURI', { value: uri, configurable: true });
}

/** jsdom on HTML that prepareHtml (and usually prefilter) already went over. */
export function parsePrepared(html: string, url?: string): Document {
  const doc = parser().parseFromString(html, 'text/html');
  // Most pages have no <base>; the string says so without a walk of the whole tree.
  const base = BASE_TAG.test(html) ? firstBase(doc) : null;
  settleBaseUri(doc, url ? pinBase(doc, url, base) : base);
  return doc;
}

/** The prefilter's parse5 tree as a jsdom document, built without parsing again; its serialization parsed when jsdom's internals have moved. */
export function documentOf(tree: Parse5Document, serialize: () => string, url?: string): Document {
  const doc = parser().parseFromString('', 'text/html');
  doc.replaceChildren();
  const built = buildDocument(tree, doc);
  if (!built) return parsePrepared(serialize(), url);
  const base = url ? pinBase(doc, url, built.base) : built.base;
  settleBaseUri(doc, base);
  seedBaseUrl(doc, base);
  return doc;
}

/**
 * Done with a page: its tree goes now. The document object itself stays reachable from the
 * shared window until the window is replaced, but without its tree it weighs little; a page's
 * tree is megabytes (measured: 3.6 MB a corpus page, 60 pages held 270 MB of heap without this).
 */
export function releaseDocument(doc: Document): void {
  doc.replaceChildren();
}

export function parseHtml(html: string, url?: string): Document {
  return parsePrepared(prepareHtml(html), url);
}

