import { expect, test } from 'vitest';
import { articleResult, countWords, MIN_ARTICLE_WORDS } from '../src/article.js';

const parts = (text: string) => ({ format: 'text' as const, type: 'article' as const, meta: { title: ' A  title ' }, markdown: text, text, removed: [] });

test('too few words is no article, with a reason', () => {
  const r = articleResult(parts('one two'));
  expect(r.ok).toBe(false);
  expect(!r.ok && r.reason).toMatch(/only 2 words/);
  expect(articleResult(parts('')).ok).toBe(false);
});

test('an article gets normalised metadata, an excerpt and a word count', () => {
  const text = 'Word '.repeat(MIN_ARTICLE_WORDS + 1).trim();
  const r = articleResult(parts(text));
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.title).toBe('A title');
  expect(r.article.excerpt).toBe(text);
  expect(r.article.wordCount).toBe(MIN_ARTICLE_WORDS + 1);
  expect(r.article.byline).toBeNull();
});

test('countWords counts letters and digits in any script', () => {
  expect(countWords('Grüße, 2024 — 엘제이의 리벤지')).toBe(4);
});
