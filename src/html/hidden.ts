import { param } from '../params.js';
import { attr, childrenOf, type Element, isElement, type Node, type ParentNode } from './tree.js';

/**
 * What a page marks hidden and which of it is shown all the same. Hidden: the hidden attribute,
 * aria-hidden, an inline display:none (parse.ts makes it the attribute), and a template a
 * framework's script has not compiled yet (Vue's v-cloak, Alpine's x-cloak, which the page's own
 * CSS hides: sites mark their closed modals, fly-out menus and notices so; a whole page so marked
 * is kept as its content like any other, wrapsPage, hiddenContent), and a popover (the popover
 * attribute: browsers show it only when a button or a script opens it, as forum software's
 * notification prompts and menus) and a tooltip (role=tooltip: shown on hover or focus). One pass
 * over the attributes: this runs on every element of the page.
 */
const HIDING = new Set(['hidden', 'v-cloak', 'x-cloak', 'popover']);

export const hiddenMark = (el: Element): boolean => el.attrs.some((a) => HIDING.has(a.name) || (a.name === 'aria-hidden' && a.value === 'true') || (a.name === 'role' && a.value === 'tooltip'));

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
      own ??= measure(n, unseen).text;
      if (measure(c, unseen, own).text >= own) return false;
    }
    n = parent as Element;
  }
  return true;
}

const isMain = (el: Element): boolean => el.tagName === 'main' || attr(el, 'role') === 'main';
/** A modal kept for later (a consent form, a sign-up box): never the page's content, however long. */
const isDialog = (el: Element): boolean => attr(el, 'aria-modal') === 'true' || /^(?:alert)?dialog$/.test(attr(el, 'role') ?? '');

/**
 * Characters of text under a node, and of them those inside links, leaving out what is never
 * seen (scripts, styles); counted up to `cap` (a sibling need only be shown smaller).
 */
function measure(root: Node, unseen: ReadonlySet<string>, cap = Infinity): { text: number; links: number } {
  let text = 0;
  let links = 0;
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length && text < cap) {
    const [node, inLink] = stack.pop()!;
    if (node.nodeName === '#text') {
      const n = (node as { value: string }).value.trim().length;
      text += n;
      if (inLink) links += n;
      continue;
    }
    if (!('childNodes' in node) || (isElement(node) && unseen.has(node.tagName))) continue;
    const link = inLink || (isElement(node) && node.tagName === 'a');
    for (const c of childrenOf(node as ParentNode)) stack.push([c, link]);
  }
  return { text, links };
}

/**
 * Hidden until a script or a click shows it, and then the page's content: a tab panel, an
 * accordion's body, a framework's streamed chunk (React's <div hidden id="S:0">). Other hidden
 * elements (menus, dialogs, templates) stay junk.
 */
const SHOWN_LATER_TOKEN = /^(?:[\w-]*[-_])?(?:tab-?panel|tab-?pane|tab-?content|accordion(?:-body|-content|-panel|-collapse)?|collapse|collapsible(?:-content)?|panel-body|details-content)(?:[-_][\w-]*)?$/i;

export function shownLater(el: Element): boolean {
  if (attr(el, 'role') === 'tabpanel' || /^S:\d+$/.test(attr(el, 'id') ?? '')) return true;
  if (namedShownLater(el)) return true;
  // A wrapper a script toggles may carry no name of its own ("item_0_content"): the accordion
  // around it, or the panel it wraps, says what it is.
  const parent = el.parentNode;
  if (parent && isElement(parent as Node) && namedShownLater(parent as Element)) return true;
  const kids = childrenOf(el).filter((c): c is Element => isElement(c));
  return kids.length === 1 && namedShownLater(kids[0]!);
}

function namedShownLater(el: Element): boolean {
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && SHOWN_LATER_TOKEN.test(t));
}

/**
 * Hidden blocks that hold several times the text of everything the page shows (a listing
 * rendered hidden, for its script to move into an empty main column; a whole page under
 * display:none): the page's content, not a menu or a dialog kept for later. Only the outermost
 * hidden element of a branch is weighed; a small one (a lock's notice), a modal or one mostly
 * made of links (a hidden mega menu) is never the content (hiddenContent* in params.ts).
 */
export function hiddenContent(root: ParentNode, unseen: ReadonlySet<string>): Set<Element> {
  const held: Array<{ el: Element; text: number; links: number }> = [];
  let visible = 0;
  // Iterative over the shown part (pages nest deep); a hidden branch is measured whole, once.
  const stack: Node[] = [root as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') {
      visible += (node as { value: string }).value.trim().length;
      continue;
    }
    if (isElement(node) && unseen.has(node.tagName)) continue;
    if (isElement(node) && hiddenMark(node)) {
      if (!isDialog(node)) held.push({ el: node, ...measure(node, unseen) });
      continue;
    }
    if ('childNodes' in node) for (const c of childrenOf(node as ParentNode)) stack.push(c);
  }
  const content = (h: (typeof held)[number]): boolean =>
    h.text >= Math.max(param('hiddenContentMinChars'), param('hiddenContentMinRatio') * visible) && h.links < param('hiddenContentMaxLinkShare') * h.text;
  return new Set(held.filter(content).map((h) => h.el));
}
