import type { DefaultTreeAdapterMap } from 'parse5';
import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { preview } from '../rules/engine.js';
import { elementHit, mayRemoveShare } from '../rules/match.js';
import type { Removal, Rule } from '../types.js';
import { loadParse5 } from './deps.js';
import { simpleSelector } from './simple-selector.js';
import { placeStreamedChunks } from './streamed.js';
import { treeText, type TreeView } from './text.js';
import { collapseBareChains } from './wrapper-chains.js';
import { NEVER_TEXT } from './junk.js';
import { hiddenContent, hiddenMark, shownLater, wrapsPage } from './hidden.js';
import { attr, childrenOf, type Element, isElement, type Node, type ParentNode } from './tree.js';

/**
 * The page pruned on parse5's plain tree before jsdom builds its own. jsdom costs ~9 µs a node
 * to build and every later stage (Readability, its clone, the rule passes) walks every node, so
 * what never reaches jsdom is the cheapest work there is (BAD-INPUTS.md: "stripping ... lifts
 * jsdom"). Removed here: markup that never carries article text, comments, whitespace between
 * blocks, attributes nothing downstream reads, and the elements the table's attr rows hit (with
 * the same guards the jsdom pass had: never a protected element or one holding it, never an
 * element with more than 40% of the page's text).
 */


/** Never article text; a <link> is no text either (the canonical one is metadata: isJunk). */
const JUNK = new Set([...NEVER_TEXT, 'link']);
/** Whitespace between two of these (or at a parent's edge) renders as nothing. */
const BLOCK = new Set(['html', 'head', 'body', 'div', 'p', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'blockquote', 'dl', 'dt', 'dd', 'meta', 'title', 'hr', 'noscript', 'address', 'details', 'summary', 'fieldset', 'caption', 'colgroup', 'col']);
/** What readability, the rules, the metadata reader and turndown look at. */
const KEEP_ATTRS = new Set(['href', 'src', 'data-src', 'alt', 'id', 'class', 'lang', 'hidden', 'aria-hidden', 'role', 'itemprop', 'itemtype', 'itemscope', 'content', 'name', 'property', 'rel', 'type', 'charset', 'http-equiv', 'colspan', 'rowspan', 'start', 'datetime', 'title', 'dir']);
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);

/** What stands beside an element without being any of the page: its scripts, styles and fallbacks. */
const UNSEEN = new Set([...JUNK, 'noscript', 'meta']);

function isJunk(el: Element): boolean {
  if (el.tagName === 'script') return !/ld\+json/i.test(attr(el, 'type') ?? '');
  // The canonical link is metadata (url, and the page type's URL shape); other links are not.
  if (el.tagName === 'link') return !/(?:^|\s)canonical(?:\s|$)/i.test(attr(el, 'rel') ?? '');
  return JUNK.has(el.tagName);
}

/** Hidden, yet the page's content: see hidden.ts. */
const shown = (el: Element, held: ReadonlySet<Element>): boolean => shownLater(el) || held.has(el) || wrapsPage(el, UNSEEN);

function isProtected(el: Element): boolean {
  return PROTECTED_TAGS.has(el.tagName) || attr(el, 'itemprop') === 'articleBody' || attr(el, 'role') === 'main';
}

/** Pass 1: junk, comments, blank text between blocks and unread attributes go. Iterative: pages nest deep. */
function prune(doc: ParentNode): void {
  const held = hiddenContent(doc, UNSEEN);
  const stack: ParentNode[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = childrenOf(node);
    const kept: Node[] = [];
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.nodeName === '#comment') continue;
      if (c.nodeName === '#text') {
        const value = (c as DefaultTreeAdapterMap['textNode']).value;
        const prev = kept[kept.length - 1];
        const next = kids[i + 1];
        const atBlockEdge = (n: Node | undefined): boolean => !n || (isElement(n) && BLOCK.has(n.tagName)) || n.nodeName === '#comment';
        if (!/\S/.test(value) && atBlockEdge(prev) && atBlockEdge(next) && !(isElement(node as Node) && (node as Element).tagName === 'pre')) continue;
        kept.push(c);
        continue;
      }
      if (isElement(c)) {
        if (isJunk(c)) continue;
        const hidden = hiddenMark(c);
        if (hidden && !shown(c, held)) continue;
        // A page gate kept (wrapsPage), a collapsed accordion or an inactive tab (shownLater) or
        // hidden content (hiddenContent) is shown: nothing after this pass may read it as hidden
        // (Readability skips hidden nodes).
        c.attrs = c.attrs.filter((a) => KEEP_ATTRS.has(a.name) && !(hidden && (a.name === 'hidden' || a.name === 'aria-hidden')));
        stack.push(c);
      }
      kept.push(c);
    }
    (node as { childNodes: Node[] }).childNodes = kept;
  }
}

