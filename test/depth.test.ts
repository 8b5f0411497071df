import { expect, test } from 'vitest';
import { capDepth, MAX_TABLE_NESTING } from '../src/html/depth.js';
import { PARAMS } from '../src/params.js';

const MAX_WRAPPER_DEPTH = PARAMS.htmlMaxWrapperDepth.value;
import { extract } from '../src/extract.js';

const article = '<p>The article sits at the bottom of a very deep page, and it still has a few sentences of real text for the reader to see.</p>'.repeat(4);

test('nesting beyond the cap is flattened, text kept', () => {
  const { html, capped } = capDepth(`${'<div>'.repeat(10)}x${'</div>'.repeat(10)}`, 4);
  expect(capped).toBe(true);
  expect(html).toBe('<div><div><div><div>x</div></div></div></div>');
});

test('wrappers stop well short of the cap, so the paragraphs below 2,000 nested divs keep their tags', () => {
  const { html } = capDepth(`${'<div>'.repeat(2000)}<p>one</p><p>two</p>${'</div>'.repeat(2000)}`);
  expect(html.match(/<div>/g)).toHaveLength(MAX_WRAPPER_DEPTH);
  expect(html).toContain('<p>one</p><p>two</p>');
  expect(html.match(/<\/div>/g)).toHaveLength(MAX_WRAPPER_DEPTH);
});

test('pages within the cap are unchanged, and tags inside scripts, comments and titles are not counted', () => {
  const page = '<html><head><title><div></title></head><body><!-- <div> --><div><p>a<br>b</p></div></body></html>';
  expect(capDepth(page, 4)).toEqual({ html: page, capped: false });
});

test.each([2_000, 10_000, 100_000])('%i nested divs around an article finish with the article', (depth) => {
  const r = extract(`<html><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`);
  expect(r.ok && r.article.text).toContain('real text for the reader');
});

test('1500 nested list items do not overflow the stack', () => {
  const r = extract(`<html><body>${article}${'<ul><li>'.repeat(1500)}deep</body></html>`);
  expect(r.ok).toBe(true);
});

test('a thousand unclosed formatting elements do not amplify into a million nodes', () => {
  let page = `<html><body><article>${article}<p>`;
  for (let i = 0; i < 1000; i++) page += `<b id=${i}>`;
  for (let i = 0; i < 1000; i++) page += '</p><p>x';
  const { html, capped } = capDepth(page);
  expect(capped).toBe(true);
  expect(html.match(/<b /g)?.length).toBeLessThanOrEqual(8);
  const r = extract(`${page}</article></body></html>`);
  expect(r.ok && r.article.text).toContain('real text for the reader');
});

test('tables nested past the table cap lose their table markup; their cells stay text, apart', () => {
  const deep = MAX_TABLE_NESTING + 5;
  const nested = `${'<table><tr><td>cell'.repeat(deep)}${'</td></tr></table>'.repeat(deep)}`;
  const { html, capped } = capDepth(nested);
  expect(capped).toBe(true);
  expect(html.match(/<table>/g)).toHaveLength(MAX_TABLE_NESTING);
  expect(html.match(/<\/table>/g)).toHaveLength(MAX_TABLE_NESTING);
  expect(html.replace(/<[^>]+>/g, ' ').match(/cell/g)).toHaveLength(deep);
  expect(html).not.toMatch(/cellcell/);
  // Sibling tables are not nested: they keep their markup.
  const siblings = '<table><tr><td>a</td></tr></table>'.repeat(6);
  expect(capDepth(siblings).html).toBe(siblings);
});

test('a page of nested tables around a wide row keeps its article (Readability once took minutes here)', () => {
  const para = '<p>The council voted on the new bridge on Tuesday evening, and most members agreed that the old one had served the town for long enough.</p>';
  const unit = '<table><tr><td>cell text here</td><td>';
  const r = extract(`<html><body>${para}${unit.repeat(3000)}${para}${'</td></tr></table>'.repeat(3000)}</body></html>`);
  expect(r.ok && r.article.text).toContain('The council voted');
});
