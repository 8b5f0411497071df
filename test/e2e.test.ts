import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { tempDir } from './tmp.js';

/** The real bin/extract.js as a user runs it (npm test builds dist/ first). */

const BIN = resolve('bin/extract.js');
const SEED = resolve('fixtures/itboltwise-selenskyj.txt');
const tmp = tempDir('extract-e2e-');
const emptyDir = tempDir('extract-empty-');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function sh(script: string) {
  const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, BIN, SEED } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noTrace = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('input', () => {
  test('a file argument', () => {
    const r = run([SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Selenskyj sucht nach neuen Sicherheitsgarantien in den USA\n\n')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('langfristige Lösungen zu finden.')).toBe(true);
    expect(r.stderr).toBe('');
  });

  test("stdin through '-' and through a plain pipe give the same output as the file", () => {
    const file = run([SEED]).stdout;
    expect(sh('"$BIN" - < "$SEED"').stdout).toBe(file);
    expect(sh('cat "$SEED" | "$BIN"').stdout).toBe(file);
  });

  test('output into another command', () => {
    const r = sh('"$BIN" --format text "$SEED" | wc -w');
    expect(r.code).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(300);
  });

  test('a reader that stops early (| head -n1) ends quietly', () => {
    const r = sh('"$BIN" "$SEED" | head -n1; echo "rc=$?"');
    expect(r.stdout).toBe('# Selenskyj sucht nach neuen Sicherheitsgarantien in den USA\nrc=0\n');
    expect(r.stderr).toBe('');
  });

  test('a Latin-1 HTML page decodes its umlauts and quotes', () => {
    const page = `<html lang="de"><head><meta charset="iso-8859-1"><title>Grüße</title></head><body><article><h1>Grüße aus Köln</h1>${'<p>Die Straße war „voll“, und die Bürger hörten zu, während der Bürgermeister über die Zukunft der Stadt sprach und viele Fragen beantwortete.</p>'.repeat(4)}</article></body></html>`;
    const file = join(tmp, 'latin1.html');
    writeFileSync(file, iconv.encode(page, 'windows-1252'));
    const r = run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Die Straße war „voll“');
  });
});

describe('exit codes', () => {
  test.each([
    ['missing file', [join(tmp, 'nope.html')], undefined, 2, /no such file/],
    ['a directory without files', [emptyDir], undefined, 2, /no files/],
    ['binary input', ['-'], Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), 2, /binary input \(gzip\)/],
    ['empty input', ['-'], '', 1, /no content/],
    ['whitespace only', ['-'], ' \n\t\n', 1, /no content/],
    ['a page with no article', ['-'], '<html><body><nav><a href="/">Home</a></nav></body></html>', 1, /no article/],
    ['unknown encoding', ['--encoding', 'klingon', SEED], undefined, 2, /unknown encoding/],
    ['invalid base URL', ['--url', 'not a url', SEED], undefined, 2, /invalid base URL/],
    ['unknown option', ['--frobnicate', SEED], undefined, 2, /unknown option/],
    ['bad --format', ['--format', 'pdf', SEED], undefined, 2, /invalid/],
    ['-o with several inputs', ['-o', join(tmp, 'x.md'), SEED, SEED], undefined, 2, /one input/],
    ['--url with several inputs', ['--url', 'https://example.org/', SEED, SEED], undefined, 2, /one page/],
    ['a URL with another scheme', ['ftp://example.org/page.html'], undefined, 2, /unsupported URL scheme "ftp:"/],
    ['both ends of the knob', ['--precision', '--recall', SEED], undefined, 2, /one knob/],
    ['an application shell: scripts draw the text', ['-'], '<html><head><title>App</title><script src="/app.js"></script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>', 4, /scripts load it; save the page after it renders/],
    ['an application shell saved without its script elements: the bundles it preloads still say so', ['-'], '<html><head><title>Thread</title><link rel="preload" href="/assets/start.js" as="script"><link rel="modulepreload" href="/assets/app.js"></head><body><section id="splash"><div class="dots"></div></section></body></html>', 4, /scripts load it/],
    ['a short page without scripts is no shell', ['-'], '<html><head><title>Note</title><link rel="preload" href="/font.woff2" as="font"></head><body><p>Back soon.</p></body></html>', 1, /no article found/],
    ['a page without text or scripts is no article, not a shell', ['-'], '<html><body><div id="root"></div><p>Hi.</p></body></html>', 1, /no article/],
    ['an unknown --type', ['--type', 'recipe', SEED], undefined, 2, /invalid/],
  ] as const)('%s', (_name, args, input, code, message) => {
    const r = run([...args], input);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    noTrace(r.stderr);
  });
});

describe('output', () => {
  test('the page type: -p type, in JSON, and --type forces one', () => {
    const forum = resolve('fixtures/html-en--invented-forum-thread/source.html');
    expect(run(['-p', 'type', forum]).stdout).toBe('forum\n');
    expect(JSON.parse(run(['-f', 'json', forum]).stdout).type).toBe('forum');
    expect(run(['-p', 'type', SEED]).stdout).toBe('article\n');
    const forced = run(['--type', 'article', '-f', 'text', forum]);
    expect(forced.code).toBe(0);
    // Read as an article, the thread keeps its first post only (the replies look like comments).
    expect(forced.stdout).not.toContain('A number five jack plane');
    expect(run(['-f', 'text', forum]).stdout).toContain('A number five jack plane');
  });

  test('a batch exits with the most severe code: a shell (4) outranks no article (1), an unreadable input (2) outranks a shell', () => {
    const shell = join(tmp, 'shell.html');
    const none = join(tmp, 'none.html');
    writeFileSync(shell, '<html><head><script src="/app.js"></script></head><body><div id="app"></div></body></html>');
    writeFileSync(none, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(run(['-q', none, shell]).code).toBe(4);
    expect(run(['-q', shell, none]).code).toBe(4);
    expect(run(['-q', shell, join(tmp, 'missing.html')]).code).toBe(2);
  });

  test('--format json is one object with the documented keys in a stable order', () => {
    const r = run(['--format', 'json', SEED]);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout);
    expect(Object.keys(obj)).toEqual(['title', 'byline', 'published', 'lang', 'siteName', 'url', 'description', 'image', 'excerpt', 'wordCount', 'format', 'type', 'markdown', 'text', 'removed']);
    expect(obj.format).toBe('text');
    expect(obj.lang).toBe('de');
    expect(obj.removed.some((x: { rule: string }) => x.rule.startsWith('job-ads/'))).toBe(true);
  });

  test('--format text is the article text: no markdown syntax, no title (that is -p title)', () => {
    const r = run(['--format', 'text', SEED]);
    expect(r.stdout.split('\n')[0]).toMatch(/^KIEW \/ MÜNCHEN \(IT BOLTWISE\) – Nach einer Phase/);
    expect(r.stdout).not.toContain('Selenskyj sucht nach neuen Sicherheitsgarantien');
    expect(run(['-p', 'title', SEED]).stdout).toBe('Selenskyj sucht nach neuen Sicherheitsgarantien in den USA\n');
    expect(r.stdout).not.toMatch(/^#/m);
  });

  test('--explain lists removals on stderr and leaves stdout alone', () => {
    const r = run(['--explain', SEED]);
    expect(r.stdout).toBe(run([SEED]).stdout);
    expect(r.stderr).toMatch(/removed\s+job-ads\/de\/heading\s+Stellenangebote/);
  });

  test('--input-format overrides detection', () => {
    const r = run(['--input-format', 'text', '--format', 'text', '-'], `<p>${'Literal markup in a dump stays literal text, and it is a sentence of real words. '.repeat(3)}</p>`);
    expect(r.stdout).toContain('<p>');
  });

  test('--help starts with examples, then usage, and lists the exit codes; --version prints it', () => {
    expect(run(['--help']).stdout).toMatch(/^Examples:\n  extract [\s\S]*Usage: extract[\s\S]*Exit codes/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

test('a text dump never loads the HTML libraries (they cost ~0.6 s of start-up)', () => {
  const script = `import('./dist/index.js').then((m) => {
    m.extract(require('fs').readFileSync(${JSON.stringify(SEED)}));
    const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](jsdom|@mozilla|turndown)[\\\\/]/.test(k));
    console.log(loaded.length);
  })`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('0');
});

test('the CLI on a dump loads neither the HTML modules nor iconv-lite', () => {
  // Node's debug log names every module it loads (ES modules and CommonJS); both logs are shown to work.
  const modules = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module' } }).stderr;
  // The CLI runs from its bundle (build/bundle.mjs), where the HTML branch is a file of its own.
  const onDump = modules([SEED]);
  expect(onDump).toMatch(/dist\/bundle\/bin\.js/);
  expect(onDump).not.toMatch(/dist\/bundle\/html\.js|jsdom|iconv-lite/);
  const onPage = modules(['fixtures/html-de--spiegel-de-albtraum/source.html']);
  expect(onPage).toMatch(/jsdom\/lib\/api\.js/);
  expect(onPage).toMatch(/iconv-lite/); // a declared charset
});

describe('issue 18 §6: what a user hit', () => {
  const para = '<p>The council voted on the new bridge on Tuesday evening, and most members agreed that the old one had served the town for long enough.</p>';

  test('a closed stdout is an error (exit 3), not lost output with exit 0', () => {
    const closed = sh('"$BIN" "$SEED" >&-');
    expect(closed.code).toBe(3);
    expect(closed.stderr).toMatch(/^extract: cannot write output: EBADF\n$/);
    expect(sh('"$BIN" "$SEED" >/dev/null').code).toBe(0);
  });

  test('a full disk stops a batch at the first write, with one message', () => {
    const r = sh('"$BIN" "$SEED" "$SEED" "$SEED" "$SEED" > /dev/full');
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => /ENOSPC/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/4 inputs: 0 written, 4 not written/);
  });

  test('a page without <title> but with <h1> opens with "# Title"', () => {
    const page = `<html><body><article><h1>Bridge vote passes</h1>${para}${para}</article></body></html>`;
    const r = run(['-'], page);
    expect(r.stdout).toMatch(/^# Bridge vote passes\n\nThe council voted/);
    expect(r.stdout).not.toMatch(/^## /m);
  });

  test('a form feed in a dump is a block break', () => {
    const text = para.replace(/<\/?p>/g, '');
    const r = run(['--format', 'text', '-'], `${text}\fPage 2 goes on with more words about the bridge and the council's long meeting.\n`);
    expect(r.stdout).toContain('long enough.\n\nPage 2 goes on');
  });

  test('a short page read by the densest-block fallback warns nobody; --explain says it', () => {
    const page = `<html><head><title>Short</title></head><body><div><span>${para.replace(/<\/?p>/g, '')}</span></div></body></html>`;
    const r = run(['-'], page);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(run(['--explain', '-'], page).stderr).toMatch(/note {5}Readability found no article; used the densest text block/);
  });
});