/** Elements that are content even without text (or that tables need to keep their shape). */
const SELF_CONTENT = new Set(['img', 'picture', 'video', 'audio', 'source', 'br', 'hr', 'td', 'th', 'tr', 'col', 'colgroup', 'wbr', 'math', 'meta', 'title', 'head']);

/**
 * Pass 1b: elements that hold no text node at all and nothing in SELF_CONTENT (icon fonts, spacer
 * divs, empty links and wrappers: a seventh of what was left) go. A whitespace-only text node
 * counts as text, so "a<span> </span>b" keeps its space.
 */
function dropEmpty(root: Element): void {
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (const c of childrenOf(el)) if (isElement(c)) stack.push(c);
  }
  const hasContent = new Set<Node>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const kept = childrenOf(el).filter((c) => !isElement(c) || hasContent.has(c));
    (el as { childNodes: Node[] }).childNodes = kept;
    if (SELF_CONTENT.has(el.tagName) || kept.some((c) => c.nodeName === '#text' || isElement(c))) hasContent.add(el);
  }
}

/** Text for a --explain preview; blocks apart by a space, as the blank text between them is gone. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    else if (isElement(n) && BLOCK.has(n.tagName)) parts.push(' ');
    if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as Node);
  }
  return parts.join('');
}

/** Per element: text length (whitespace-collapsed per text node) and whether it holds a protected element. */
function measure(root: Node): { length: Map<Node, number>; holdsProtected: Set<Node> } {
  const length = new Map<Node, number>();
  const holdsProtected = new Set<Node>();
  const order: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) stack.push(c as Node);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    if (n.nodeName === '#text') {
      length.set(n, collapseSpace((n as DefaultTreeAdapterMap['textNode']).value).length);
      continue;
    }
    let sum = 0;
    let holds = false;
    if ('childNodes' in n) {
      for (const c of n.childNodes as Node[]) {
        sum += length.get(c) ?? 0;
        holds ||= holdsProtected.has(c) || (isElement(c) && isProtected(c));
      }
    }
    length.set(n, sum);
    if (holds) holdsProtected.add(n);
  }
  return { length, holdsProtected };
}

/** Pass 2: elements hit by attr rows and simple selector rows, in document order, each with the first row (table order) that hits. */
function removeByRows(body: Element, rows: readonly Rule[], removed: Removal[]): void {
  if (rows.length === 0) return;
  const tests = rows.map((r) => (r.match.selector ? simpleSelector(r.match.selector)! : null));
  const { length, holdsProtected } = measure(body);
  const total = Math.max(1, length.get(body) ?? 0);
  const maxShare = param('ruleMaxRemovedShare');
  const stack: Element[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    const kept: Node[] = [];
    for (const c of childrenOf(node)) {
      if (isElement(c) && !isProtected(c)) {
        const view = { id: attr(c, 'id') ?? '', getAttribute: (name: string) => attr(c, name), matches: () => false };
        const selectorView = { tag: c.tagName, attr: view.getAttribute, parentTag: isElement(node as Node) ? (node as Element).tagName : null };
        const rule = rows.find((r, i) => (tests[i] ? tests[i]!(selectorView) : elementHit(r, view)));
        if (rule && mayRemoveShare(rule, () => (length.get(c) ?? 0) / total, maxShare) && !holdsProtected.has(c)) {
          removed.push({ rule: rule.id, kind: rule.kind, preview: preview(textOf(c)) || `<${c.tagName}>` });
          continue;
        }
      }
      kept.push(c);
    }
    (node as { childNodes: Node[] }).childNodes = kept;
    for (let i = kept.length - 1; i >= 0; i--) if (isElement(kept[i]!)) stack.push(kept[i] as Element);
  }
}

/** The element at the end of a path of tag names, each a child of the one before. */
function childAt(node: ParentNode, ...tags: string[]): Element | null {
  let at: ParentNode | undefined = node;
  for (const tag of tags) at = at && childrenOf(at).find((n): n is Element => isElement(n) && n.tagName === tag);
  return (at as Element | undefined) ?? null;
}

/** Thrown when a page grows far beyond its size when parsed (BAD-INPUTS.md #9). */
export class AmplificationError extends Error {}

/** A parsed page may serialize to at most this many times its source size (plus a floor for tiny pages). */
const MAX_EXPANSION = 8;
const EXPANSION_FLOOR = 4 * 1024 * 1024;

