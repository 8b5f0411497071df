import { collapseSpace } from '../clean-text.js';
import type { Block, BlockType } from '../types.js';
import { byTag, descendants } from './walk.js';

/** DOM -> the block list the rule engine reads, each block pointing back at its element. */

export interface DomBlock extends Block {
  el: Element;
}

const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'FORM', 'ARTICLE', 'NAV', 'MAIN', 'FIGURE', 'ADDRESS', 'CAPTION']);
/** Containers only count as blocks when they hold text directly, not other blocks. */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'FORM', 'ARTICLE', 'NAV', 'MAIN', 'FIGURE', 'TD', 'TH', 'BLOCKQUOTE', 'LI', 'DD']);

/** Every element with a block-tag descendant, found in one pass (each ancestor chain is walked once). */
function withBlockDescendants(all: readonly Element[], root: Element): Set<Element> {
  const marked = new Set<Element>();
  for (const el of all) {
    if (!BLOCK_TAGS.has(el.tagName)) continue;
    for (let p = el.parentElement; p && p !== root.parentElement && !marked.has(p); p = p.parentElement) marked.add(p);
  }
  return marked;
}

/** A class naming a tab ("tab-nav", "pdp-tab-button", "reviews_tab"); "table" and "tabular" are other words. */
const TAB_CLASS = /(?:^|[\s_-])tabs?(?:$|[\s_-])/i;

/**
 * A tab's label or a button: an entry of a control, as a menu's is, so never the heading of what
 * follows it (the next tab's label, or the panels of all the tabs).
 */
function isControl(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.getAttribute('role') === 'tab' || el.parentElement?.getAttribute('role') === 'tab' || TAB_CLASS.test(el.getAttribute('class') ?? '');
}

function typeOf(el: Element): { type: BlockType; level?: number } {
  const h = /^H([1-6])$/.exec(el.tagName);
  if (h) return { type: 'heading', level: Number(h[1]) };
  if (el.tagName === 'LI' || el.tagName === 'DD' || el.tagName === 'DT' || isControl(el)) return { type: 'list-item' };
  if (el.tagName === 'PRE') return { type: 'code' };
  if (el.tagName === 'BLOCKQUOTE') return { type: 'quote' };
  return { type: 'paragraph' };
}

export function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of byTag(el, 'a')) linked += collapseSpace(a.textContent ?? '').length;
  return Math.min(1, linked / textLength);
}

/**
 * Blocks in document order: elements of block tags that hold no other block, and inline elements
 * that sit directly in a block container beside other blocks.
 */
export function domBlocks(root: Element): DomBlock[] {
  const all = descendants(root);
  const parents = withBlockDescendants(all, root);
  const out: DomBlock[] = [];
  for (const el of all) {
    if (!BLOCK_TAGS.has(el.tagName)) {
      // Inline content beside blocks (a credit <span> next to a <figcaption>) is no block's text; it is a block of its own.
      const parent = el.parentElement;
      if (!parent || !BLOCK_TAGS.has(parent.tagName) || !parents.has(parent) || parents.has(el)) continue;
    } else if ((CONTAINER_TAGS.has(el.tagName) || el.tagName === 'P') && parents.has(el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (!text) continue;
    out.push({ el, text, ...typeOf(el), linkDensity: linkDensity(el, text.length) });
  }
  return out;
}
