import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { PARAMS } from '../src/params.js';

/** A page of more elements than jsdom takes at a bounded cost is read as its visible text (html/assemble.ts asText). */
describe('a page over the element budget', () => {
  const article = 'The council met on Tuesday and voted to repair the old bridge before the winter storms arrive in the valley again.';
  const story = Array.from({ length: 6 }, (_, i) => `<p>${article} Paragraph ${i + 1} adds that <a href="/more">the costs</a> were shared.</p>`).join('');
  const page = (filler: number): string => `<html><head><title>Bridge repairs</title></head><body><article>${story}${'<div><span>x</span></div>'.repeat(filler)}</article></body></html>`;
  const budget = PARAMS.htmlMaxElements.value;

  test('keeps its article, as text, and says why', () => {
    const r = extract(page(Math.ceil(budget / 2) + 50));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain(article);
    expect(r.article.markdown).not.toContain('](/more)');
    expect(r.article.notes[0]).toMatch(/^the page has \d+ elements \(over \d+\): read as its text/);
    expect(r.article.format).toBe('html');
  });

  test('a page under the budget goes through the DOM, links and all', () => {
    const r = extract(page(10), { url: 'https://news.example/bridge' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.markdown).toContain('](https://news.example/more)');
    expect(r.article.notes.join('\n')).not.toMatch(/read as its text/);
  });

  test('a selector keeps the page on the DOM whatever its size', () => {
    const r = extract(page(Math.ceil(budget / 2) + 50), { keepSelector: 'article' });
    expect(r.ok && r.article.notes.join('\n')).not.toMatch(/read as its text/);
  });
});
