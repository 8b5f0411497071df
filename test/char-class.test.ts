import { expect, test } from 'vitest';
import { CharClass } from '../src/char-class.js';

const samples = [
  '', '   ', 'one two  three', 'Straße, Bücher & Ärger!', "l'homme d’état — co-op", 'Привет мир', '中文字符 和 標點。',
  '𝒳 astral 𝔘 letters 😀 emoji', 'lone \ud800 high \udc00 low', 'e\u0301 combining', 'a_b 12 3.5 ٣٤', 'x\u00a0y\u2003z',
];

test.each(samples)('count and split agree with the regex on %j', (text) => {
  const cls = new CharClass("\\p{L}\\p{N}_'’-");
  const re = /[\p{L}\p{N}_'’-]+/gu;
  expect(cls.split(text)).toEqual(text.match(re) ?? []);
  expect(cls.count(text)).toBe((text.match(re) ?? []).length);
});

test('the table is filled per class: two classes never mix', () => {
  const letters = new CharClass('\\p{L}');
  const digits = new CharClass('\\p{N}');
  expect(letters.split('ab12cd')).toEqual(['ab', 'cd']);
  expect(digits.split('ab12cd')).toEqual(['12']);
});
