import { expect, test } from 'vitest';
import { bestStopwordDensity, detectLang, normalizeLang, stopwordsFor, words } from '../src/lang.js';

test.each([
  ['Der Präsident hat mit den Vertretern über die Lage gesprochen, und es wurde vereinbart, dass man sich wieder trifft.', 'de'],
  ['The president said that he would meet with the representatives again and that the talks had been productive.', 'en'],
  ['Le président a dit que les discussions avec les représentants étaient productives et qu’il les reverrait.', 'fr'],
  ['엘제이의 리벤지인가, 류화영의 코스프레인가', null],
])('detects %s as %s', (text, lang) => {
  expect(detectLang(text)).toBe(lang);
});

test('normalises declared languages', () => {
  expect(normalizeLang('de-DE')).toBe('de');
  expect(normalizeLang('en_US')).toBe('en');
  expect(normalizeLang('')).toBeNull();
  expect(normalizeLang('not a language')).toBeNull();
});

test('has stopword lists for the first languages and none for unknown ones', () => {
  for (const l of ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl', 'pt']) expect(stopwordsFor(l)?.size).toBeGreaterThan(50);
  expect(stopwordsFor('ko')).toBeNull();
  expect(stopwordsFor(null)).toBeNull();
});

test('the best stopword share is that of the list that fits the words', () => {
  const en = words('This is the story of a garden that was left to grow wild for ten years');
  expect(bestStopwordDensity(en)).toBeGreaterThan(0.4);
  expect(bestStopwordDensity(words('Garten Wildnis Sommer Blumen Beet Zaun Baum Strauch Rose Tulpe'))).toBe(0);
  // One-letter list entries are initials and abbreviations here, not words.
  expect(bestStopwordDensity(words('p m a'))).toBe(0);
  expect(bestStopwordDensity([])).toBe(0);
});
