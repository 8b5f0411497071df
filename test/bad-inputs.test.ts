import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { tempDir } from './tmp.js';

/**
 * Every row of ../shared/BAD-INPUTS.md (numbered as there) and the extra inputs of issue 5,
 * through the real bin/extract.js. E: one line on stderr, a documented non-zero exit, nothing on
 * stdout. B: a best-effort article and exit 0. Always: no stack trace, no RangeError, no crash
 * exit (134, 139), and an end (spawnSync's timeout is a hang guard, not a speed target).
 */

const BIN = resolve('bin/extract.js');
const dir = tempDir('extract-bad-');
const isRoot = process.getuid?.() === 0;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 1 << 28 });
  const stderr = r.stderr.toString('utf8');
  expect(r.signal, 'ended by a signal (hang guard or crash)').toBeNull();
  expect([134, 139]).not.toContain(r.status);
  expect(stderr).not.toMatch(/\n\s+at |RangeError|TypeError|heap out of memory/);
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr };
}

/** E: documented code, one line naming the problem, nothing on stdout. */
function expectError(r: ReturnType<typeof run>, code: number, message: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

const article = '<article><h1>Bridge vote</h1>' + '<p>The council voted on the new bridge on Tuesday evening, and most members agreed that the old one had served the town for long enough.</p>'.repeat(6) + '</article>';

describe('BAD-INPUTS.md', () => {
  test('1: an empty file and a whitespace-only file', () => {
    expectError(run([file('e.html', '')]), 1, /no content/);
    expectError(run([file('w.html', ' \n\t \n')]), 1, /no content/);
  });

  test('2: a missing path, an empty directory, an unreadable file', () => {
    expectError(run([join(dir, 'nope.html')]), 2, /ENOENT/);
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    expect(run([empty]).stderr).toMatch(/empty-dir: no files in this directory/);
    if (!isRoot) {
      const locked = file('locked.html', article);
      chmodSync(locked, 0o000);
      expectError(run([locked]), 2, /EACCES/);
    }
  });

  test('3: a text dump that mentions markup stays literal text, escaped', () => {
    // (Paired *stars* and _underscores_ are read as a markdown-ish dump's emphasis: their text stays, the marks go.)
    const r = run([file('mentions.txt', 'A note on HTML\n\nIn HTML you write <script>alert(1)</script> and &lt;b&gt; for bold, and in markdown [links] and # headings and 1. lists are syntax.\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\<script>alert(1)\\</script>');
    expect(r.stdout).toContain('&lt;b&gt;');
    expect(r.stdout).toContain('\\[links\\]');
  });

  test.each([
    ['4: 10,000 nested divs around text', () => '<div>'.repeat(1e4) + 'Some words of text that are here, and more words after them to read.'],
    ['5: 100,000 nested divs', () => '<div>'.repeat(1e5)],
    ['7: 1,500 nested lists', () => '<ul><li>'.repeat(1500) + 'x'],
    ['8: 1,000 unclosed formatting elements re-created in 1,000 paragraphs', () => '<p>' + Array.from({ length: 1000 }, (_, i) => `<b id=${i}>`).join('') + '</p><p>x'.repeat(1000)],
    ['12: 200,000 &nbsp; in a paragraph', () => `<p>${'&nbsp;'.repeat(200000)}x</p>`],
    ['12: <pre> with 100,000 spaces', () => `<pre>${' '.repeat(1e5)}x</pre>`],
  ])('%s: a best effort or a clear error, never a crash', (_name, make) => {
    const r = run([file('deep.html', make())]);
    expect([0, 1, 2]).toContain(r.code);
    if (r.code !== 0) expectError(r, r.code!, /^extract: /);
  });

  test('6: 2,000 nested divs around a real article keep the article', () => {
    const r = run([file('deep-article.html', '<div>'.repeat(2000) + article)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The council voted on the new bridge');
  });

  test('9: a long attribute re-created in 12,500 paragraphs is refused, not "Invalid string length"', () => {
    expectError(run([file('amplify.html', `<p><a href="${'A'.repeat(50000)}">` + '<p>a'.repeat(12500))]), 2, /grows to over \d+ MB when parsed/);
  });

  test('10: an input over --max-bytes is refused before it is parsed', () => {
    expectError(run([file('huge.html', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'))]), 2, /input too large/);
    expectError(run(['--max-bytes', '1000', '-'], Buffer.alloc(5000, 'a')), 2, /input too large/);
  });

  test('13-15: UTF-8 without a declaration, Windows-1252 with and without one', () => {
    const body = (s: string) => `<html><body><article><p>${s} Die Bürger hörten zu, während der Bürgermeister über die Zukunft der Stadt sprach und Fragen beantwortete.</p></article></body></html>`;
    expect(run([file('utf8.html', Buffer.from(body('Grüße aus Köln.'), 'utf8'))]).stdout).toContain('Grüße aus Köln.');
    const latin = iconv.encode(`<meta charset=iso-8859-1>${body('„Grüße“ aus Köln.')}`, 'windows-1252');
    expect(run([file('1252.html', latin)]).stdout).toContain('„Grüße“ aus Köln.');
    expect(run([file('1252-bare.html', iconv.encode(body('„Grüße“ aus Köln.'), 'windows-1252'))]).stdout).toContain('„Grüße“ aus Köln.');
  });

  test('16: a charset declared after 1,100 bytes of comment is still read (we scan 4,096 bytes)', () => {
    const page = `<!--${'x'.repeat(1100)}--><meta charset="windows-1252"><body><article><p>${'Straße '.repeat(20)}</p></article></body>`;
    expect(run([file('late-meta.html', iconv.encode(page, 'windows-1252'))]).stdout).toContain('Straße Straße');
  });

  test('17-18: a charset with no value, a bogus label, and a BOM against a meta', () => {
    const body = `<body><article><p>${'Grüße aus der Stadt, ein Satz mit genug Wörtern. '.repeat(4)}</p></article></body>`;
    for (const meta of ['<meta http-equiv="content-type" content="text/html; charset">', '<meta http-equiv="content-type" content="text/html; charset=">', '<meta charset="bogus-label">']) {
      const r = run([file('charset.html', Buffer.from(meta + body, 'utf8'))]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Grüße aus der Stadt');
    }
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="windows-1252">${body}`, 'utf8')]);
    expect(run([file('bom.html', bom)]).stdout).toContain('Grüße aus der Stadt');
  });

  test('19: UTF-16 with a BOM is read; without one it is refused, never tag soup', () => {
    const page = `<html><body><article><p>${'Grüße aus der Stadt, ein Satz mit genug Wörtern. '.repeat(4)}</p></article></body></html>`;
    expect(run([file('utf16-bom.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]))]).stdout).toContain('Grüße aus der Stadt');
    expectError(run([file('utf16.html', Buffer.from(page, 'utf16le'))]), 2, /binary input|UTF-16/);
  });

  test('20: invalid UTF-8 becomes U+FFFD and NUL never reaches the output', () => {
    // Mostly valid UTF-8 (umlauts) with a few bad sequences: UTF-8 with U+FFFD, as documented (all-invalid bytes read as Windows-1252).
    const bytes = Buffer.concat([Buffer.from('<p>'), Buffer.from('Grüße aus Köln, mit Wörtern genug für einen Artikel. '.repeat(20)), Buffer.from([0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x00]), Buffer.from(' after the bad bytes.</p>')]);
    const r = run([file('invalid.html', bytes)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\uFFFD');
    expect(r.stdout).not.toContain('\u0000');
  });

  test('21: gzip, a gzip bomb, random bytes, PNG and PDF are binary, not an article', () => {
    const random = Buffer.alloc(1 << 20);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    const inputs: Array<[string, Buffer]> = [
      ['page.html.gz', gzipSync(Buffer.from(article))],
      ['bomb.gz', gzipSync(Buffer.alloc(50 * 1024 * 1024))],
      ['random.bin', random],
      ['image.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
      ['doc.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')],
    ];
    for (const [name, bytes] of inputs) expectError(run([file(name, bytes)]), 2, /binary input/);
  });

  test('25: <base href="file:///etc/"> gives no file: links; an invalid --url is an error', () => {
    const r = run([file('base.html', `<base href="file:///etc/">${article.replace('</article>', '<p>See <a href="passwd">the file</a> and more words to make it a paragraph of its own.</p></article>')}`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/file:/);
    expect(r.stdout).toContain('the file');
    expectError(run(['--url', 'not a url', file('plain.html', article)]), 2, /invalid base URL/);
  });

  test('26: outputs of inputs named ../x and of a symlinked output directory stay inside it', () => {
    const work = join(dir, 'b26');
    mkdirSync(join(work, 'in'), { recursive: true });
    writeFileSync(join(work, 'x.html'), article);
    mkdirSync(join(work, 'real-out'));
    symlinkSync(join(work, 'real-out'), join(work, 'out'));
    const r = spawnSync(process.execPath, [BIN, '-q', '-d', 'out', '../x.html'], { cwd: join(work, 'in'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readdirSync(join(work, 'in', 'out'))).toEqual(['x.md']);
    const r2 = spawnSync(process.execPath, [BIN, '-d', join(work, 'out'), join(work, 'in', '..', 'x.html'), '-q'], { encoding: 'utf8' });
    expect(r2.status).toBe(0);
    expect(readdirSync(join(work, 'real-out'))).toEqual(['x.md']);
  });

  test('27: -o naming the input, a symlink to it or a hard link to it is refused; the input is unchanged', () => {
    const input = file('keep.html', article);
    symlinkSync(input, join(dir, 'keep-symlink.md'));
    linkSync(input, join(dir, 'keep-hardlink.md'));
    for (const out of [input, join(dir, 'keep-symlink.md'), join(dir, 'keep-hardlink.md')]) {
      expectError(run(['-o', out, input]), 3, /refusing to overwrite an input/);
      expect(readFileSync(input, 'utf8')).toBe(article);
    }
  });

  test('28: a large output piped into head ends quietly; piped and -o output are byte-identical', () => {
    const big = file('big.txt', Array.from({ length: 40000 }, (_, i) => `Paragraph ${i} of a long text dump, with ${'enough ordinary words '.repeat(1 + (i % 5))}in it to be kept as prose.`).join('\n\n'));
    const head = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${big}" | head -n1`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(head.status).toBe(0);
    expect(head.stderr).toBe('');
    const out = join(dir, 'big.md');
    expect(run(['-o', out, big]).code).toBe(0);
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${big}" | cat`], { maxBuffer: 1 << 28 });
    expect(piped.stdout.length).toBeGreaterThan(3_000_000);
    expect(Buffer.compare(piped.stdout, readFileSync(out))).toBe(0);
  });

  test('29: killed mid-write, -o leaves the old output or the whole new one, never a part', async () => {
    const big = file('big29.txt', Array.from({ length: 40000 }, (_, i) => `Paragraph ${i} of a long text dump, with enough ordinary words in it to be kept as prose.`).join('\n'));
    const out = file('out29.md', 'old output\n');
    const whole = spawnSync(process.execPath, [BIN, big], { maxBuffer: 1 << 28 }).stdout;
    for (const delay of [50, 150, 300, 600]) {
      writeFileSync(out, 'old output\n');
      const child = spawn(process.execPath, [BIN, '-o', out, big]);
      // Listen from the start: a fast run may be over before the kill.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      const now = readFileSync(out);
      expect(now.toString() === 'old output\n' || Buffer.compare(now, whole) === 0).toBe(true);
    }
    expectError(run(['-o', '/dev/full', big]), 3, /ENOSPC/);
  });

  test('30: a batch of 10 with one bad input writes 9 outputs, a summary and exit 2', () => {
    const batch = join(dir, 'b30');
    mkdirSync(batch);
    for (let i = 0; i < 9; i++) writeFileSync(join(batch, `page${i}.html`), article.replace('Bridge vote', `Bridge vote ${i}`));
    writeFileSync(join(batch, 'broken.html'), gzipSync(Buffer.from(article)));
    const r = run(['-d', join(dir, 'b30-out'), batch]);
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'b30-out'))).toHaveLength(9);
    expect(r.stderr).toMatch(/broken.html: binary input \(gzip\)/);
    expect(r.stderr).toMatch(/10 inputs: 9 written, 1 unreadable/);
  });
});

describe('issue 5: more inputs', () => {
  test('/dev/null is an empty input; a FIFO is read like a pipe', () => {
    expectError(run(['/dev/null']), 1, /no content/);
    const fifo = join(dir, 'page.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const r = spawnSync('sh', ['-c', `cat "${file('fifo-src.html', article)}" > "${fifo}" & "${process.execPath}" "${BIN}" "${fifo}"`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The council voted');
  });

  test.each([
    ['an SVG-only page', '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="1">Chart</text></svg>'],
    ['a MathML-only page', '<math><mi>x</mi><mo>=</mo><mn>2</mn></math>'],
    ['a frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'],
  ])('%s has no article: exit 1, one line', (_name, page) => {
    expectError(run([file('special.html', page)]), 1, /no article/);
  });

  test('text that is only in <noscript> is the article', () => {
    const r = run([file('noscript.html', `<html><body><noscript>${article}</noscript><script>render()</script></body></html>`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The council voted');
  });

  test('a table of 10,000 cells is rendered', () => {
    const r = run([file('table.html', '<table>' + ('<tr>' + '<td>cell</td>'.repeat(100) + '</tr>').repeat(100) + '</table>')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| cell')).length).toBe(100);
  });

  // A page marked for the test hook never finishes, whatever the machine's speed; --timeout 1
  // runs alone, and the batch's good page has a limit it cannot miss on a busy machine.
  const stall = { EXTRACT_TEST_STALL: 'stall-here' };
  test('--timeout stops a runaway page in its worker: an error for that input only', () => {
    const slow = file('slow.html', `<html><body>${article}<!-- stall-here --></body></html>`);
    expectError(run(['--timeout', '1', slow], undefined, stall), 2, /timed out after 1 s/);
    const batch = run(['--timeout', '10', '-f', 'json', slow, file('fine.html', article)], undefined, stall);
    expect(batch.code).toBe(2);
    expect(batch.stdout.trim().split('\n').map((l) => JSON.parse(l).ok)).toEqual([false, true]);
  });

  test('--timeout stops a text dump too, which runs without a worker', () => {
    const dump = file('slow.txt', `${article.replace(/<[^>]+>/g, '')}\nstall-here\n`);
    expectError(run(['--timeout', '1', dump], undefined, stall), 2, /slow\.txt: timed out after 1 s/);
  });

  test('--max-memory turns a heap blow-up into an error for that input', () => {
    const big = file('big-article.html', `<article>${'<p>A paragraph of a long article, with words and commas, repeated for size.</p>'.repeat(40000)}</article>`);
    expectError(run(['--max-memory', '64', big]), 2, /out of memory \(over --max-memory 64 MB\)/);
  });

  test('nothing is left half-written when the output directory cannot be written', () => {
    const blocker = file('not-a-dir', 'x');
    const r = run(['-d', join(blocker, 'out'), file('ok.html', article)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write/);
    expect(existsSync(join(blocker, 'out'))).toBe(false);
  });
});
