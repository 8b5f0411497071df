import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from './tmp.js';

/**
 * Issue 18 §2: nothing extract prints, on stdout or stderr, in any format, holds a C0/C1 control
 * character other than newline and tab, or a bidirectional override. Hostile metadata, page text
 * shown by --explain, file names and argument values, each through the real bin/extract.js.
 */

const BIN = resolve('bin/extract.js');
const dir = tempDir('extract-channels-');
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** ESC (a CSI that clears the screen), an OSC-8 hyperlink ended by BEL, a C1 CSI, a bidi override. */
const HOSTILE = '\u001b[2J\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u009b31m\u202egnp.exe';

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectClean(r: { stdout: string; stderr: string }): void {
  expect(r.stdout).not.toMatch(UNSAFE);
  expect(r.stderr).not.toMatch(UNSAFE);
}

const body = '<p>The council voted on the new bridge on Tuesday evening, and most members agreed that the old one had served the town for long enough.</p>';
// Long enough that its control bytes stay under the 1% that reads as binary data.
const page = `<html lang="en"><head><title>Title ${HOSTILE}</title>
<meta name="author" content="Author ${HOSTILE}"><meta name="description" content="Description ${HOSTILE}">
<meta property="og:site_name" content="Site ${HOSTILE}"><meta property="article:published_time" content="2024-01-02 ${HOSTILE}">
<link rel="canonical" href="https://example.org/a${HOSTILE}"><meta property="og:image" content="https://example.org/i.png${HOSTILE}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline \\u001b[31m","author":{"name":"Ld \\u009b1m\\u202e"}}</script>
</head><body><nav><a href="/">Home ${HOSTILE}</a> <a href="/b">News</a></nav><article>${body.repeat(12)}<p>Share ${HOSTILE}</p></article></body></html>`;
const file = join(dir, 'hostile.html');
writeFileSync(file, page);

describe('page metadata and text', () => {
  test.each(['title', 'author', 'description', 'site', 'date', 'url', 'image', 'excerpt', 'lang'])('-p %s', (name) => {
    const r = run(['-p', name, file]);
    expect(r.code).toBe(0);
    expectClean(r);
  });

  test.each([[['--front-matter']], [['-f', 'json']], [['-f', 'text', '--front-matter']], [['--explain']], [['--explain', '-f', 'json', file]]])('%j', (args) => {
    const r = run([...args, file]);
    expect(r.code).toBe(0);
    expectClean(r);
  });

  test('the cleaned fields keep their words', () => {
    const r = JSON.parse(run(['-f', 'json', file]).stdout) as Record<string, string>;
    expect(r.byline).toBe('Ld 1m'); // JSON-LD's author wins; '\u009b' and U+202E are gone
    expect(r.description).toMatch(/^Description click/);
  });
});

describe('file names and arguments', () => {
  const name = `page-\u001b[31m-\u0007-\u009b-\u202e-\n.html`;
  writeFileSync(join(dir, name), page);

  test('a name in an error line is quoted with visible escapes', () => {
    const r = run([`missing-\u001b[2J.html`]);
    expect(r.code).toBe(2);
    expectClean(r);
    expect(r.stderr).toBe('extract: "missing-\\e[2J.html": no such file (ENOENT)\n');
  });

  test('a name in the ==> name <== header of a batch, and in NDJSON', () => {
    const md = run([name, 'hostile.html']);
    expectClean(md);
    expect(md.stdout).toContain('==> "page-\\e[31m-\\a-\\x9b-\\u{202e}-\\n.html" <==');
    const json = run(['-f', 'json', name, `gone-\u001b.html`]);
    expectClean(json);
    expect(json.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([
      '"page-\\e[31m-\\a-\\x9b-\\u{202e}-\\n.html"',
      '"gone-\\e.html"',
    ]);
  });

  test('names in --output-dir messages', () => {
    run(['-d', 'out', name]);
    const again = run(['-d', 'out', name]);
    expectClean(again);
    expect(again.stderr).toMatch(/"out\/page-\\e\[31m.*": already exists/);
  });

  test.each([
    [['--encoding', `bogus\u001b[2J`, 'hostile.html']],
    [['--drop-selector', `a\u001b[2J[`, 'hostile.html']],
    [['--jobs', `2\u001b[2J`, 'hostile.html']],
    [[`--no-such-option\u001b[2J`, 'hostile.html']],
    [['--rules', `rules-\u001b[2J.yaml`, 'hostile.html']],
    [['--url', `not a url\u001b[2J`, 'hostile.html']],
    [['-p', `title\u202e`, 'hostile.html']],
  ])('%j: the value is shown escaped', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expectClean(r);
    expect(r.stderr).toMatch(/\\e\[2J|\\u\{202e\}/);
  });
});
