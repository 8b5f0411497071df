import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { expandInputs, urlRel } from '../src/io/inputs.js';
import { outputPath } from '../src/io/output.js';
import { tempDir } from './tmp.js';

const root = tempDir('extract-inputs-');
mkdirSync(join(root, 'pages/sub'), { recursive: true });
mkdirSync(join(root, 'pages/.git'), { recursive: true });
for (const f of ['pages/a.html', 'pages/b.txt', 'pages/sub/c.html', 'pages/.git/config', 'pages/.hidden.html', 'one.html']) writeFileSync(join(root, f), 'x');

const summary = async (args: string[]) => {
  const { inputs, batch } = await expandInputs(args, root);
  return { batch, inputs: inputs.map((i) => `${i.kind}:${i.label}->${i.rel}`) };
};

test('one file is not a batch; its output path is the path as given', async () => {
  expect(await summary(['one.html'])).toEqual({ batch: false, inputs: ['file:one.html->one.html'] });
});

test('a directory is walked recursively, sorted, hidden files skipped, paths relative to it', async () => {
  expect(await summary(['pages'])).toEqual({ batch: true, inputs: ['file:pages/a.html->a.html', 'file:pages/b.txt->b.txt', 'file:pages/sub/c.html->sub/c.html'] });
});

test('a glob expands below its fixed prefix; the same file named twice is two inputs, as cat reads it', async () => {
  expect(await summary(['pages/**/*.html', 'pages/a.html'])).toEqual({ batch: true, inputs: ['file:pages/a.html->a.html', 'file:pages/sub/c.html->sub/c.html', 'file:pages/a.html->pages/a.html'] });
});

test('arguments that name nothing become inputs that fail alone, not a stop', async () => {
  expect(await summary(['nope/*.html', 'missing.html', 'ftp://x.org/a', 'https://example.org/news/'])).toEqual({
    batch: true,
    inputs: ['invalid:nope/*.html->invalid', 'file:missing.html->missing.html', 'invalid:ftp://x.org/a->invalid', 'url:https://example.org/news/->example.org/news/index'],
  });
});

test('output paths never climb out of the output directory', async () => {
  const { inputs } = await expandInputs(['../../etc/passwd', '/abs/page.html'], root);
  expect(inputs.map((i) => i.rel)).toEqual(['passwd', 'page.html']);
  expect(urlRel(new URL('https://example.org/../../a/b?x=1&y=..'))).toMatch(/^example\.org\/a\/b_[0-9a-f]{8}$/);
});

test.each([
  ['encoded slashes stay inside their segment', 'https://a.example/%2F..%2F..%2Fb.example/x', 'a.example/_.._.._b.example/x'],
  ['a segment of dots is no parent', 'https://a.example/x/%2e%2e%2e/y', 'a.example/x/___/y'],
  ['backslashes and controls', 'https://a.example/a%5Cb%00c%1B', 'a.example/a_b_c_'],
  ['a trailing slash is an index page', 'https://a.example/dir/', 'a.example/dir/index'],
  ['no path', 'https://a.example', 'a.example/index'],
])('a URL path is built segment by segment: %s', (_name, url, rel) => {
  expect(urlRel(new URL(url))).toBe(rel);
});

test('the query and fragment never become path components; a short hash tells pages apart', () => {
  const a = urlRel(new URL('https://a.example/p.html?x=../../y'));
  const b = urlRel(new URL('https://a.example/p.html?x=2#top'));
  expect(a).toMatch(/^a\.example\/p_[0-9a-f]{8}\.html$/);
  expect(b).toMatch(/^a\.example\/p_[0-9a-f]{8}\.html$/);
  expect(a).not.toBe(b);
});

test('outputPath keeps the extension rules', () => {
  expect(outputPath('out', 'sub/c.html', 'markdown')).toBe('out/sub/c.md');
  expect(outputPath('out', 'README', 'json')).toBe('out/README.json');
  expect(outputPath('out', '.profile', 'text')).toBe('out/.profile.txt');
});
