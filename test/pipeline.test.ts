import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extract } from '../src/pipeline.js';

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

test('the same input gives the same output', () => {
  expect(JSON.stringify(extract(seed))).toBe(JSON.stringify(extract(seed)));
});
