import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extract } from '../src/extract.js';

const seed = readFileSync('fixtures/itboltwise-selenskyj.txt');

test('bytes and the same text as a string give the same article', () => {
  const a = extract(seed);
  const b = extract(seed.toString('utf8'));
  expect(a.ok && b.ok && a.article.markdown === b.article.markdown).toBe(true);
});

test('the input format is detected, and can be forced', () => {
  const html = extract('<html><body><article>' + '<p>A paragraph of article text that says something real about the world today.</p>'.repeat(5) + '</article></body></html>');
  expect(html.ok && html.article.format).toBe('html');
  const forced = extract(seed, { inputFormat: 'text' });
  expect(forced.ok && forced.article.format).toBe('text');
});

test.each([
  ['empty input', '', {}, 'no-article'],
  ['an invalid base URL', 'x', { url: 'not a url' }, 'bad-input'],
  ['a file: base URL', 'x', { url: 'file:///etc/' }, 'bad-input'],
  ['an unknown encoding', new Uint8Array([0x41]), { encoding: 'nope' }, 'bad-input'],
] as const)('%s fails with %s', (_name, input, options, code) => {
  const r = extract(input, options);
  expect(!r.ok && r.code).toBe(code);
});

test('a JavaScript caller that passes url: null gets the article, as with no URL', () => {
  // @ts-expect-error: null is not a string, but plain JavaScript callers pass it for "none"
  const r = extract(seed, { url: null });
  const none = extract(seed);
  expect(r.ok && none.ok && r.article.markdown === none.article.markdown).toBe(true);
});

test('the same input gives the same output', () => {
  expect(JSON.stringify(extract(seed))).toBe(JSON.stringify(extract(seed)));
});

test.each([
  ['fixtures/html-de--zdnet-de-facebook/source.html'],
  ['fixtures/plain-de--mtb-news-de-tubeless/source.txt'],
])('--precision keeps no more than balanced, --recall no less (%s)', (path) => {
  const bytes = readFileSync(path);
  const words = (favor: 'precision' | 'balanced' | 'recall'): number => {
    const r = extract(bytes, { favor });
    return r.ok ? r.article.wordCount : 0;
  };
  expect(words('precision')).toBeLessThanOrEqual(words('balanced'));
  expect(words('recall')).toBeGreaterThanOrEqual(words('balanced'));
  expect(words('recall')).toBeGreaterThan(words('precision'));
});

test('CSS selector options on a text dump are ignored with a warning, not an error', () => {
  const r = extract(readFileSync('fixtures/itboltwise-selenskyj.txt'), { dropSelector: 'p' });
  expect(r.ok && r.article.warnings).toEqual(['CSS selectors apply to HTML only; this input is a text dump']);
});

test("a comment-form note that is the page's first prose (a login box above the article) does not take the article with it", () => {
  const article = 'Der Stadtrat hat am Dienstagabend über die neue Brücke abgestimmt, und die meisten Mitglieder waren sich einig, dass die alte Brücke der Stadt lange genug gedient hat und nun ersetzt werden muss.';
  const dump = [
    'Anmelden',
    'Eine gültige E-Mail-Adresse. Alle E-Mails der Website werden an diese Adresse geschickt. Die Adresse wird nicht veröffentlicht und wird nur verwendet, wenn Sie ein neues Passwort anfordern.',
    'Startseite',
    'Neue Brücke beschlossen',
    article,
    article.replace('Dienstagabend', 'Mittwochabend'),
    article.replace('Stadtrat', 'Gemeinderat'),
  ].join('\n');
  const r = extract(dump, { inputFormat: 'text' });
  expect(r.ok && r.article.text).toContain('Mittwochabend');
});
