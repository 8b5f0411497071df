import { capDepth } from './depth.js';
import { loadJsdom } from './deps.js';

/**
 * HTML string -> Document. Scripts never run and nothing is fetched (jsdom's defaults, kept
 * explicit); the virtual console swallows the page's CSS and parse complaints.
 */
const STYLE_ATTR = /(\s)style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
/** Every script, ended where the HTML tokenizer ends it: at the first </script. */
const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;

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

/** jsdom on HTML that prepareHtml (and usually prefilter) already went over. */
export function parsePrepared(html: string, url?: string): Document {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => {});
  const dom = new JSDOM(html, { url, virtualConsole, runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  return dom.window.document;
}

export function parseHtml(html: string, url?: string): Document {
  return parsePrepared(prepareHtml(html), url);
}

export function isValidBaseUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
