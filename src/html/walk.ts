/**
 * Element walks for jsdom. Its querySelectorAll runs a general CSS engine, and its tag-name
 * collections are slower still (every property read on one scans the page for named items), so
 * lookups by tag name, the most common kind in this code and in Readability, walk the tree.
 */

/** Every element below `root` (not root itself), in document order, that `keep` accepts. */
export function descendants(root: Element | Document, keep: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    if (keep(el)) out.push(el);
    let next: Element | null = el.firstElementChild;
    while (!next && el) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement === root || el.parentElement === null ? null : el.parentElement;
    }
    el = next;
  }
  return out;
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
