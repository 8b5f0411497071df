import { extractFromHtml } from './html/assemble.js';
import { prepare, run } from './pipeline.js';
import type { Options, Result } from './types.js';

/** The library's entry: an HTML page or a text dump (string or bytes) -> its article, or why not. Never throws. */
export function extract(input: string | Uint8Array, options: Options = {}): Result {
  return run(prepare(input, options), options, extractFromHtml);
}
