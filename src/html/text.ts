import { collapseSpace } from '../clean-text.js';

/** Article DOM -> plain text: the same blocks as the markdown (turndown's block elements), with no markdown syntax. */

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'center', 'dir', 'fieldset', 'form', 'hgroup', 'menu', 'nav', 'output', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'figure', 'figcaption', 'header', 'footer', 'aside', 'address', 'hr', 'caption']);
const LINE = new Set(['li', 'tr', 'dt', 'dd']);
/**
 * Elements whose text is no article text, in the markdown and the text alike (the round trip holds).
 * Not <form> (some sites wrap the whole page in one), nor <button> and <dialog>: FAQ questions
 * and panels are written in them.
 */
export const UNRENDERED = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'svg', 'object', 'embed', 'canvas', 'input', 'select', 'textarea']);

/** What the text walk reads of a tree: jsdom's, or parse5's (a page too large for jsdom, prefilter.ts). */
export interface TreeView<N> {
  /** A text node's text, or null for any other node. */
  text(n: N): string | null;
  /** An element's tag name in lower case, or null for any other node. */
  tag(n: N): string | null;
  children(n: N): Iterable<N>;
}

function* domChildren(n: Node): Iterable<Node> {
  // Siblings, not Array.from(childNodes): jsdom builds a NodeList for every element otherwise.
  for (let c = n.firstChild; c; c = c.nextSibling) yield c;
}

const DOM_VIEW: TreeView<Node> = {
  text: (n) => (n.nodeType === 3 ? (n as Text).data : null),
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : null),
  children: domChildren,
};

export function toText(root: Element): string {
  return treeText<Node>(root, DOM_VIEW);
}

export function treeText<N>(root: N, view: TreeView<N>): string {
  const parts: string[] = [];
  let line = '';
  const flush = (sep: string): void => {
    const t = collapseSpace(line);
    if (t) parts.push(t, sep);
    else if (sep === '\n\n' && parts.length && parts[parts.length - 1] === '\n') parts[parts.length - 1] = '\n\n';
    line = '';
  };
  const allText = (node: N): string => view.text(node) ?? Array.from(view.children(node), allText).join('');
  const walk = (node: N): void => {
    const data = view.text(node);
    if (data !== null) { line += data; return; }
    const tag = view.tag(node);
    if (!tag || UNRENDERED.has(tag)) return;
    if (tag === 'pre') {
      flush('\n\n');
      parts.push(allText(node).replace(/\n+$/, ''), '\n\n');
      return;
    }
    if (tag === 'br') { flush('\n'); return; }
    // An image between two words parts them, as it does on the page and in the markdown.
    if (tag === 'img') { line += ' '; return; }
    if (tag === 'td' || tag === 'th') { line += ' '; }
    const block = BLOCK.has(tag);
    if (block) flush(LINE.has(tag) ? '\n' : '\n\n');
    for (const c of view.children(node)) walk(c);
    if (block) flush(LINE.has(tag) ? '\n' : '\n\n');
  };
  walk(root);
  flush('\n\n');
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}
