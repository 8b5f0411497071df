import { expect, test } from 'vitest';
import { detectLang, normalizeLang, stopwordsFor } from '../src/lang.js';

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
