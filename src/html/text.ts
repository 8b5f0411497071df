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

export function toText(root: Element): string {
  const parts: string[] = [];
  let line = '';
  const flush = (sep: string): void => {
    const t = collapseSpace(line);
    if (t) parts.push(t, sep);
    else if (sep === '\n\n' && parts.length && parts[parts.length - 1] === '\n') parts[parts.length - 1] = '\n\n';
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { line += (node as Text).data; return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (UNRENDERED.has(el.localName)) return;
    if (el.tagName === 'PRE') {
      flush('\n\n');
      parts.push((el.textContent ?? '').replace(/\n+$/, ''), '\n\n');
      return;
    }
    if (el.tagName === 'BR') { flush('\n'); return; }
    // An image between two words parts them, as it does on the page and in the markdown.
    if (el.tagName === 'IMG') { line += ' '; return; }
    if (el.tagName === 'TD' || el.tagName === 'TH') { line += ' '; }
    const block = BLOCK.has(el.tagName);
    if (block) flush(LINE.has(el.tagName) ? '\n' : '\n\n');
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) flush(LINE.has(el.tagName) ? '\n' : '\n\n');
  };
  walk(root);
  flush('\n\n');
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}
