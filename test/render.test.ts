import { expect, test } from 'vitest';
import { escapeMarkdown } from '../src/render/escape.js';
import { render } from '../src/render/index.js';
import type { Article } from '../src/types.js';

const article = (over: Partial<Article> = {}): Article => ({
  title: 'A title', byline: null, published: null, lang: 'en', siteName: null, url: null, description: null, image: null, excerpt: null,
  format: 'html', markdown: 'Body *text*.', text: 'Body text.', wordCount: 2, removed: [], warnings: [], ...over,
});

test.each([
  ['*stars* and _under_', '\\*stars\\* and \\_under\\_'],
  ['# not a heading', '\\# not a heading'],
  ['- not a bullet', '\\- not a bullet'],
  ['1. not a list', '1\\. not a list'],
  ['> not a quote', '\\> not a quote'],
  ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
  ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
  ['a | b', 'a \\| b'],
  ['back`tick', 'back\\`tick'],
])('escapes %j', (input, expected) => {
  expect(escapeMarkdown(input)).toBe(expected);
});

test('markdown is "# Title", a blank line, the body and one newline', () => {
  expect(render(article(), 'markdown')).toBe('# A title\n\nBody *text*.\n');
  expect(render(article({ title: null }), 'markdown')).toBe('Body *text*.\n');
});

test('a title cannot inject front matter or markdown', () => {
  const out = render(article({ title: 'Evil\n---\nlayout: x\n# [y](javascript:z)' }), 'markdown');
  // One line: the separator and the heading mark end up mid-line, where markdown reads them as text.
  expect(out.split('\n')[0]).toBe('# Evil --- layout: x # \\[y\\](javascript:z)');
  expect(out.split('\n')[1]).toBe('');
});

test('text has the title line and no markdown', () => {
  expect(render(article(), 'text')).toBe('A title\n\nBody text.\n');
});

test('json keeps its key order and round-trips', () => {
  const obj = JSON.parse(render(article({ removed: [{ rule: 'share/x', kind: 'share', preview: 'Share' }] }), 'json'));
  expect(Object.keys(obj)).toEqual(['title', 'byline', 'published', 'lang', 'siteName', 'url', 'description', 'image', 'excerpt', 'wordCount', 'format', 'markdown', 'text', 'removed']);
  expect(obj.removed).toEqual([{ rule: 'share/x', kind: 'share', preview: 'Share' }]);
});
