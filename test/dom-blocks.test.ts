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

test("a tab's label and a button are entries of a control, like a menu's, whatever their tag", () => {
  expect(blocksOf('<div class="tab-navs"><div class="tab-nav">Overview</div><div class="tab-nav">Reviews (2)</div></div><p>Panel text.</p>')).toEqual([
    ['DIV', 'list-item', 'Overview'],
    ['DIV', 'list-item', 'Reviews (2)'],
    ['P', 'paragraph', 'Panel text.'],
  ]);
  expect(blocksOf('<div><span role="tab">Specs</span><p>Text.</p></div>')[0]).toEqual(['SPAN', 'list-item', 'Specs']);
  expect(blocksOf('<div><button>Reviews</button><p>Text.</p></div>')[0]).toEqual(['BUTTON', 'list-item', 'Reviews']);
  // "table" is another word; a heading stays a heading inside a tab panel.
  expect(blocksOf('<div class="table-note">A note.</div><div class="tab-pane"><h2>Reviews</h2><p>x</p></div>').map((b) => b[1])).toEqual(['paragraph', 'heading', 'paragraph']);
});
