import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { escapeMarkdown } from '../src/render/escape.js';
import { propertyName } from '../src/render/fields.js';
import { render, renderProperty } from '../src/render/index.js';
import type { Article } from '../src/types.js';

const article = (over: Partial<Article> = {}): Article => ({
  title: 'A title', byline: null, published: null, lang: 'en', siteName: null, url: null, description: null, image: null, excerpt: null,
  format: 'html', type: 'article', markdown: 'Body *text*.', text: 'Body text.', wordCount: 2, removed: [], warnings: [], ...over,
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

test('text is the body alone, without markdown or the title', () => {
  expect(render(article(), 'text')).toBe('Body text.\n');
});

test('json keeps its key order and round-trips', () => {
  const obj = JSON.parse(render(article({ removed: [{ rule: 'share/x', kind: 'share', preview: 'Share' }] }), 'json'));
  expect(Object.keys(obj)).toEqual(['title', 'byline', 'published', 'lang', 'siteName', 'url', 'description', 'image', 'excerpt', 'wordCount', 'format', 'type', 'markdown', 'text', 'removed']);
  expect(obj.removed).toEqual([{ rule: 'share/x', kind: 'share', preview: 'Share' }]);
});

describe('front matter and properties', () => {
  test('front matter is YAML that parses back to the metadata, nulls left out, hostile strings quoted', () => {
    const a = article({ title: 'Colon: "quoted" # not a comment\n--- not an end', byline: 'Jane\u2028Doe', published: '2026-11-24', url: 'https://example.org/a?b=1&c' });
    const out = render(a, 'markdown', { frontMatter: true });
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(out)!;
    expect(parseYaml(yaml!)).toEqual({ title: a.title, byline: 'Jane\u2028Doe', published: '2026-11-24', lang: 'en', url: a.url, wordCount: 2, format: 'html', type: 'article' });
    expect(body!.startsWith('# Colon')).toBe(true);
    expect(yaml!.split('\n')).toHaveLength(8);
  });

  test('text output takes front matter too; json ignores the switch', () => {
    expect(render(article(), 'text', { frontMatter: true })).toMatch(/^---\ntitle: "A title"\n[\s\S]*---\n\nBody text.\n$/);
    expect(render(article(), 'json', { frontMatter: true }).startsWith('{')).toBe(true);
  });

  test('-p prints one value on one line, empty when the page has none', () => {
    expect(renderProperty(article({ title: 'T\nwo' }), 'title')).toBe('T wo\n');
    expect(renderProperty(article(), 'byline')).toBe('\n');
    expect(renderProperty(article(), 'wordCount')).toBe('2\n');
    expect(renderProperty(article(), 'markdown')).toBe('# A title\n\nBody *text*.\n');
  });

  test('property names and their aliases', () => {
    expect(propertyName('author')).toBe('byline');
    expect(propertyName('date')).toBe('published');
    expect(propertyName('site')).toBe('siteName');
    expect(propertyName('title')).toBe('title');
    expect(propertyName('nope')).toBeNull();
  });
});
