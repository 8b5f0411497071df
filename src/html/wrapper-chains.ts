import { param } from '../params.js';
import { type Element, isElement, type Node } from './tree.js';


/**
 * Long chains of bare wrappers (a div with no attribute whose one child is another such div,
 * again and again) collapsed to one, on parse5's tree. Readability reads the whole text below each
 * div it cleans, once per wrapper around the article, and jsdom's parser walks every ancestor of a
 * text for each character token: a generated page of hundreds of nested bare divs cost seconds a
 * megabyte. Markup that real pages nest (with classes, ids, roles) is never touched, nor are
 * chains up to params htmlMaxBareChain.
 */
const BARE_WRAPPERS = new Set(['div', 'span', 'section', 'center']);

const bare = (n: Node | undefined): n is Element => n !== undefined && isElement(n) && BARE_WRAPPERS.has(n.tagName) && n.attrs.length === 0;
const onlyChild = (el: Element): Node | undefined => (el.childNodes.length === 1 ? el.childNodes[0] : undefined);

/** Returns how many wrappers it took out. Iterative: such pages nest deep. */
export function collapseBareChains(root: Element): number {
  const maxChain = param('htmlMaxBareChain');
  let removed = 0;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (bare(el)) {
      let length = 1;
      for (let c = onlyChild(el); bare(c) && length <= maxChain; c = onlyChild(c)) length++;
      if (length > maxChain) {
        let inner: Element = el;
        for (let c = onlyChild(inner); bare(c); c = onlyChild(inner)) inner = c, removed++;
        el.childNodes = inner.childNodes;
        for (const c of el.childNodes) c.parentNode = el;
      }
    }
    for (const c of el.childNodes) if (isElement(c)) stack.push(c);
  }
  return removed;
}