/**
 * The size the tree would serialize to. The parser re-creates open formatting elements in every
 * paragraph, sharing their attribute strings, so 100 KB can stand for gigabytes of HTML; counting
 * first turns that into an error instead of "Invalid string length" (or an out-of-memory abort).
 */
function serializedSize(root: Node, limit: number): number {
  let size = 0;
  const stack: Node[] = [root];
  while (stack.length && size <= limit) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') size += (n as DefaultTreeAdapterMap['textNode']).value.length;
    else if (isElement(n)) for (const a of n.attrs) size += a.name.length + a.value.length + 4;
    if ('childNodes' in n) for (const c of n.childNodes as Node[]) stack.push(c);
    if (isElement(n)) size += 2 * n.tagName.length + 5;
  }
  return size;
}

/**
 * <noscript> with text is opened: we never run scripts, so what a page shows without them is its
 * content. The page is parsed as a browser that runs scripts parses it (a <noscript> is raw
 * text), and each <noscript>'s text then as markup on its own: read as markup in place, a
 * tracking pixel's self-closed `<iframe />` inside it would swallow the rest of the page as the
 * iframe's text.
 */
function unwrapNoscript(root: ParentNode, parse5: ReturnType<typeof loadParse5>): void {
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const out: Node[] = [];
    for (const c of childrenOf(node)) {
      if (isElement(c) && c.tagName === 'noscript' && c.childNodes.length === 1 && c.childNodes[0]!.nodeName === '#text') {
        // No context element: parse5 reads a fragment in a <noscript> context as raw text again.
        const markup = parse5.parseFragment((c.childNodes[0] as DefaultTreeAdapterMap['textNode']).value, { scriptingEnabled: false });
        for (const k of markup.childNodes) k.parentNode = c;
        c.childNodes = markup.childNodes;
      }
      // Image-only <noscript> (lazy-loading fallbacks) stays for Readability, which swaps it for its placeholder.
      // It becomes a <div>, not its bare children: a block of its own, which the rules can judge
      // (an "enable JavaScript" notice) and remove whole.
      if (isElement(c) && c.tagName === 'noscript' && /\S/.test(textOf(c))) {
        (c as { tagName: string; nodeName: string }).tagName = 'div';
        (c as { tagName: string; nodeName: string }).nodeName = 'div';
        out.push(c);
        stack.push(c);
      } else {
        out.push(c);
        if (isElement(c)) stack.push(c);
      }
    }
    (node as { childNodes: Node[] }).childNodes = out;
  }
}

/** How many elements are below root. */
function countElements(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) n++;
    if ('childNodes' in node) for (const c of node.childNodes as Node[]) stack.push(c);
  }
  return n;
}

const TREE_VIEW: TreeView<Node> = {
  text: (n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : null),
  tag: (n) => (isElement(n) ? n.tagName : null),
  children: (n) => ('childNodes' in n ? (n.childNodes as Node[]) : []),
};

/**
 * The smaller HTML with the same article, and what the rows removed (rows this cannot test are
 * left for jsdom); or, for a page of more elements than jsdom can take at a bounded cost, the
 * page's visible text (its <title> first), for the text-dump path.
 */
export type Prefiltered = { tree: DefaultTreeAdapterMap['document']; html: () => string; removed: Removal[] } | { text: string; elements: number; removed: Removal[] };

export function prefilter(html: string, rules: readonly Rule[], maxElements = Infinity): Prefiltered {
  const parse5 = loadParse5();
  const doc = parse5.parse(html, { scriptingEnabled: true });
  unwrapNoscript(doc, parse5);
  placeStreamedChunks(doc);
  const limit = Math.max(EXPANSION_FLOOR, MAX_EXPANSION * html.length);
  const size = serializedSize(doc as Node, limit);
  if (size > limit) throw new AmplificationError(`the page grows to over ${Math.round(limit / 1048576)} MB when parsed (more than ${MAX_EXPANSION} times its size); refused`);
  prune(doc);
  const removed: Removal[] = [];
  const body = childAt(doc, 'html', 'body');
  if (body) dropEmpty(body);
  if (body) collapseBareChains(body);
  if (body) removeByRows(body, rules.filter((r) => r.match.attr || (r.match.selector && simpleSelector(r.match.selector))), removed);
  const elements = body ? countElements(body) : 0;
  if (body && elements > maxElements) {
    const title = childAt(doc, 'html', 'head', 'title');
    return { text: `${title ? `${collapseSpace(textOf(title))}\n\n` : ''}${treeText(body as Node, TREE_VIEW)}`, elements, removed };
  }
  let serialized: string | undefined;
  return { tree: doc, html: () => (serialized ??= parse5.serialize(doc)), removed };
}
