import { attr, childrenOf, type Element, isElement, type Node } from './tree.js';

/** What a page marks hidden (the hidden attribute, aria-hidden, or an inline display:none made one by parse.ts) and which of it is shown all the same. */

export const hiddenMark = (el: Element): boolean => attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true';

/**
 * The page's one wrapper hidden until its scripts run (an anti-flicker gate: visibility:hidden
 * on the app root until hydration): hiding it hides the whole page, so it is the page. Each
 * element from it up to <body> is its parent's only element child that can be seen (not in `unseen`).
 */
export function wrapsPage(el: Element, unseen: ReadonlySet<string>): boolean {
  for (let n: Element = el; n.tagName !== 'body'; ) {
    const parent = n.parentNode;
    if (!parent || !isElement(parent as Node)) return false;
    if (childrenOf(parent).some((c) => c !== n && isElement(c) && !unseen.has(c.tagName))) return false;
    n = parent as Element;
  }
  return true;
}

/**
 * Hidden until a script or a click shows it, and then the page's content: a tab panel, an
 * accordion's body, a framework's streamed chunk (React's <div hidden id="S:0">). Other hidden
 * elements (menus, dialogs, templates) stay junk.
 */
const SHOWN_LATER_TOKEN = /^(?:[\w-]*[-_])?(?:tab-?panel|tab-?pane|tab-?content|accordion(?:-body|-content|-panel|-collapse)?|collapse|collapsible(?:-content)?|panel-body|details-content)(?:[-_][\w-]*)?$/i;

export function shownLater(el: Element): boolean {
  if (attr(el, 'role') === 'tabpanel' || /^S:\d+$/.test(attr(el, 'id') ?? '')) return true;
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && SHOWN_LATER_TOKEN.test(t));
}
