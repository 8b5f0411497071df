import type { DefaultTreeAdapterMap } from 'parse5';
import { type Impl, jsdomInternals as load } from './jsdom-internals.js';
import { isElement, type Node } from './tree.js';

/**
 * parse5's tree, as the prefilter left it, becomes the jsdom document node for node: the page is
 * tokenized once. jsdom's own parser builds the same nodes through these same calls (its parse5
 * tree adapter, jsdom/lib/jsdom/browser/parser/html.js), but grows each text node a token at a
 * time, a word and then a space, each growth a DOM mutation: for an ordinary article that was
 * most of the parse. jsdom has no public way to make a node without a wrapper and checks, so the
 * build uses the internals its adapter uses; when they cannot be loaded (another jsdom layout),
 * `buildDocument` answers null and the caller parses the serialized page instead.
 */

type Parse5Document = DefaultTreeAdapterMap['document'];

/**
 * Fills `empty` (a jsdom document with no children) with `tree`'s nodes and answers its first
 * <base href>, if any; null when jsdom's internals are not where they were.
 */
export function buildDocument(tree: Parse5Document, empty: Document): { base: Element | null } | null {
  const jsdom = load();
  if (!jsdom) return null;
  let base: Impl = null;
  const doc = jsdom.implForWrapper(empty);
  const globalObject = doc._globalObject;
  doc._mode = tree.mode;
  // Depth first, and a node goes into its parent only once its own children are in it: every
  // insertion but the last is into a node not yet in the document, so none walks a chain of
  // ancestors, and the document takes the finished tree in one step. Observers are not told:
  // nothing observes a document that is still being built. An explicit stack, not recursion: the
  // depth is capped (depth.ts) but the tree's shape is the page's.
  interface Frame { children: Node[]; next: number; into: Impl; self: Impl | null }
  const stack: Frame[] = [{ children: tree.childNodes as Node[], next: 0, into: doc, self: null }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.children.length) {
      stack.pop();
      if (top.self) stack[stack.length - 1]!.into._insert(top.self, null, true);
      continue;
    }
    const node = top.children[top.next++]!;
    const owner = top.into._ownerDocument ?? doc;
    if (isElement(node)) {
      const el = jsdom.createElement(owner, node.tagName, node.namespaceURI, null, null, false);
      for (const a of node.attrs) jsdom.setAttributeValue(el, a.name, a.value, a.prefix || null, a.namespace ?? null);
      if ('_parserInserted' in el) el._parserInserted = true;
      if (base === null && node.tagName === 'base' && node.attrs.some((a) => a.name === 'href')) base = el;
      const content = (node as DefaultTreeAdapterMap['template']).content;
      // A template's children live in its content fragment, owned by the template's inert document.
      const template = node.tagName === 'template' && content !== undefined;
      stack.push({ children: (template ? content.childNodes : node.childNodes) as Node[], next: 0, into: template ? el._templateContents : el, self: el });
    } else if (node.nodeName === '#text') {
      top.into._insert(jsdom.Text.createImpl(globalObject, [], { data: (node as DefaultTreeAdapterMap['textNode']).value, ownerDocument: owner }), null, true);
    } else if (node.nodeName === '#comment') {
      top.into._insert(jsdom.Comment.createImpl(globalObject, [], { data: (node as DefaultTreeAdapterMap['commentNode']).data, ownerDocument: owner }), null, true);
    } else if (node.nodeName === '#documentType') {
      const t = node as DefaultTreeAdapterMap['documentType'];
      top.into._insert(jsdom.DocumentType.createImpl(globalObject, [], { name: t.name, publicId: t.publicId, systemId: t.systemId, ownerDocument: owner }), null, true);
    }
  }
  return { base: base === null ? null : (jsdom.wrapperForImpl(base) as Element) };
}

/**
 * jsdom finds a document's base for each URL it resolves (every img.src Readability reads) by a
 * querySelector, which builds its CSS engine for the document on first use; the base is known here.
 * The same two steps jsdom's Document#baseURL() takes, given the element (null: the page has none).
 */
export function seedBaseUrl(doc: Document, base: Element | null): void {
  const jsdom = load();
  if (!jsdom) return;
  const impl = jsdom.implForWrapper(doc);
  if (typeof impl._fallbackBaseURL !== 'function' || typeof impl._frozenBaseURL !== 'function') return;
  impl._baseURLCache = base ? impl._frozenBaseURL(jsdom.implForWrapper(base), impl._fallbackBaseURL()) : impl._fallbackBaseURL();
}
