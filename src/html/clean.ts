import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { applyRules, preview, restStart } from '../rules/engine.js';
import { elementHit, mayRemoveShare, wordCount } from '../rules/match.js';
import type { Favor, Removal, Rule } from '../types.js';
import { type DomBlock, domBlocks } from './dom-blocks.js';
import { toText } from './text.js';
import { domView, type SelectorView, simpleSelector } from './simple-selector.js';
import { descendants } from './walk.js';
import { NEVER_TEXT } from './junk.js';

/**
 * The rule table applied to a DOM: element rows (selector, attr) remove whole elements,
 * text/line rows remove the leaf blocks they hit (and their sections). Element rows run on the
 * page before Readability; text rows on Readability's result (and before it too when precision
 * is favoured).
 */

/** Never removed by an element row: they are, or hold, the article. */
const PROTECTED = simpleSelector('html, body, main, article, [itemprop="articleBody"], [role="main"]')!;
/** Markup that never carries article text: dropped before anything reads the page. */
const JUNK = [...NEVER_TEXT, '[hidden]', '[aria-hidden="true"]'].join(', ');

const textLength = (el: Element): number => collapseSpace(el.textContent ?? '').length;

/** For DOMs that did not come through prefilter (a --keep-selector clone). Inline hidden styles became [hidden] in parse.ts. */
export function dropJunk(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(JUNK))) el.remove();
}

/**
 * Element rows in one walk, each element tested against them in table order: simple selectors
 * and attr rows on the element itself; any other selector through jsdom's engine, queried once.
 * Rows of the kinds a page type may switch off and a user's rows get here; the rest ran on
 * parse5's tree (prefilter.ts).
 */
function removeByElementRows(root: Element, rules: readonly Rule[], removed: Removal[]): void {
  const rows = rules.filter((r) => r.match.attr || r.match.selector);
  if (rows.length === 0) return;
  const tests = rows.map((r): ((el: Element, view: SelectorView) => boolean) => {
    if (r.match.attr) return (el) => (el.id !== '' || el.hasAttribute('class')) && elementHit(r, el);
    const simple = simpleSelector(r.match.selector!);
    if (simple) return (_el, view) => simple(view);
    const hits = new Set(Array.from(root.querySelectorAll(r.match.selector!)));
    return (el) => hits.has(el);
  });
  const all = descendants(root);
  const isProtected = new Set(all.filter((el) => PROTECTED(domView(el))));
  if (PROTECTED(domView(root))) isProtected.add(root);
  const total = Math.max(1, textLength(root));
  const maxShare = param('ruleMaxRemovedShare');
  for (const el of all) {
    if (!el.isConnected || isProtected.has(el)) continue;
    const view = domView(el);
    const rule = rows.find((_r, i) => tests[i]!(el, view));
    if (!rule) continue;
    if (!mayRemoveShare(rule, () => textLength(el) / total, maxShare) || [...isProtected].some((p) => el.contains(p))) continue;
    removed.push({ rule: rule.id, kind: rule.kind, preview: preview(toText(el)) || `<${el.tagName.toLowerCase()}>` });
    el.remove();
  }
}

function removeByTextRows(root: Element, rules: readonly Rule[], removed: Removal[], allowRest: boolean): void {
  const rows = rules.filter((r) => r.match.text || r.match.line);
  const blocks = domBlocks(root);
  const hits = applyRules(blocks, rows, { restAllowedFrom: allowRest ? restStart(blocks, (i) => blocks[i]!.type === 'paragraph') : blocks.length });
  for (const [i, removal] of [...hits].sort((a, b) => a[0] - b[0])) {
    removed.push(removal);
    blocks[i]!.el.remove();
  }
}

/**
 * Before Readability: the whole page. Only element rows run unless precision is favoured: text
 * rows on the whole page (where page order is not article order, so 'rest' acts as 'section')
 * cost recall and, measured on the dev corpus, gain no precision over running them afterwards.
 */
export function preclean(root: Element, rules: readonly Rule[], favor: Favor = 'balanced'): Removal[] {
  const removed: Removal[] = [];
  // Junk never gets here: prefilter drops it on parse5's tree.
  removeByElementRows(root, rules, removed);
  if (favor === 'precision') removeByTextRows(root, rules, removed, false);
  return removed;
}

/** Favouring precision, short blocks that are mostly links (teasers, "see also" rows) go too. */
const LINK_ROW_MAX_WORDS = 15;

export function removeLinkRows(root: Element, removed: Removal[]): void {
  for (const b of domBlocks(root)) {
    if (b.type === 'heading' || b.linkDensity < param('linkBlockMinDensity') || wordCount(b.text) > LINK_ROW_MAX_WORDS) continue;
    removed.push({ rule: 'classifier/link-density', kind: 'classifier', preview: preview(b.text) });
    b.el.remove();
  }
}

/**
 * What Readability appends after the article's last words: rows of links (teasers, "more from",
 * source lists), and heading labels left with nothing under them once those go. Never the whole
 * article. Measured on the dev corpus: HTML F1 +0.001 (scrapinghub) and +0.002
 * (trafilatura-dev), recall unchanged; at a link density of 0.2-0.3 recall fell.
 */
function removeTrailingLinks(root: Element, removed: Removal[]): void {
  const blocks = domBlocks(root);
  let from = blocks.length;
  // A heading that is a sentence is a pull quote, which Readability may move to the end; a label is not.
  const leftOver = (b: DomBlock): boolean => b.type === 'heading' && !/[.!?"“”»«]$/u.test(b.text);
  while (from > 1 && (leftOver(blocks[from - 1]!) || blocks[from - 1]!.linkDensity >= param('linkBlockMinDensity'))) from--;
  for (const b of blocks.slice(from)) {
    removed.push({ rule: 'classifier/trailing-links', kind: 'classifier', preview: preview(b.text) });
    b.el.remove();
  }
}

/**
 * After Readability: only the article, so a comment heading may take the rest with it (unless
 * `wholePage`: page order is not article order, so 'rest' acts as 'section', as in the pre-clean).
 * Favouring recall, a text row removes only the block it hits, never its section, and trailing
 * link rows stay; so do they where the profile keeps link rows (`linkRows`: an index's items are links).
 */
export function postclean(root: Element, rules: readonly Rule[], favor: Favor = 'balanced', wholePage = false, linkRows: 'keep' | 'drop' = 'drop'): Removal[] {
  const removed: Removal[] = [];
  removeByElementRows(root, rules, removed);
  removeByTextRows(root, favor === 'recall' ? rules.map((r) => ({ ...r, scope: 'block' as const })) : rules, removed, !wholePage);
  if (favor === 'precision') removeLinkRows(root, removed);
  if (favor !== 'recall' && linkRows === 'drop') removeTrailingLinks(root, removed);
  return removed;
}
