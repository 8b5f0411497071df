// Run by `npm run build` after tsc: writes dist/rules/needle-cache.json (see needle-cache.ts).
import { matcherOf } from './match.js';
import { writeNeedleCache } from './needle-cache.js';
import { RULES } from './table/index.js';

// The matcher's regex, not the row's: a case-insensitive row runs (and is keyed) without its i flag.
writeNeedleCache(RULES.flatMap((rule) => matcherOf(rule)?.re ?? []));
