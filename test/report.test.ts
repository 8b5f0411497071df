import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { Reporter } from '../src/cli/report.js';

function capture(tty: boolean, env: Record<string, string> = {}, quiet = false) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { report: new Reporter(stream, { tty, env, quiet }), text: () => text };
}

test('colour only on a terminal, and never with NO_COLOR or TERM=dumb', () => {
  for (const [tty, env, coloured] of [[true, {}, true], [true, { NO_COLOR: '1' }, false], [true, { TERM: 'dumb' }, false], [false, {}, false]] as const) {
    const c = capture(tty, env);
    c.report.error('x: broken');
    expect(c.text().includes('\u001b['), JSON.stringify({ tty, env })).toBe(coloured);
    expect(c.text()).toMatch(/extract:.* x: broken\n$/);
  }
});

test('the progress bar is drawn only on a terminal and cleared before any other line', () => {
  const piped = capture(false);
  piped.report.progress(1, 2, 0);
  expect(piped.text()).toBe('');
  const tty = capture(true, { NO_COLOR: '1' });
  tty.report.progress(1, 2, 1);
  tty.report.error('a.html: no article');
  expect(tty.text()).toMatch(/^\r\u001b\[K\[#+\.+\] 1\/2 .* 1 failed\r\u001b\[Kextract: a.html: no article\n$/);
});

test('--quiet silences progress, warnings and the summary, never errors', () => {
  const q = capture(true, {}, true);
  q.report.progress(1, 2, 0);
  q.report.warning('w');
  q.report.summary({ total: 1, articles: 1, noArticle: 0, unreadable: 0, notWritten: 0, internal: 0, skipped: 0 });
  expect(q.text()).toBe('');
  q.report.error('e');
  expect(q.text()).toMatch(/e\n$/);
});
