import { findDate } from '../meta/date.js';
import { blockHit, wordCount } from '../rules/match.js';
import type { Block, Rule } from '../types.js';

/**
 * What a dump says about its article: the byline and dateline that sit around the headline and
 * lead. Only short lines near the article's start count; a footer's "© 2024" is not a date.
 */

/** Lines before / after the article's first block that may carry its byline or date. */
const BEFORE = 8;
const AFTER = 3;
const MAX_WORDS = 14;
/** "By Jane Doe | Politics", "Von Max Muster - 24.11.2026": the name ends at a separator or a digit. */
const BYLINE_PREFIX = /^(?:by|von|autor(?:in)?:)\s+/i;
const BYLINE_END = /\s+(?:[|–—-]|\d|am\b|on\b|published\b|veröffentlicht\b)[\s\S]*$/i;

export function dumpMetadata(blocks: readonly Block[], start: number, rules: readonly Rule[]): { byline: string | null; published: string | null } {
  const bylineRows = rules.filter((r) => r.id.endsWith('/byline'));
  let byline: string | null = null;
  let published: string | null = null;
  for (let i = Math.max(0, start - BEFORE); i < Math.min(blocks.length, start + AFTER); i++) {
    const text = blocks[i]!.text;
    if (wordCount(text) > MAX_WORDS) continue;
    if (!byline && bylineRows.some((r) => blockHit(r, blocks[i]!))) byline = text.replace(BYLINE_PREFIX, '').replace(BYLINE_END, '').replace(/[,;:]$/, '') || null;
    published ??= findDate(text);
  }
  return { byline, published };
}
