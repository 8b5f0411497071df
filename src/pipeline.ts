import { quoted } from './display.js';
import { decode } from './decode.js';
import { detectFormat } from './detect.js';
import type { extractFromHtml } from './html/assemble.js';
import { extractFromText } from './text/assemble.js';
import type { Options, Result } from './types.js';

/**
 * The one place that knows the stage order: decode -> detect -> (html | text) -> Result.
 * The HTML branch comes in as a parameter: jsdom and the HTML modules cost start-up time a
 * text dump never needs, so the CLI loads them only for HTML (extract.ts binds them for the library).
 */

export type HtmlBranch = typeof extractFromHtml;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** An input decoded and sized up, ready for its branch. */
export type Prepared = { ok: true; text: string; html: boolean } | Extract<Result, { ok: false }>;

export function prepare(input: string | Uint8Array, options: Options = {}): Prepared {
  let text: string;
  if (typeof input === 'string') {
    // A JS string may hold lone surrogates, which no UTF-8 output can carry; decoded bytes never do.
    text = input.replace(LONE_SURROGATE, '\uFFFD');
  } else {
    const decoded = decode(input, options.encoding, options.transportEncoding);
    if (!decoded.ok) return { ok: false, code: 'bad-input', reason: decoded.reason, removed: [] };
    text = decoded.text;
  }
  // null from a JavaScript caller is no URL, as undefined is.
  if (options.url != null && !isValidBaseUrl(options.url)) {
    return { ok: false, code: 'bad-input', reason: `invalid base URL ${quoted(options.url)} (need http or https)`, removed: [] };
  }
  if (!text.trim()) return { ok: false, code: 'no-article', reason: 'no content: the input is empty', removed: [] };
  return { ok: true, text, html: (options.inputFormat ?? detectFormat(text)) === 'html' };
}

/** Runs the input's branch; html is needed only when prepared.html. */
export function run(prepared: Prepared, options: Options, html: HtmlBranch | null): Result {
  if (!prepared.ok) return prepared;
  try {
    if (!prepared.html) return extractFromText(prepared.text, options);
    if (!html) throw new Error('the HTML branch was not loaded');
    return html(prepared.text, options);
  } catch (cause) {
    // A library must not throw at its caller for one bad page; the CLI turns this into exit 70.
    const reason = `internal error: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`;
    return { ok: false, code: 'internal', reason, removed: [], cause };
  }
}

export function isValidBaseUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
