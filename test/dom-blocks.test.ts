import { expect, test } from 'vitest';
import { domBlocks } from '../src/html/dom-blocks.js';
import { parseHtml } from '../src/html/parse.js';

const blocksOf = (html: string) => domBlocks(parseHtml(`<body><div id="root">${html}</div></body>`).getElementById('root')!).map((b) => [b.el.tagName, b.type, b.text]);

test('leaf blocks in document order; containers of blocks are not blocks', () => {
  expect(blocksOf('<h2>Title</h2><div><p>One.</p><ul><li>Two</li></ul></div>')).toEqual([
    ['H2', 'heading', 'Title'],
    ['P', 'paragraph', 'One.'],
    ['LI', 'list-item', 'Two'],
  ]);
});

test('inline content beside blocks is a block of its own, so rows can reach it', () => {
  expect(blocksOf('<figure><img src="a.jpg"><span>Image copyright <b>Agency</b></span><figcaption>A caption.</figcaption></figure>')).toEqual([
    ['SPAN', 'paragraph', 'Image copyright Agency'],
    ['FIGCAPTION', 'paragraph', 'A caption.'],
  ]);
});

test('link density is the share of link text', () => {
  const [b] = domBlocks(parseHtml('<body><div id="r"><p><a href="/x">Read more</a> about it</p></div></body>').getElementById('r')!);
  expect(b!.linkDensity).toBeCloseTo(9 / 18);
});
