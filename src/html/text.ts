import { collapseSpace } from '../clean-text.js';

/** Article DOM -> plain text: the same blocks as the markdown (turndown's block elements), with no markdown syntax. */

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'CENTER', 'DIR', 'FIELDSET', 'FORM', 'HGROUP', 'MENU', 'NAV', 'OUTPUT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'LI', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'CAPTION']);
const LINE = new Set(['LI', 'TR', 'DT', 'DD']);
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
    const tag = view.tag(node)?.toUpperCase();
    if (!tag) return;
    if (UNRENDERED.has(tag.toLowerCase())) return;
    if (tag === 'PRE') {
      flush('\n\n');
      parts.push(allText(node).replace(/\n+$/, ''), '\n\n');
      return;
    }
    if (tag === 'BR') { flush('\n'); return; }
    // An image between two words parts them, as it does on the page and in the markdown.
    if (tag === 'IMG') { line += ' '; return; }
    if (tag === 'TD' || tag === 'TH') { line += ' '; }
    const block = BLOCK.has(tag);
    if (block) flush(LINE.has(tag) ? '\n' : '\n\n');
    for (const c of view.children(node)) walk(c);
    if (block) flush(LINE.has(tag) ? '\n' : '\n\n');
  };
  walk(root);
  flush('\n\n');
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}
