import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * HTML string -> Document. Scripts never run and nothing is fetched (jsdom's defaults, kept
 * explicit); the virtual console swallows the page's CSS and parse complaints.
 */
export function parseHtml(html: string, url?: string): Document {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => {});
  const dom = new JSDOM(html, { url, virtualConsole, runScripts: undefined, resources: undefined, pretendToBeVisual: false });
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
