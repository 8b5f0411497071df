/**
 * The selector shapes the built-in rows use (`nav`, `[role="menu"]`, `body > footer`, lists of
 * them), as tests any tree can run: parse5's in the prefilter, jsdom's in the clean-up. jsdom's
 * querySelectorAll gathers by tag through a live collection of the whole subtree, once a row, so
 * one walk that tests every row is the cheaper way there too. Null for any other selector, which
 * stays with jsdom's engine.
 */

/** What a test reads of an element: its tag (lower case), an attribute, its parent's tag. */
export interface SelectorView {
  tag: string;
  attr: (name: string) => string | null;
  parentTag: string | null;
}

export type SelectorTest = (el: SelectorView) => boolean;

const PART = /^\s*(?:(body)\s*>\s*)?([a-z][a-z0-9-]*)?(?:\[([a-z-]+)="([^"]*)"\])?\s*$/i;

export function simpleSelector(selector: string): SelectorTest | null {
  const tests: SelectorTest[] = [];
  for (const part of selector.split(',')) {
    const m = PART.exec(part);
    if (!m || (!m[2] && !m[3])) return null;
    const [, inBody, tag, name, value] = m;
    const wantTag = tag?.toLowerCase();
    const wantName = name?.toLowerCase();
    tests.push((el) => (!wantTag || el.tag === wantTag) && (!wantName || el.attr(wantName) === value) && (!inBody || el.parentTag === 'body'));
  }
  return (el) => tests.some((t) => t(el));
}

/** A jsdom element as a test reads it. */
export function domView(el: Element): SelectorView {
  return { tag: el.localName, attr: (name) => el.getAttribute(name), parentTag: el.parentElement?.localName ?? null };
}
