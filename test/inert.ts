import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/**
 * What makes rendered HTML live: an element that runs or embeds something, an event handler
 * attribute, or a URL attribute with a script scheme. Read from a parsed tree, so the same words
 * as escaped text do not count. Returns the first finding, or null when the HTML is inert.
 */
const LIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'style', 'base', 'meta', 'link', 'frame', 'frameset']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'xlink:href', 'background']);

export function liveMarkup(html: string): string | null {
  const stack: DefaultTreeAdapterMap['node'][] = [parseFragment(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      if (LIVE_ELEMENTS.has(node.tagName)) return `<${node.tagName}>`;
      for (const a of node.attrs) {
        if (/^on/i.test(a.name)) return `${a.name}=`;
        // Browsers drop tabs and newlines inside URLs and ignore leading spaces and case.
        if (URL_ATTRS.has(a.name) && /^(?:javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]+/g, ''))) return `${a.name}="${a.value}"`;
      }
    }
    if ('childNodes' in node) stack.push(...(node.childNodes as DefaultTreeAdapterMap['node'][]));
  }
  return null;
}
