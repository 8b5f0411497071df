import { collapseSpace } from '../clean-text.js';
import { COUNTER, PRICE } from '../page-type/features.js';
import { param } from '../params.js';
import { preview } from '../rules/engine.js';
import type { Removal } from '../types.js';
import { domBlocks, linkDensity } from './dom-blocks.js';
import { byTag, descendants } from './walk.js';

/**
 * The page's main region, for pages whose content is many parts (a thread's posts, a grid's
 * items, a service page's sections): the element the page marks as its main content when it
 * holds enough of the text, else the whole body (the pre-clean has taken the navigation,
 * header and footer out of it already).
 */

const textLength = (el: Element): number => collapseSpace(el.textContent ?? '').length;

export function mainRegion(body: Element): Element {
  const total = textLength(body);
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of byTag(body, 'main', 'div', 'section')) {
    if (el.localName !== 'main' && el.getAttribute('role') !== 'main') continue;
    const length = textLength(el);
    if (length > bestLength) { best = el; bestLength = length; }
  }
  return best && bestLength >= param('regionMainMinShare') * total ? best : body;
}

/** A <footer> inside one of these is its footer (a post's, a quote's attribution); outside all, the page's (HTML's sectioning rule). */
const SECTIONING = 'article, section, aside, nav, blockquote, figure, details, td';
const DIALOG = '[aria-modal="true"], [role="dialog"], [role="alertdialog"]';

const insideTable = (el: Element): boolean => el.closest('table') !== null;

/** A list of short links and nothing else is a menu (sizes in params.ts). */
function isMenu(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => c.localName === 'li');
  if (items.length < param('regionMenuMinItems')) return false;
  return items.every((li) => {
    const text = collapseSpace(li.textContent ?? '');
    return text.split(' ').length <= param('regionMenuMaxItemWords') && linkDensity(li, text.length) >= param('regionMenuMinLinkDensity');
  });
}


/**
 * The text of the region before `el` (what a range's toString gives), read in one walk: jsdom's
 * Range tests every node's place against both ends.
 */
function textBefore(region: Element, el: Element): string {
  const parts: string[] = [];
  const walker = region.ownerDocument.createTreeWalker(region, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n && n !== el; n = walker.nextNode()) if (n.nodeType === 3) parts.push((n as Text).data);
  return parts.join('');
}

/** Removes every text before the region's first <h1>, when that is a minor part of the region. */
function dropBeforeHeadline(region: Element, removed: Removal[]): void {
  const h1 = byTag(region, 'h1')[0];
  if (!h1) return;
  const text = textBefore(region, h1);
  const before = collapseSpace(text).length;
  if (before === 0 || before > param('regionBeforeHeadlineMax') * textLength(region)) return;
  removed.push({ rule: 'classifier/before-headline', kind: 'classifier', preview: preview(text) });
  const range = region.ownerDocument.createRange();
  range.setStart(region, 0);
  range.setEndBefore(h1);
  range.deleteContents();
}

/** Removes an element, noting it in removed under the classifier's rule id. */
const dropper = (removed: Removal[]) => (el: Element, rule: string): void => {
  removed.push({ rule, kind: 'classifier', preview: preview(el.textContent ?? '') });
  el.remove();
};

/**
 * What is drawn over the page or below it, taken out before the region is chosen (a theme's terms
 * of service in a modal can outweigh the <main> it should have chosen): overlays (terms, cart
 * drawers, sign-up and cookie boxes) and the page's footer, wherever the theme nests it. A post's,
 * section's or quote's own <footer> stays.
 */
export function dropOverlays(body: Element): Removal[] {
  const removed: Removal[] = [];
  const drop = dropper(removed);
  for (const el of Array.from(body.querySelectorAll(DIALOG))) if (el.isConnected) drop(el, 'classifier/dialog');
  for (const el of byTag(body, 'footer')) if (el.isConnected && !el.parentElement?.closest(SECTIONING)) drop(el, 'classifier/page-footer');
  return removed;
}

/** One price in a short text with a link: a product card. PRICE is global, so it is matched, not tested. */
function isPricedCard(el: Element): boolean {
  const text = collapseSpace(el.textContent ?? '');
  return text.split(' ').length <= param('regionCardMaxWords') && (text.match(PRICE)?.length ?? 0) >= 1 && (el.localName === 'a' || el.querySelector('a[href]') !== null);
}

