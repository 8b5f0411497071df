import { readFileSync, writeFileSync } from 'node:fs';
import { needlesOf } from './needles.js';

/**
 * The built-in rows' needles, worked out at build time (`npm run build` writes
 * needle-cache.json beside this module). Reading a row's regex source is the slowest part of
 * start-up a text dump pays for (~14 ms of ~120 ms over bare node: cold code, a hundred rows).
 * Keyed by flags and source, so a changed or user-supplied row is never served a stale entry:
 * it misses and is read at run time.
 */

type Needles = string[] | null;

const FILE = new URL('./needle-cache.json', import.meta.url);
let cache: Map<string, Needles> | undefined;

const keyOf = (re: RegExp): string => `${re.flags}/${re.source}`;

function load(): Map<string, Needles> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Needles>));
  } catch {
    return new Map(); // not built (tests run the sources) or unreadable: every row is read at run time
  }
}

/** needlesOf(re), from the build's cache when it holds this regex. */
export function cachedNeedlesOf(re: RegExp): Needles {
  cache ??= load();
  const hit = cache.get(keyOf(re));
  return hit !== undefined ? hit : needlesOf(re);
}

/** The build step (build-needle-cache.ts): these regexes' needles, for the next processes to read. */
export function writeNeedleCache(regexes: readonly RegExp[]): void {
  writeFileSync(FILE, JSON.stringify(Object.fromEntries(regexes.map((re) => [keyOf(re), needlesOf(re)]))));
}
