import { expect, test } from 'vitest';
import { repairMojibake } from '../src/text/mojibake.js';
import { extractFromText } from '../src/text/assemble.js';

/** Windows-1252 where it differs from Latin-1 (its five undefined bytes stay C1 controls, as in browsers). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** What a tool writes when it reads UTF-8 bytes as one byte per character. */
const misread = (text: string, charset: 'latin1' | 'windows-1252'): string => {
  const latin1 = Buffer.from(text, 'utf8').toString('latin1');
  return charset === 'latin1' ? latin1 : latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
};

const sample = 'We’ve tried the café’s crème brûlée — twice.\n\u200d\nZürich, 5 €.';

test('UTF-8 read as Latin-1 or as Windows-1252 and written out again is read as first written', () => {
  expect(misread(sample, 'latin1')).not.toBe(sample);
  expect(repairMojibake(misread(sample, 'latin1'))).toBe(sample);
  expect(misread(sample, 'windows-1252')).toContain('â€™');
  expect(repairMojibake(misread(sample, 'windows-1252'))).toBe(sample);
});

test('text that is not twice-decoded is left as it is', () => {
  for (const text of [sample, 'Déjà vu in Köln: ÄÖÜ äöü ß', 'plain ASCII text', 'Ã la carte, Ã© seul', 'Ã© and 日本']) {
    expect(repairMojibake(text)).toBe(text);
  }
});

test('a dump saved twice-decoded extracts as its proper self, its joiner-only lines blank', () => {
  const para = (n: number): string => `The council met on Tuesday and agreed, after a long debate about the budget, that the town’s ${n} new parks would open in spring.`;
  const page = ['Home', 'News', '', para(1), '', '\u200d', '', para(2), '', '\u200d', '', para(3), '', 'Home', 'News'].join('\n');
  const good = extractFromText(page);
  const bad = extractFromText(misread(page, 'windows-1252'));
  expect(good.ok && bad.ok).toBe(true);
  if (good.ok && bad.ok) {
    expect(bad.article.text).toBe(good.article.text);
    expect(good.article.text).toContain('town’s 3 new parks');
    expect(good.article.text).not.toMatch(/\u200d/);
    // --explain says so.
    expect(bad.article.notes.some((n) => n.includes('twice-decoded'))).toBe(true);
    expect(good.article.notes.some((n) => n.includes('twice-decoded'))).toBe(false);
  }
});
