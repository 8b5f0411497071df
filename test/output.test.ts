import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { inputIdentities, writeFileAtomic } from '../src/io/output.js';
import { tempDir } from './tmp.js';

const dir = tempDir('extract-out-');
const none = new Set<string>();

test('writes whole files, creating directories, and leaves no temp file behind', async () => {
  const path = join(dir, 'a/b/c.md');
  expect(await writeFileAtomic(path, 'hello\n', { force: false, protect: none })).toEqual({ ok: true });
  expect(readFileSync(path, 'utf8')).toBe('hello\n');
  expect(readdirSync(join(dir, 'a/b'))).toEqual(['c.md']);
});

test('an existing output is kept unless forced', async () => {
  const path = join(dir, 'keep.md');
  writeFileSync(path, 'old');
  expect(await writeFileAtomic(path, 'new', { force: false, protect: none })).toMatchObject({ ok: false, exists: true });
  expect(readFileSync(path, 'utf8')).toBe('old');
  expect(await writeFileAtomic(path, 'new', { force: true, protect: none })).toEqual({ ok: true });
  expect(readFileSync(path, 'utf8')).toBe('new');
});

test('an input is never overwritten, even forced, through another name or a hard link', async () => {
  const input = join(dir, 'input.html');
  writeFileSync(input, '<p>page</p>');
  const protect = await inputIdentities([input]);
  expect(await writeFileAtomic(join(dir, '.', 'input.html'), 'x', { force: true, protect })).toMatchObject({ ok: false, reason: expect.stringMatching(/refusing to overwrite an input/) });
  expect(readFileSync(input, 'utf8')).toBe('<p>page</p>');
});

test('a device is written in place, and a full one is an error, not a replaced device', async () => {
  expect(await writeFileAtomic('/dev/full', 'x', { force: true, protect: none })).toMatchObject({ ok: false, reason: expect.stringMatching(/ENOSPC/) });
  expect(existsSync('/dev/full')).toBe(true);
});

test.skipIf(process.getuid?.() === 0)('an unwritable directory is an error and leaves nothing', async () => {
  const locked = join(dir, 'locked');
  writeFileSync(join(dir, 'placeholder'), '');
  await writeFileAtomic(join(locked, 'x.md'), 'x', { force: false, protect: none });
  chmodSync(locked, 0o500);
  expect(await writeFileAtomic(join(locked, 'y.md'), 'y', { force: false, protect: none })).toMatchObject({ ok: false });
  expect(readdirSync(locked)).toEqual(['x.md']);
});
