import type { Block } from '../types.js';
import type { Verdict } from './classify.js';
import { RULE_HIT } from './core.js';
import { COUNTER } from '../page-type/features.js';
import { param } from '../params.js';
import { wordCount } from '../rules/match.js';

/**
 * The text path's region for pages of many parts (a thread, a grid, a service page): every
 * block from the page's first prose to its last, except what marks itself as boilerplate (a rule
 * hit, a menu line, a block the page repeats). Item names, prices and specs are short and bare
 * of stopwords, so the prose classifier alone would drop them.
 */

/** Verdicts that say "boilerplate" of a block itself, not merely "no prose". */
const BOILERPLATE_REASONS: ReadonlySet<string> = new Set(['link-density', 'repeated', 'glued-links']);

const isProse = (v: Verdict): boolean => v.cls === 'good' || v.cls === 'neargood';

/**
 * `itemsAfterProse`: a grid's or an index's items follow its intro, so the region runs past the
 * last prose to the last block that is not boilerplate. `keepLinks` (the profile's linkRows
 * 'keep'): there the items are links, which a dump that marks links (markdown, html2text) reads as
 * link-dense; they stay in the region. `titleAt`: the page's title line, above which a grid's or
 * an index's region drops menu runs (menuRuns); none is dropped on a page without a title.
 * `itemsFrom`: where a list's first item opens (repeats.ts itemRunStart), -1 without one; with
 * itemsAfterProse the region opens there when the items come before the first prose.
 */
export function keepRegion(blocks: readonly Block[], initial: readonly Verdict[], ruled: (i: number) => boolean, itemsAfterProse: boolean, keepLinks = false, titleAt: number | null = null, itemsFrom = -1): Verdict[] {
  const boilerplate = (v: Verdict): boolean => BOILERPLATE_REASONS.has(v.reason) && !(keepLinks && v.reason === 'link-density');
  const prose = initial.findIndex((v, i) => isProse(v) && !ruled(i));
  const first = itemsAfterProse && itemsFrom >= 0 && (prose < 0 || itemsFrom < prose) ? itemsFrom : prose;
  // A closing section (related links, comments: assemble.ts) ends the region, as it ends an
  // article; but not one that comes before most of the page's text: on an index or a grid a
  // "Read more" or "Latest" line under the intro is the first item's, and the items follow.
  const words = blocks.map((b) => wordCount(b.text));
  const from = first < 0 ? 0 : first;
  const after = words.slice(from).reduce((a, b) => a + b, 0);
  const minBefore = param('regionClosingMinShare') * after;
  let before = 0;
  const closing = initial.findIndex((v, i) => {
    if (i >= from) before += words[i]!;
    return i > first && (v.reason === RULE_HIT.closing || v.reason === RULE_HIT.comments) && before - words[i]! >= minBefore;
  });
  const ends = (i: number): boolean => !ruled(i) && (itemsAfterProse ? initial[i]!.cls !== 'bad' : isProse(initial[i]!));
  let last = -1;
  for (let i = (closing < 0 ? initial.length : closing) - 1; i >= 0; i--) if (ends(i)) { last = i; break; }
  const menu = itemsAfterProse && titleAt !== null ? menuRuns(blocks, titleAt) : null;
  return blocks.map((_b, i): Verdict => {
    const v = initial[i]!;
    if (menu?.[i]) return { cls: 'bad', reason: 'menu-run' };
    // Outside the region (below a closing section) only prose good on its own stays, as in an article.
    if (i < first || i > last || ruled(i) || boilerplate(v) || COUNTER.test(blocks[i]!.text)) return v.cls === 'good' && !ruled(i) ? v : { cls: 'bad', reason: v.cls === 'bad' ? v.reason : 'outside-region' };
    return v.cls === 'good' ? v : { cls: 'good', reason: 'in-region' };
  });
}

/**
 * Above the page's title, a long run of list items of a few words each, one after the other: a
 * shop's or a site's menu as a dump prints it (a mega menu of categories). A grid's items come
 * as cards of several lines (a name, a price, a rating), and below the title: a list article's
 * own list of short names (languages, tools) is its content.
 */
function menuRuns(blocks: readonly Block[], titleAt: number): boolean[] {
  const out = blocks.map(() => false);
  const short = (b: Block): boolean => b.type === 'list-item' && wordCount(b.text) <= param('regionMenuItemMaxWords');
  for (let i = 0; i < titleAt; ) {
    let j = i;
    while (j < titleAt && short(blocks[j]!)) j++;
    if (j - i >= param('regionMenuRunMin')) for (let k = i; k < j; k++) out[k] = true;
    i = j === i ? i + 1 : j;
  }
  return out;
}
