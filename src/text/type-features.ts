import { PRICE, type StructureFeatures } from '../page-type/features.js';
import { param } from '../params.js';
import { CALL_TO_ACTION, CALL_TO_ACTION_MAX_WORDS, POST_MARK, POST_MARK_MAX_WORDS } from '../lexicon/index.js';
import type { Block } from '../types.js';
import { findDate } from '../meta/date.js';

/**
 * The type stage's features, measured on a dump's blocks: what the HTML path reads from
 * elements (page-type/features.ts), read from lines. A dump declares no schema and has no
 * <article> elements; its URL is known only from --url.
 */

/**
 * A line of code: a shell or REPL prompt, a lone brace, a statement's end, a block's opening
 * brace, or a keyword most programming languages open lines with (the same in every natural
 * language). Template placeholders ("{{title}}") are no code: pages leak them into dumps.
 */
const CODE_LINE = /^(?:\$ |>>> |[{}]\)?;?$|(?:import|from|def|class|function|const|let|var|return|public|private|#include|SELECT|npm|pip|git|curl)\s)|;$| \{$/;

const CLOCK = /\b\d{1,2}:\d{2}\b/;
/** A date in brackets is an aside on the line (a deadline, a range: "Grants (until 31.12.2020)"), not the item's own. */
const ASIDE = /\([^)]*\)/g;
/** An article's dateline is one date, and a post's "updated" line a second: the third opens the items. */
const DATES_BEFORE_ITEMS = 3;

export function textFeatures(blocks: readonly Block[], blockWords: readonly (readonly string[])[]): StructureFeatures {
  let total = 0;
  let prose = 0;
  let code = 0;
  let prices = 0;
  let items = 0;
  let itemWords = 0;
  let headings = 0;
  let linked = 0;
  let marks = 0;
  let proseBefore = 0;
  const dates = new Set<string>();
  let proseBeforeDates = 0;
  let calls = 0;
  blocks.forEach((b, i) => {
    const n = blockWords[i]!.length;
    total += n;
    if (n >= param('typeProseMinWords') && b.type === 'paragraph') {
      prose += n;
      if (marks === 0) proseBefore += n;
    }
    if (b.type === 'code' || CODE_LINE.test(b.text)) code++;
    if (n <= param('typeTextPriceMaxWords')) prices += b.text.match(PRICE)?.length ?? 0;
    if (b.type === 'list-item' && n <= param('typeTextItemMaxWords')) {
      items++;
      itemWords += n;
    }
    if (b.type === 'heading') headings++;
    linked += b.linkDensity * n;
    if (n <= POST_MARK_MAX_WORDS && POST_MARK.test(b.text)) marks++;
    if (n <= CALL_TO_ACTION_MAX_WORDS && CALL_TO_ACTION.test(b.text.trim())) calls++;
    // A date with a clock time stamps a post or a comment, not an item of an index.
    if (n <= param('typeDatedItemMaxWords') && !CLOCK.test(b.text)) {
      const date = findDate(b.text.replace(ASIDE, ''));
      if (date) dates.add(date.slice(0, 10));
    }
    if (dates.size < DATES_BEFORE_ITEMS && n >= param('typeProseMinWords') && b.type === 'paragraph') proseBeforeDates += n;
  });
  const all = Math.max(1, total);
  return { words: total, proseShare: prose / all, codeBlocks: code, prices, itemCount: items, itemShare: itemWords / all, articles: 0, headings, linkShare: linked / all, postMarks: marks, proseBeforeMarks: marks === 0 ? 1 : proseBefore / Math.max(1, prose), datedItems: dates.size, proseBeforeDatedItems: prose === 0 ? 0 : proseBeforeDates / prose, callsToAction: calls, coreShare: 1, keptShare: 1, fellBack: 0 };
}
