import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import type { Readability } from '@mozilla/readability';
import type TurndownService from 'turndown';
import type * as Parse5 from 'parse5';

/**
 * The HTML libraries, loaded on first use. jsdom, Readability and turndown take ~0.6 s of CPU to
 * import (ten times a bare `node -e 0`); a text dump never needs them. All four are CommonJS,
 * so a synchronous require keeps extract() synchronous.
 */
const require = createRequire(import.meta.url);

export const loadJsdom = (): typeof Jsdom => require('jsdom') as typeof Jsdom;
export const loadReadability = (): typeof Readability => (require('@mozilla/readability') as { Readability: typeof Readability }).Readability;
export const loadTurndown = (): typeof TurndownService => require('turndown') as typeof TurndownService;
export const loadGfm = (): TurndownService.Plugin => (require('@joplin/turndown-plugin-gfm') as { gfm: TurndownService.Plugin }).gfm;
/** ESM, loaded through require(esm) (Node 20.19+), as jsdom itself loads it. */
export const loadParse5 = (): typeof Parse5 => require('parse5') as typeof Parse5;