/**
 * A group of alike siblings that are all product cards: other products (variations, "you may
 * also like"). A carousel shows a handful to a dozen or two; more in one group is a page of a
 * grid, which the type stage took for a product.
 */
function isCardGroup(el: Element): boolean {
  const cards = Array.from(el.children);
  return cards.length >= param('regionCardsMin') && cards.length <= param('regionCardsMax') && cards.every(isPricedCard);
}

/**
 * What a region holds besides its content: sidebars (<aside>) and menus (lists of short links),
 * and for `pricedCards: 'drop'` (a product page) groups of other products' cards. Readability
 * never has to drop them; a region does.
 */
export function pruneRegion(region: Element, pricedCards: 'keep' | 'drop' = 'keep'): Removal[] {
  const removed: Removal[] = [];
  const drop = dropper(removed);
  dropBeforeHeadline(region, removed);
  if (pricedCards === 'drop') for (const el of byTag(region, 'ul', 'ol', 'div', 'section')) if (el.isConnected && isCardGroup(el)) drop(el, 'classifier/other-products');
  for (const el of byTag(region, 'aside')) if (el.isConnected) drop(el, 'classifier/sidebar');
  for (const el of byTag(region, 'ul', 'ol')) if (el.isConnected && isMenu(el)) drop(el, 'classifier/menu');
  // A bare number (views, votes, likes, a reply count) outside a table is a counter, not content.
  for (const b of domBlocks(region)) if (COUNTER.test(b.text) && !insideTable(b.el)) drop(b.el, 'classifier/counter');
  // A post or card printed twice (a preview of the parent post, a mobile copy of the grid) is read once.
  removed.push(...dropCopies(region, param('regionRepeatMinWords'), false).removed);
  return removed;
}

/**
 * A block of minWords or more whose text the region already shows is written once: in every
 * region a long copy (pruneRegion); once the region is cleaned, on a page of parts a short one
 * too (regionCopyMinWords: a copy the page renders for another screen size, a carousel's clone,
 * the same badge on every card), as the text path writes a dump's repeated blocks once.
 * `foldCase`: a short label's copy may be set in capitals for another layout; a long block in
 * other letters is a sentence the author wrote again, and stays.
 */
export function dropCopies(region: Element, minWords = param('regionCopyMinWords'), foldCase = true): { removed: Removal[]; words: number } {
  const removed: Removal[] = [];
  const drop = dropper(removed);
  const seen = new Set<string>();
  let words = 0;
  for (const b of domBlocks(region)) {
    const key = foldCase ? b.text.toLowerCase() : b.text;
    const n = key.split(' ').length;
    if (n < minWords) continue;
    if (!seen.has(key)) seen.add(key);
    else if (b.el.isConnected) {
      words += n;
      drop(b.el, 'classifier/repeated');
    }
  }
  return { removed, words };
}

/**
 * An element whose whole text, articleCopyMinWords or more, an earlier element already shows is
 * written once: a page built for several screen sizes may print its article once for each (shown
 * and hidden by its style sheet, which jsdom does not apply). Whole parts only: an article's own
 * text repeats in lines (a meal plan's portions, a table's rows), not in long runs.
 */
export function dropCopiedParts(root: Element): Removal[] {
  const removed: Removal[] = [];
  const drop = dropper(removed);
  const seen = new Map<string, Element>();
  const minWords = param('articleCopyMinWords');
  for (const el of descendants(root)) {
    // Not isConnected: Readability's article is a tree of its own, outside the document.
    if (!root.contains(el)) continue;
    const raw = el.textContent ?? '';
    // n words take at least 2n - 1 characters, and collapsing spaces only shortens: most elements stop here.
    if (raw.length < 2 * minWords - 1) continue;
    const text = collapseSpace(raw);
    if (text.split(' ').length < minWords) continue;
    const first = seen.get(text);
    // A wrapper and its only child show the same text: that is one part, not two.
    if (first && !first.contains(el)) drop(el, 'classifier/repeated');
    else seen.set(text, el);
  }
  return removed;
}
