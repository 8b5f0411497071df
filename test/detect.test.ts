import { expect, test } from 'vitest';
import { detectFormat } from '../src/detect.js';

test.each([
  ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
  ['  <html lang="de"><p>x', 'html'],
  ['<?xml version="1.0"?>\n<!-- c --><html>', 'html'],
  ['<div><p>one</p><p>two</p><p>three</p></div>', 'html'],
  ['Just a dump.\nIt mentions <script> and <b> once.\n', 'text'],
  ['- Home\n- News\nA paragraph of text.', 'text'],
  ['<p>one</p>\n<p>two</p>\nand a line\n<ul><li>three</li></ul>', 'html'],
  // A dump of a page about markup quotes its tags, on a few of many lines.
  [`${'Guides\n- Elements\nA paragraph about the element.\n'.repeat(4)}Use <div> and <p> in a <ul>, then <span>.\n`, 'text'],
  ['Intro line\n<div><p>one</p>\n<p>two</p></div>', 'html'],
  // Markdown that keeps the page's <div>s as raw HTML (pandoc's GitHub markdown): its links are markdown's.
  [`<div class="page">\n\n${Array.from({ length: 6 }, (_v, k) => `<div class="item">\n\n[Story ${k}](https://example.org/story-${k})\n\n</div>`).join('\n\n')}\n\n</div>`, 'text'],
  // A whole document is HTML, whatever its text says.
  [`<!DOCTYPE html><html><body>${Array.from({ length: 6 }, (_v, k) => `<p>[Story ${k}](https://example.org/story-${k})</p>`).join('')}</body></html>`, 'html'],
  [`<div class="page">${Array.from({ length: 6 }, (_v, k) => `<p><a href="/s${k}">Story ${k}</a></p>`).join('\n')}</div>`, 'html'],
])('%j is %s', (input, format) => {
  expect(detectFormat(input)).toBe(format);
});
