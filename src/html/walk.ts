/**
 * Element walks for jsdom. Its querySelectorAll runs a general CSS engine, and its tag-name
 * collections are slower still (every property read on one scans the page for named items), so
 * lookups by tag name, the most common kind in this code and in Readability, walk the tree.
 */

/**
 * Every element below `root` (not root itself), in document order, that `keep` accepts. A
 * TreeWalker steps inside jsdom, where firstElementChild/nextElementSibling/parentElement each
 * cross its wrapper layer: half the time (measured on a 2,600-element page). Not a NodeIterator:
 * jsdom tells every live one about each node removed, and Readability removes many.
 */
export function descendants(root: Element | Document, keep: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (keep(el)) out.push(el);
  return out;
}

/** Whether some element below `root` is one `keep` accepts; stops at the first. */
export function someDescendant(root: Element, keep: (el: Element) => boolean): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (keep(el)) return true;
  return false;
}

/** The elements below `root` with one of these tag names (lower case), in document order. */
export function byTag(root: Element | Document, ...tags: string[]): Element[] {
  if (tags.length === 1) {
    const tag = tags[0];
    return descendants(root, (el) => el.localName === tag);
  }
  const wanted = new Set(tags);
  return descendants(root, (el) => wanted.has(el.localName));
}
