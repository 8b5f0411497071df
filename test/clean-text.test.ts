import { expect, test } from 'vitest';
import { cleanText, collapseSpace } from '../src/clean-text.js';

test.each([
  ['soft hyphens', 'Bundes\u00adtag', 'Bundestag'],
  ['decomposed accents become composed', 'Gru\u0308\u00dfe', 'Grüße'],
  ['terminal escapes', 'a\u001b[2Jb\u001b]8;;http://x\u0007c', 'abc'],
  ['C0 controls but not newlines or tabs', 'a\u0000b\u0007c\nd\te', 'abc\nd\te'],
  ['bidi overrides', 'abc\u202edef', 'abcdef'],
  ['icon-font glyphs (private use area)', '\ue853 Rezepte \uf0e0', ' Rezepte '],
])('removes %s', (_name, input, expected) => {
  expect(cleanText(input)).toBe(expected);
});

test('collapseSpace folds every kind of whitespace', () => {
  expect(collapseSpace('  a\u00a0\u00a0b\n\tc ')).toBe('a b c');
});
