import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { applyRules, preview } from '../rules/engine.js';
import { elementHit, wordCount } from '../rules/match.js';
import type { Favor, Removal, Rule } from '../types.js';
import { type DomBlock, domBlocks } from './dom-blocks.js';
import { toText } from './text.js';
import { descendants } from './walk.js';

/**
 * The rule table applied to a DOM: element rows (selector, attr) remove whole elements,
 * text/line rows remove the leaf blocks they hit (and their sections). Element rows run on the
 * page before Readability; text rows on Readability's result (and before it too when precision
 * is favoured).
 */

/** Never removed by an element row: they are, or hold, the article. */
const PROTECTED = 'html, body, main, article, [itemprop="articleBody"], [role="main"]';
/** An element holding more than this share of the page's text is the article, whatever its class says. */
const MAX_REMOVED_TEXT_SHARE = 0.4;
/** Markup that never carries article text: dropped before anything reads the page. */
const JUNK = 'script, style, template, iframe, object, embed, svg, canvas, button, input, select, textarea, dialog, [hidden], [aria-hidden="true"]';
/** A 'rest' hit only reaches the end once this much prose has been kept above it. */
const REST_AFTER_WORDS = 40;

const textLength = (el: Element): number => collapseSpace(el.textContent ?? '').length;

/** For DOMs that did not come through prefilter (a --keep-selector clone). Inline hidden styles became [hidden] in parse.ts. */
export function dropJunk(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(JUNK))) el.remove();
}

/**
 * Selector rows are queried once each (the engine behind querySelectorAll is far cheaper than
 * el.matches() per element per row), attr rows read each element's id and class once.
 */
function removeByElementRows(root: Element, rules: readonly Rule[], removed: Removal[]): void {
  // The built-in element rows all run on parse5's tree (prefilter.ts); only a user's rows get here.
  if (!rules.some((r) => r.match.attr || r.match.selector)) return;
  const attrRows = rules.filter((r) => r.match.attr);
  const bySelector = new Map<Element, Rule>();
  for (const rule of rules) {
    if (!rule.match.selector) continue;
    for (const el of Array.from(root.querySelectorAll(rule.match.selector))) if (!bySelector.has(el)) bySelector.set(el, rule);
  }
  const isProtected = new Set(Array.from(root.querySelectorAll(PROTECTED)));
  if (root.matches(PROTECTED)) isProtected.add(root);
  const total = Math.max(1, textLength(root));
  const order = rules.filter((r) => r.match.attr || r.match.selector);
  // Without attr rows only the selector hits need a look, in document order.
  const candidates = attrRows.length ? descendants(root) : [...bySelector.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const el of candidates) {
    if (!el.isConnected || isProtected.has(el)) continue;
    const bySel = bySelector.get(el);
    const byAttr = el.id || el.getAttribute('class') ? attrRows.find((r) => elementHit(r, el)) : undefined;
    // The table's order decides when both kinds hit, as one list of rows would.
    const rule = bySel && byAttr ? (order.indexOf(bySel) < order.indexOf(byAttr) ? bySel : byAttr) : bySel ?? byAttr;
    if (!rule) continue;
    if (textLength(el) / total > MAX_REMOVED_TEXT_SHARE || [...isProtected].some((p) => el.contains(p))) continue;
    removed.push({ rule: rule.id, kind: rule.kind, preview: preview(toText(el)) || `<${el.tagName.toLowerCase()}>` });
    el.remove();
  }
}

/** Index of the first block after which REST_AFTER_WORDS of prose precede. */
function restStart(blocks: ReadonlyArray<{ text: string; type: string }>): number {
  let words = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (words >= REST_AFTER_WORDS) return i;
    if (blocks[i]!.type === 'paragraph') words += wordCount(blocks[i]!.text);
  }
  return blocks.length;
}

function removeByTextRows(root: Element, rules: readonly Rule[], removed: Removal[], allowRest: boolean): void {
  const rows = rules.filter((r) => r.match.text || r.match.line);
  const blocks = domBlocks(root);
  const hits = applyRules(blocks, rows, { restAllowedFrom: allowRest ? restStart(blocks) : blocks.length });
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
 * link rows stay.
 */
export function postclean(root: Element, rules: readonly Rule[], favor: Favor = 'balanced', wholePage = false): Removal[] {
  const removed: Removal[] = [];
  removeByElementRows(root, rules, removed);
  removeByTextRows(root, favor === 'recall' ? rules.map((r) => ({ ...r, scope: 'block' as const })) : rules, removed, !wholePage);
  if (favor === 'precision') removeLinkRows(root, removed);
  if (favor !== 'recall') removeTrailingLinks(root, removed);
  return removed;
}
