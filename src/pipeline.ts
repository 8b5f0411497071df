import { decode } from './decode.js';
import { detectFormat } from './detect.js';
import { extractFromHtml } from './html/assemble.js';
import { isValidBaseUrl } from './html/parse.js';
import { AmplificationError } from './html/prefilter.js';
import { extractFromText } from './text/assemble.js';
import type { Options, Result } from './types.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The one place that knows the stage order: decode -> detect -> (html | text) -> Result. */
export function extract(input: string | Uint8Array, options: Options = {}): Result {
  let text: string;
  if (typeof input === 'string') {
    // A JS string may hold lone surrogates, which no UTF-8 output can carry; decoded bytes never do.
    text = input.replace(LONE_SURROGATE, '\uFFFD');
  } else {
    const decoded = decode(input, options.encoding, options.transportEncoding);
    if (!decoded.ok) return { ok: false, code: 'bad-input', reason: decoded.reason, removed: [] };
    text = decoded.text;
  }
  if (options.url !== undefined && !isValidBaseUrl(options.url)) {
    return { ok: false, code: 'bad-input', reason: `invalid base URL "${options.url}" (need http or https)`, removed: [] };
  }
  if (!text.trim()) return { ok: false, code: 'no-article', reason: 'no content: the input is empty', removed: [] };
  const format = options.inputFormat ?? detectFormat(text);
  try {
    return format === 'html' ? extractFromHtml(text, options) : extractFromText(text, options);
  } catch (cause) {
    if (cause instanceof AmplificationError) return { ok: false, code: 'bad-input', reason: cause.message, removed: [] };
    // A library must not throw at its caller for one bad page; the CLI turns this into exit 70.
    const reason = `internal error: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`;
    return { ok: false, code: 'internal', reason, removed: [], cause };
  }
}
