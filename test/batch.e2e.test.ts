import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tempDir } from './tmp.js';

/** Batch, output files, URLs and the control switches, through the real bin/extract.js. */

const BIN = resolve('bin/extract.js');
const SEED = resolve('fixtures/itboltwise-selenskyj.txt');
const HTML = resolve('fixtures/html-en--observer-com-lvmh/source.html');
const root = tempDir('extract-batch-');
const pages = join(root, 'pages');
mkdirSync(join(pages, 'sub'), { recursive: true });
copyFileSync(SEED, join(pages, 'seed.txt'));
copyFileSync(HTML, join(pages, 'sub', 'lvmh.html'));
writeFileSync(join(pages, 'broken.html'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
writeFileSync(join(pages, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');

function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 600_000, cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Async, so a server in this process can answer while the CLI runs. */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const ndjson = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a batch over a folder with bad files inside', () => {
  test('NDJSON: one object per input, in input order, the bad ones with their error; exit 2; a summary line', () => {
    const r = run(['-f', 'json', 'pages']);
    expect(r.code).toBe(2);
    const rows = ndjson(r.stdout);
    expect(rows.map((o) => [o.source, o.ok])).toEqual([['pages/broken.html', false], ['pages/menu.html', false], ['pages/seed.txt', true], ['pages/sub/lvmh.html', true]]);
    expect(rows[0]).toMatchObject({ exitCode: 2, error: expect.stringMatching(/binary input/) });
    expect(rows[1]).toMatchObject({ exitCode: 1, error: expect.stringMatching(/no article/) });
    expect(rows[2]).toMatchObject({ title: 'Selenskyj sucht nach neuen Sicherheitsgarantien in den USA', lang: 'de', format: 'text' });
    expect(r.stderr).toMatch(/^extract: pages\/broken.html: binary input/m);
    expect(r.stderr).toMatch(/extract: 4 inputs: 2 written, 1 without article, 1 unreadable in [\d.]+ s/);
  });

  test('worker threads change nothing but the speed: --jobs 1 and --jobs 3 write the same bytes', () => {
    const one = run(['-f', 'json', '-j', '1', 'pages', SEED]);
    const three = run(['-f', 'json', '-j', '3', 'pages', SEED]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  });

  test('markdown documents follow each other under "==> INPUT <==" lines', () => {
    const r = run(['pages/seed.txt', 'pages/menu.html', 'pages/sub/lvmh.html']);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^==> .* <==$/gm)).toEqual(['==> pages/seed.txt <==', '==> pages/sub/lvmh.html <==']);
    expect(r.stdout).toMatch(/^==> pages\/seed.txt <==\n# Selenskyj[\s\S]*Lösungen zu finden\.\n\n==> pages\/sub/m);
  });

  test('--quiet leaves only the errors on stderr', () => {
    const r = run(['-q', '-f', 'json', 'pages']);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('--output-dir', () => {
  test('one file per input under the same relative path, whole, and kept on the next run unless --force', () => {
    const out = join(root, 'out1');
    const r = run(['-d', out, "pages/**/*.html", 'pages/seed.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1)).sort();
    expect(files(out)).toEqual(['pages/seed.md', 'sub/lvmh.md']);
    const md = join(out, 'sub/lvmh.md');
    expect(readFileSync(md, 'utf8')).toBe(run([HTML]).stdout);
    writeFileSync(md, 'edited by hand');
    const kept = run(['-d', out, "pages/**/*.html"]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toMatch(/sub\/lvmh.md: already exists, kept \(use --force to replace it\)/);
    expect(kept.stderr).toMatch(/1 skipped/);
    expect(readFileSync(md, 'utf8')).toBe('edited by hand');
    expect(run(['-d', out, '--force', "pages/**/*.html"]).stderr).toMatch(/1 written/);
    expect(readFileSync(md, 'utf8')).toBe(run([HTML]).stdout);
    expect(files(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  test('two inputs with one output path: the second is an error, not an overwrite', () => {
    const dir = join(root, 'clash');
    mkdirSync(dir);
    copyFileSync(SEED, join(dir, 'a.txt'));
    copyFileSync(SEED, join(dir, 'a.text'));
    const r = run(['-d', join(root, 'out-clash'), dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/a.txt: output .*a.md is already the output of .*a.text/);
  });

  test('a symbolic link inside the output directory is never written through', () => {
    const base = join(root, 'links');
    mkdirSync(join(base, 'in', 'sub'), { recursive: true });
    mkdirSync(join(base, 'elsewhere'));
    mkdirSync(join(base, 'out'));
    copyFileSync(SEED, join(base, 'in', 'sub', 'page.txt'));
    copyFileSync(SEED, join(base, 'in', 'top.txt'));
    symlinkSync(join(base, 'elsewhere'), join(base, 'out', 'sub'));
    symlinkSync(join(base, 'elsewhere', 'top.md'), join(base, 'out', 'top.md'));
    const r = run(['-d', join(base, 'out'), join(base, 'in')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/out\/sub: refusing to write through a symbolic link in the output directory/);
    expect(r.stderr).toMatch(/out\/top.md: refusing to write through a symbolic link/);
    expect(readdirSync(join(base, 'elsewhere'))).toEqual([]);
  });

  test('the same file named twice: two documents on stdout, the documented clash under --output-dir', () => {
    const twice = run(['-f', 'text', SEED, SEED]);
    expect(twice.code).toBe(0);
    expect(twice.stdout.match(/^==> .*itboltwise-selenskyj.txt <==$/gm)).toHaveLength(2);
    const dir = run(['-d', join(root, 'out-twice'), SEED, SEED]);
    expect(dir.code).toBe(3);
    expect(dir.stderr).toMatch(/itboltwise-selenskyj.txt: output .* is already the output of/);
  });

  test('an input is never overwritten, even with --force', () => {
    const dir = join(root, 'inplace');
    mkdirSync(dir);
    copyFileSync(SEED, join(dir, 'page.md'));
    const r = run(['-d', dir, '--force', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/page.md: refusing to overwrite an input/);
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('-o', () => {
  test('writes the file that stdout would have shown; a full device is exit 3', () => {
    const out = join(root, 'single.md');
    expect(run(['-o', out, SEED]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run([SEED]).stdout);
    const full = run(['-o', '/dev/full', SEED]);
    expect(full.code).toBe(3);
    expect(full.stderr).toBe('extract: /dev/full: cannot write (ENOSPC)\n');
  });
});

describe('URLs (a server on 127.0.0.1)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const page = readFileSync(HTML);
    server = createServer((req, res) => {
      if (req.url === '/post') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/old') res.writeHead(301, { location: '/post' }).end();
      else if (req.url === '/hang') return; // never answers; afterAll closes the connection
      else res.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }));

  test('a fetched page gives the same article as the saved file', async () => {
    const r = await runAsync([`${base}/old`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run([HTML]).stdout);
  });

  test('HTTP errors and a runaway input fail alone; the rest of the batch is written', async () => {
    const r = await runAsync(['-j', '2', '--timeout', '10', '-f', 'json', `${base}/hang`, `${base}/missing`, `${base}/post`]);
    expect(r.code).toBe(2);
    expect(ndjson(r.stdout).map((o) => [o.ok, o.error ?? o.title])).toEqual([
      [false, expect.stringMatching(/timed out/)],
      [false, expect.stringMatching(/HTTP 404 Not Found/)],
      [true, expect.stringMatching(/^Bernard Arnault/)],
    ]);
  });
});

describe('metadata', () => {
  test('-p prints one field; --front-matter puts YAML above the markdown', () => {
    expect(run(['-p', 'author', HTML]).stdout).toBe('Alexandra Tremayne-Pengelly\n');
    expect(run(['-p', 'date', HTML]).stdout).toBe('2023-11-08T22:19:12\n');
    expect(run(['-p', 'nonsense', HTML]).code).toBe(2);
    const out = run(['--front-matter', HTML]).stdout;
    const [, yaml] = /^---\n([\s\S]*?)\n---\n\n# /.exec(out)!;
    expect(parseYaml(yaml!)).toMatchObject({ title: expect.stringMatching(/^Bernard Arnault/), siteName: 'Observer', lang: 'en', url: 'https://observer.com/2023/11/bernard-arnault-lvmh-louvre-chardin/', image: expect.stringMatching(/^https:/) });
  });
});

describe('control', () => {
  const page = `<html lang="en"><head><title>Garden notes</title></head><body><article><h1>Garden notes</h1>
    ${'<p>The tomatoes grew tall this summer, and the neighbours came by to ask how we watered them so well.</p>'.repeat(4)}
    <p class="promo">Buy the garden book today and save on every order this week.</p>
    <p>See <a href="https://example.org/soil">the soil guide</a> and <img src="https://example.org/p.jpg" alt="plot"> the plot.</p>
    <table><tr><th>Crop</th><th>Yield</th></tr><tr><td>Tomato</td><td>12 kg</td></tr></table></article></body></html>`;
  const file = join(root, 'garden.html');
  writeFileSync(file, page);

  test('--drop-selector removes, --keep-selector picks the article', () => {
    expect(run([file]).stdout).toContain('Buy the garden book');
    const dropped = run(['--explain', '--drop-selector', '.promo', file]);
    expect(dropped.stdout).not.toContain('Buy the garden book');
    expect(dropped.stderr).toMatch(/removed {2}user\/drop-selector +Buy the garden book/);
    expect(run(['--keep-selector', 'table', file]).stdout).toBe('# Garden notes\n\n| Crop | Yield |\n| --- | --- |\n| Tomato | 12 kg |\n');
    expect(run(['--keep-selector', 'div[', file]).stderr).toMatch(/--keep-selector: "div\[" is not a valid CSS selector/);
  });

  test('--no-links, --no-images, --no-tables', () => {
    const all = run([file]).stdout;
    expect(all).toContain('[the soil guide](https://example.org/soil)');
    expect(all).toContain('![plot](https://example.org/p.jpg)');
    const bare = run(['--no-links', '--no-images', '--no-tables', file]).stdout;
    expect(bare).toMatch(/See the soil guide and +the plot\./);
    expect(bare).not.toMatch(/\]\(|\| Crop/);
  });

  test('--min-words decides what counts as an article', () => {
    expect(run(['--min-words', '500', file])).toMatchObject({ code: 1, stderr: expect.stringMatching(/only \d+ words/) });
  });

  test('--rules adds rows that --explain names; a broken file is a usage error naming the row', () => {
    const rules = join(root, 'rules.yaml');
    writeFileSync(rules, '- id: garden/promo\n  kind: ads\n  match: { text: "^buy the garden book" }\n  examples: { hit: ["Buy the garden book now"], miss: ["We read the garden book."] }\n');
    const r = run(['--explain', '--rules', rules, file]);
    expect(r.stdout).not.toContain('Buy the garden book');
    expect(r.stderr).toMatch(/removed {2}garden\/promo/);
    writeFileSync(rules, '- id: garden/promo\n  kind: spam\n  match: { text: x }\n');
    expect(run(['--rules', rules, file])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^extract: --rules .*rules.yaml: rule 1 \(garden\/promo\): "kind" must be one of/) });
  });
});

test('the library is importable by its package name (extract-md), and takes strings or bytes', () => {
  const script = `import('extract-md').then(({ extract, render }) => {
    const bytes = require('fs').readFileSync(${JSON.stringify(SEED)});
    const a = extract(bytes), b = extract(bytes.toString('utf8'), { minWords: 1 });
    console.log(a.ok && b.ok && render(a.article, 'markdown') === render(b.article, 'markdown'), extract('').ok, extract('').code);
  })`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: resolve('.') });
  expect(r.stdout.trim()).toBe('true false no-article');
});
