import { expect, test } from 'vitest';
import { declaredMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { findDate, normalizeDate } from '../src/meta/date.js';
import { RULES } from '../src/rules/table/index.js';
import { dumpMetadata } from '../src/text/metadata.js';
import type { Block } from '../src/types.js';

const page = (head: string): Document => parseHtml(`<html lang="de-DE"><head>${head}</head><body><p>x</p></body></html>`, 'https://example.org/news/a');

test('JSON-LD article wins over OpenGraph and <meta>, @graph and arrays are searched', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [
    { '@type': 'WebSite', name: 'Not this' },
    { '@type': ['NewsArticle'], headline: 'LD headline', author: [{ '@type': 'Person', name: 'Ada Muster' }, { name: 'Bob Beispiel' }], datePublished: '2026-11-20T08:00:00+01:00', publisher: { name: 'Beispiel-Zeitung' }, image: [{ url: '/img/lead.jpg' }], description: 'LD description', mainEntityOfPage: { '@id': 'https://example.org/news/a' } },
  ] };
  const m = declaredMetadata(page(`<title>T | Site</title><meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
    <script type="application/ld+json">${JSON.stringify(ld)}</script>`));
  expect(m).toEqual({
    title: 'LD headline', byline: 'Ada Muster, Bob Beispiel', published: '2026-11-20T08:00:00+01:00', lang: 'de-DE',
    siteName: 'Beispiel-Zeitung', url: 'https://example.org/news/a', description: 'LD description', image: 'https://example.org/img/lead.jpg',
    schemaTypes: ['WebSite', 'NewsArticle'], ogType: null, structuredText: null,
  });
});

test('OpenGraph, Twitter and <meta> fill in without JSON-LD; broken JSON-LD is ignored', () => {
  const m = declaredMetadata(page(`<title>Plain title</title>
    <script type="application/ld+json">{ broken</script>
    <meta property="og:site_name" content="Site"><meta name="twitter:image" content="https://cdn.example.org/t.png">
    <meta name="description" content="Meta description"><meta property="article:published_time" content="24.11.2026">
    <link rel="canonical" href="/news/a-canonical"><meta name="author" content="admin">`));
  expect(m).toMatchObject({ title: 'Plain title', byline: null, published: '2026-11-24', siteName: 'Site', description: 'Meta description', image: 'https://cdn.example.org/t.png', url: 'https://example.org/news/a-canonical' });
});

test('unsafe or relative-garbage URLs in metadata are dropped', () => {
  const m = declaredMetadata(page(`<meta property="og:image" content="javascript:alert(1)"><link rel="canonical" href="data:text/html,x">`));
  expect(m.image).toBeNull();
  expect(m.url).toBeNull();
});

test.each([
  ['2026-11-24T10:15:00Z', '2026-11-24T10:15:00Z'],
  ['Veröffentlicht am 24.11.2026, 10:15 Uhr', '2026-11-24'],
  ['24. November 2026', '2026-11-24'],
  ['Published November 24th, 2026', '2026-11-24'],
  ['Mon, 3 Mar 2025', '2025-03-03'],
  ['24 de noviembre de 2026', '2026-11-24'],
  ['16 marca 2021', '2021-03-16'],
  ['3 de março de 2020', '2020-03-03'],
  ['31.02.2026', null],
  ['Seite 1 von 3', null],
])('findDate(%j) = %j', (text, iso) => {
  expect(findDate(text)).toBe(iso);
});

test('normalizeDate keeps what it cannot read, as written', () => {
  expect(normalizeDate('  yesterday ')).toBe('yesterday');
  expect(normalizeDate('')).toBeNull();
});

const block = (text: string): Block => ({ text, type: 'paragraph', linkDensity: 0 });

test('a dump gives its byline and dateline when they sit by the article start', () => {
  const blocks = ['Home', 'Politik', 'Headline of the piece', 'By Jane Doe | Politics', 'November 24, 2026', 'First paragraph of the article, long enough to be prose for anyone reading it.'].map(block);
  expect(dumpMetadata(blocks, 2, RULES)).toEqual({ byline: 'Jane Doe', published: '2026-11-24' });
});

test('a footer date far from the article start is not its date', () => {
  const blocks = ['Headline', 'Body '.repeat(30), ...Array.from({ length: 10 }, (_, i) => `Paragraph ${i} `.repeat(20)), '© 24.11.2026 Example'].map(block);
  expect(dumpMetadata(blocks, 0, RULES)).toEqual({ byline: null, published: null });
});

test("a product's offers, its own or its variants', count as a declared Offer; rating stars alone do not", () => {
  const types = (o: object): string[] => declaredMetadata(page(`<script type="application/ld+json">${JSON.stringify(o)}</script>`)).schemaTypes;
  expect(types({ '@type': 'Product', name: 'Lamp', offers: { '@type': 'Offer', price: '49.00' } })).toEqual(['Product', 'Offer']);
  expect(types({ '@type': 'ProductGroup', name: 'Lamp', hasVariant: [{ '@type': 'Product', name: 'Lamp, brass', offers: { price: '49.00' } }] })).toEqual(['ProductGroup', 'Offer']);
  expect(types({ '@type': 'Product', name: 'Cleaning service', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.9 } })).toEqual(['Product']);
});

test('structured text: an article body, a question with its answers, a product description', () => {
  const ld = (o: object): Document => page(`<script type="application/ld+json">${JSON.stringify(o)}</script>`);
  expect(declaredMetadata(ld({ '@type': 'NewsArticle', articleBody: 'The whole body.' })).structuredText).toBe('The whole body.');
  const qa = { '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why?', text: 'Details.', acceptedAnswer: { '@type': 'Answer', text: 'Because.' }, suggestedAnswer: [{ '@type': 'Answer', text: 'Maybe.' }] } };
  expect(declaredMetadata(ld(qa)).structuredText).toBe('Why?\n\nDetails.\n\nBecause.\n\nMaybe.');
  expect(declaredMetadata(ld({ '@type': 'Product', name: 'Lamp', description: 'A warm brass lamp.' })).structuredText).toBe('A warm brass lamp.');
  expect(declaredMetadata(ld({ '@type': 'WebSite', description: 'Not content.' })).structuredText).toBeNull();
});
