import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * HTML string -> Document. Scripts never run and nothing is fetched (jsdom's defaults, kept
 * explicit); the virtual console swallows the page's CSS and parse complaints.
 */
const STYLE_ATTR = /(\s)style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * jsdom 29 parses every style attribute while it builds the tree and throws on some real-world
 * CSS (SCSS variables inside calc()), so inline styles never reach it: the only thing we need
 * from them, "hidden", becomes the hidden attribute.
 */
export function neutralizeInlineStyles(html: string): string {
  return html.replace(STYLE_ATTR, (_m, space: string, value: string) => (HIDDEN_STYLE.test(value) ? `${space}hidden` : space));
}

export function parseHtml(html: string, url?: string): Document {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => {});
  const dom = new JSDOM(neutralizeInlineStyles(html), { url, virtualConsole, runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  return dom.window.document;
}

export function isValidBaseUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
