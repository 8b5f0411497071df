import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { readFileInput, readRegularFileSync, readStream } from '../src/io/read.js';
import { writeAll } from '../src/io/write.js';
import { tempDir } from './tmp.js';

const dir = tempDir('extract-io-');

test('reads a file as bytes', async () => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, Buffer.from([0xe4, 0x41]));
  const r = await readFileInput(file, 100);
  expect(r.ok && Array.from(r.bytes)).toEqual([0xe4, 0x41]);
});

test.each([
  ['a missing file', join(dir, 'missing'), /no such file \(ENOENT\)/],
  ['a directory', dir, /is a directory \(EISDIR\)/],
])('names the problem with %s', async (_name, path, message) => {
  const r = await readFileInput(path, 100);
  expect(!r.ok && r.reason).toMatch(message);
});

test('refuses input over the size limit, from files and from streams', async () => {
  const file = join(dir, 'big.txt');
  writeFileSync(file, 'x'.repeat(200));
  expect((await readFileInput(file, 100)).ok).toBe(false);
  const r = await readStream(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100);
  expect(!r.ok && r.reason).toMatch(/too large/);
});

test('a worker reads a regular file at once, with the same size limit; anything else is left to the asynchronous reader', async () => {
  const file = join(dir, 'sync.txt');
  writeFileSync(file, 'x'.repeat(100));
  const r = readRegularFileSync(file, 100, 'sync.txt');
  expect(r?.ok && r.bytes.length).toBe(100);
  expect(readRegularFileSync(file, 99, 'sync.txt')).toEqual({ ok: false, reason: 'sync.txt: input too large (100 bytes, limit 99; see --max-bytes)' });
  expect(readRegularFileSync(dir, 100, 'dir')).toBeNull();
  expect(readRegularFileSync(join(dir, 'missing'), 100, 'missing')).toBeNull();
});

function failingStream(code: string): Writable {
  return new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error(code), { code })) });
}

test('a reader that went away (EPIPE) is fine; other write errors are reported', async () => {
  expect(await writeAll(failingStream('EPIPE'), 'x')).toEqual({ ok: true, closed: true });
  expect(await writeAll(failingStream('ENOSPC'), 'x')).toEqual({ ok: false, reason: 'cannot write output: ENOSPC', code: 'ENOSPC' });
});
