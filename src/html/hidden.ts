import { attr, childrenOf, type Element, isElement, type Node, type ParentNode } from './tree.js';

/** What a page marks hidden (the hidden attribute, aria-hidden, or an inline display:none made one by parse.ts) and which of it is shown all the same. */

export const hiddenMark = (el: Element): boolean => attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true';

/**
 * The page's one wrapper hidden until its scripts run (an anti-flicker gate: visibility:hidden
 * on the app root until hydration, a lock or age gate over the main landmark): hiding it hides
 * the whole page, or all of its main landmark, so it is the content. Each element from it up to
 * <body> or to the main landmark is its parent's only element child that can be seen (not in
 * `unseen`); a hidden sibling holding less text (the gate's own notice) does not count.
 */
export function wrapsPage(el: Element, unseen: ReadonlySet<string>): boolean {
  for (let n: Element = el; n.tagName !== 'body' && !isMain(n); ) {
    const parent = n.parentNode;
    if (!parent || !isElement(parent as Node)) return false;
    let own: number | undefined;
    for (const c of childrenOf(parent)) {
      if (c === n || !isElement(c) || unseen.has(c.tagName)) continue;
      if (!hiddenMark(c)) return false;
      own ??= textLength(n, Infinity);
      if (textLength(c, own) >= own) return false;
    }
    n = parent as Element;
  }
  return true;
}

const isMain = (el: Element): boolean => el.tagName === 'main' || attr(el, 'role') === 'main';

/** Characters of text under a node, counted up to `cap` (a sibling need only be shown smaller). */
function textLength(root: Node, cap: number): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length && n < cap) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') n += (node as { value: string }).value.trim().length;
    else if ('childNodes' in node) for (const c of childrenOf(node as ParentNode)) stack.push(c);
  }
  return n;
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
