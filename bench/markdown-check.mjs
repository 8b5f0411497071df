// The check that extract's markdown carries no live HTML, with a real renderer (markdown-it:
// CommonMark + GFM tables and strikethrough, raw HTML let through as a careless consumer would),
// then an allowlist over the rendered tree: only the elements and attributes plain markdown can
// make. Shared by the tests (every fixture, hostile pages, fuzz) and `npm run bench` (every corpus
// page). Also the round trip: the words of the rendered markdown are the words of `--format text`.

import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';

const md = new MarkdownIt({ html: true, linkify: false });

const ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 's', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br']);
/** Attributes markdown itself makes, each with the values it can make. */
const ATTRIBUTES = {
  href: (v, el) => el === 'a' && safeUrl(v),
  src: (v, el) => el === 'img' && safeUrl(v),
  alt: (_v, el) => el === 'img',
  title: (_v, el) => el === 'a' || el === 'img',
  start: (v, el) => el === 'ol' && /^\d+$/.test(v),
  class: (v, el) => el === 'code' && /^language-[^\s"'<>]+$/.test(v),
  style: (v, el) => (el === 'th' || el === 'td') && /^text-align:(?:left|right|center)$/.test(v),
};

/** http(s), mailto or relative, as a browser reads it (it drops tabs and newlines, and ignores case). */
function safeUrl(value) {
  const v = value.replace(/[\u0000-\u0020]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

export function renderMarkdown(markdown) {
  return md.render(markdown);
}

/** What in the rendered HTML is outside the allowlist: [] when the markdown is inert. */
export function violations(markdown) {
  const found = [];
  const stack = [parseFragment(renderMarkdown(markdown))];
  while (stack.length) {
    const node = stack.pop();
    if (node.tagName !== undefined) {
      if (!ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        const ok = Object.hasOwn(ATTRIBUTES, name) && ATTRIBUTES[name](value, node.tagName);
        if (!ok) found.push(`<${node.tagName} ${name}="${value.slice(0, 60)}">`);
      }
    }
    if (node.childNodes) stack.push(...node.childNodes);
    if (node.content) stack.push(node.content); // <template>
  }
  return found;
}

const INLINE = new Set(['a', 'em', 'strong', 'del', 's', 'code']);

/** The rendered markdown's text: its textContent, blocks apart (list numbers are no text there). */
export function renderedText(markdown) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeName === '#text') parts.push(node.value);
    for (const c of node.childNodes ?? []) walk(c);
    if (node.tagName !== undefined && !INLINE.has(node.tagName)) parts.push(' ');
  };
  walk(parseFragment(renderMarkdown(markdown)));
  return parts.join('');
}

// Format characters (a word joiner between two code spans) join, as a reader sees them.
const words = (text) => text.toLowerCase().replace(/\p{Cf}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words F1 between two texts (1 when both are empty). */
export function wordF1(a, b) {
  const count = new Map();
  const wa = words(a);
  const wb = words(b);
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      common++;
      count.set(w, n - 1);
    }
  }
  if (wa.length + wb.length === 0) return 1;
  return (2 * common) / (wa.length + wb.length);
}

/**
 * The round trip: the words of the rendered markdown body (title line and images aside) against
 * the text output. Escaping that ate or invented words shows as F1 below 1.
 */
export function roundTripF1(markdownBody, text) {
  return wordF1(renderedText(markdownBody), text);
}
