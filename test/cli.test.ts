import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { EXIT, main } from '../src/cli/main.js';
import { manPage } from '../src/cli/man.js';

/** main() with fake streams: what cannot be arranged through a real pipe (a terminal on stdin). */

function io(stdinText: string, isTTY = false) {
  const stdin = Object.assign(Readable.from([Buffer.from(stdinText)]), { isTTY });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const read = (s: PassThrough): string => (s.read() as Buffer | null)?.toString() ?? '';
  return { streams: { stdin, stdout, stderr }, out: () => read(stdout), err: () => read(stderr) };
}

test('a terminal on stdin and no file: usage on stderr, exit 2, no waiting', async () => {
  const t = io('', true);
  expect(await main([], t.streams)).toBe(EXIT.usage);
  expect(t.err()).toMatch(/Usage: extract[\s\S]*no input/);
  expect(t.out()).toBe('');
});

test('piped stdin without a file argument is read', async () => {
  const t = io(readFileSync('fixtures/itboltwise-selenskyj.txt', 'utf8'));
  expect(await main(['--format', 'text'], t.streams)).toBe(EXIT.ok);
  expect(t.out()).toContain('langfristige Lösungen zu finden.');
});

test('the man page is generated from the option definitions and is up to date (npm run man)', () => {
  const page = readFileSync('man/extract.1', 'utf8');
  expect(page).toBe(manPage());
  for (const flag of ['--output-dir', '--jobs', '--rules', '--keep-selector', '--front-matter', '--no-tables']) expect(page).toContain(flag.replace(/-/g, '\\-'));
});
