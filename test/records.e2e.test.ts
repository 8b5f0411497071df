import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from './tmp.js';
import { articlePage, warcBytes } from './warc-helpers.js';

/** Record streams through the real bin/extract.js: WARC, WARC.gz and NDJSON in, one line per record out. */

const BIN = resolve('bin/extract.js');
const root = tempDir('extract-records-');

function run(args: string[], opts: { input?: Buffer | string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const name of ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX', 'SLURM_ARRAY_TASK_ID']) if (!opts.env?.[name]) delete env[name];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, input: opts.input, timeout: 600_000, env });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const PAGES = ['Bridge repairs agreed', 'Library opens on Sundays', 'New bus line to the harbour'];

beforeAll(async () => {
  const records = [
    { type: 'warcinfo' as const },
    ...PAGES.flatMap((title, i) => [
      { type: 'request' as const, url: `http://news.example/${i}` },
      { type: 'response' as const, url: `http://news.example/${i}`, date: `2024-05-0${i + 1}T08:00:00Z`, http: { 'Content-Type': 'text/html; charset=utf-8' }, body: articlePage(title) },
    ]),
    { type: 'response' as const, url: 'http://news.example/menu', http: { 'Content-Type': 'text/html' }, body: '<html><body><nav><a href="/">Home</a></nav></body></html>' },
    { type: 'response' as const, url: 'http://news.example/logo.png', http: { 'Content-Type': 'image/png' }, body: 'PNG' },
  ];
  writeFileSync(join(root, 'crawl.warc'), await warcBytes(records));
  writeFileSync(join(root, 'crawl.warc.gz'), await warcBytes(records, true));
  const gz = readFileSync(join(root, 'crawl.warc.gz'));
  writeFileSync(join(root, 'cut.warc.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
  const ndjson = PAGES.map((title, i) => JSON.stringify({ doc: `d${i}`, link: `https://blog.example/${i}`, body: articlePage(title) }));
  writeFileSync(join(root, 'docs.jsonl'), `${ndjson.join('\n')}\n`);
});

describe('a WARC in, NDJSON lines out', () => {
  test('one line per page record, in archive order, with the record id, url and date; exit 0 although one page has no article', () => {
    const r = run(['crawl.warc.gz']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.url, o.ok])).toEqual([...PAGES.map((_, i) => [`http://news.example/${i}`, true]), ['http://news.example/menu', false]]);
    expect(out[0]).toMatchObject({ id: expect.stringMatching(/^<urn:test:\d+>$/), date: '2024-05-01T08:00:00Z', type: 'article', title: PAGES[0], format: 'html' });
    expect(Object.keys(out[0]!).slice(0, 5)).toEqual(['id', 'url', 'date', 'ok', 'title']);
    expect(out[0]!.markdown).toMatch(/^# Bridge repairs agreed\n\nBridge repairs agreed, paragraph 1/);
    expect(out[3]).toMatchObject({ ok: false, code: 'no-article', reason: expect.stringMatching(/no article/) });
    expect(r.stderr).toMatch(/crawl\.warc\.gz: 9 records: 3 ok, 1 without article, 5 skipped \(warcinfo 1, request 3, not-a-page 1\)/);
  });

  test('the plain archive, the gzipped one and the gzipped one on stdin give the same bytes; a rerun too', () => {
    const gz = run(['crawl.warc.gz']).stdout;
    expect(run(['crawl.warc']).stdout).toBe(gz);
    expect(run(['-'], { input: readFileSync(join(root, 'crawl.warc.gz')) }).stdout).toBe(gz);
    expect(run(['-j', '1', 'crawl.warc.gz']).stdout).toBe(gz);
  });

  test('-o FILE takes the lines whole, gzipped when the name ends in .gz', () => {
    expect(run(['-o', 'lines.jsonl.gz', 'crawl.warc']).code).toBe(0);
    expect(gunzipSync(readFileSync(join(root, 'lines.jsonl.gz'))).toString('utf8')).toBe(run(['crawl.warc']).stdout);
  });

  test('--worst-exit: the most severe record decides, as in a batch', () => {
    expect(run(['--worst-exit', 'crawl.warc.gz']).code).toBe(1);
  });

  test('-p keeps the pass-through fields and the one asked for', () => {
    const out = lines(run(['-p', 'title', 'crawl.warc.gz']).stdout);
    expect(out[1]).toEqual({ id: expect.any(String), url: 'http://news.example/1', date: '2024-05-02T08:00:00Z', ok: true, title: PAGES[1] });
  });

  test('a cut archive: the lines of its whole records, then exit 5 (retry), with the reason', () => {
    const r = run(['cut.warc.gz']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/cut\.warc\.gz: the archive is cut short/);
    for (const o of lines(r.stdout)) expect(o.ok).toBe(true);
  });
});

describe('NDJSON records, as Spark, Hadoop Streaming or parallel --pipe feed them', () => {
  test('--record-fields names the fields; the id passes through', () => {
    const r = run(['--record-fields', 'id=doc,url=link,html=body', '-'], { input: readFileSync(join(root, 'docs.jsonl')) });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.id, o.url, o.title])).toEqual(PAGES.map((t, i) => [`d${i}`, `https://blog.example/${i}`, t]));
  });

  test('split into partitions and piped through one by one: the same lines, counts, order and ids as the whole file', () => {
    const all = readFileSync(join(root, 'docs.jsonl'), 'utf8').trim().split('\n');
    const fields = ['--record-fields', 'id=doc,url=link,html=body'];
    const whole = run([...fields, 'docs.jsonl']).stdout;
    const parts = [all.slice(0, 1), all.slice(1)].map((p) => run([...fields, '-'], { input: `${p.join('\n')}\n` }).stdout);
    expect(parts.join('')).toBe(whole);
    expect(lines(whole)).toHaveLength(all.length);
  });

  test('a page and a record stream in one run is a usage error', () => {
    writeFileSync(join(root, 'page.html'), articlePage('A page'));
    const r = run(['page.html', 'crawl.warc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/page\.html is a page and crawl\.warc a record stream/);
  });
});

describe('shards: -d writes DIR/<input>.jsonl.gz whole or not at all, with its stats', () => {
  test('written, kept on rerun, replaced with --force; a cut input leaves no shard and exits 5', () => {
    const r = run(['-d', 'out', 'crawl.warc.gz', 'docs.jsonl', '--record-fields', 'id=doc,url=link,html=body']);
    expect(r.code).toBe(0);
    const shard = gunzipSync(readFileSync(join(root, 'out', 'crawl.warc.gz.jsonl.gz'))).toString('utf8');
    expect(shard).toBe(run(['crawl.warc.gz']).stdout);
    expect(JSON.parse(readFileSync(join(root, 'out', 'crawl.warc.gz.stats.json'), 'utf8'))).toEqual({
      source: 'crawl.warc.gz', records: 9, ok: 3, noArticle: 1, badInput: 0, timeout: 0, internal: 0, skipped: { warcinfo: 1, request: 3, 'not-a-page': 1 },
    });
    expect(existsSync(join(root, 'out', 'docs.jsonl.jsonl.gz'))).toBe(true);

    const again = run(['-d', 'out', 'crawl.warc.gz']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/already exists, kept/);
    expect(run(['-d', 'out', '--force', 'crawl.warc.gz']).stderr).not.toMatch(/kept/);

    const cut = run(['-d', 'out', 'cut.warc.gz']);
    expect(cut.code).toBe(5);
    expect(cut.stderr).toMatch(/nothing written/);
    expect(readdirSync(join(root, 'out')).filter((f) => f.startsWith('cut') || f.endsWith('.tmp'))).toEqual([]);
  });

  test('array schedulers: each index variable picks its line of the manifest; every shard is written once', () => {
    mkdirSync(join(root, 'shards'), { recursive: true });
    const names = ['s0', 's1', 's2'];
    for (const [i, name] of names.entries()) writeFileSync(join(root, 'shards', `${name}.jsonl`), `${JSON.stringify({ id: name, html: articlePage(PAGES[i]!) })}\n`);
    writeFileSync(join(root, 'manifest.txt'), names.map((n) => `shards/${n}.jsonl`).join('\n'));
    const variables = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX', 'SLURM_ARRAY_TASK_ID'];
    for (const [i, variable] of variables.entries()) {
      const r = run(['--manifest', 'manifest.txt', '-d', `array-${i}`], { env: { [variable]: String(i) } });
      expect(r.code).toBe(0);
      expect(readdirSync(join(root, `array-${i}`, 'shards')).sort()).toEqual([`${names[i]}.jsonl.jsonl.gz`, `${names[i]}.jsonl.stats.json`]);
      const shard = lines(gunzipSync(readFileSync(join(root, `array-${i}`, 'shards', `${names[i]}.jsonl.jsonl.gz`))).toString('utf8'));
      expect(shard.map((o) => o.id)).toEqual([names[i]]);
    }
    expect(run(['--manifest', 'manifest.txt', '--shard-index', '3']).code).toBe(2);
    expect(run(['--shard-index', '0', 'crawl.warc']).code).toBe(2);
  });
});

describe('a record that never finishes', () => {
  // EXTRACT_TEST_STALL: a record holding the marker never finishes, whatever the machine's speed.
  const stall = { EXTRACT_TEST_STALL: 'stall-here' };
  const stream = () => [
    JSON.stringify({ id: 'before', html: articlePage(PAGES[0]!) }),
    JSON.stringify({ id: 'stuck', html: `${articlePage(PAGES[1]!)}<!-- stall-here -->` }),
    JSON.stringify({ id: 'after', html: articlePage(PAGES[2]!) }),
  ].join('\n');

  test('over --timeout it becomes its error line and the stream goes on; exit 0', () => {
    const r = run(['--timeout', '10', '-'], { input: stream(), env: stall });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.id, o.ok, o.code ?? null])).toEqual([['before', true, null], ['stuck', false, 'timeout'], ['after', true, null]]);
  });

  test('killed with SIGTERM meanwhile: the shard is not there, nor its temporary file', async () => {
    writeFileSync(join(root, 'stalls.jsonl'), stream());
    const child = spawn(process.execPath, [BIN, '-d', 'killed', '--timeout', '600', 'stalls.jsonl'], { cwd: root, env: { ...process.env, ...stall } });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // The temporary shard exists from the start; wait for it, then stop the run.
    while (!existsSync(join(root, 'killed')) || readdirSync(join(root, 'killed')).length === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readdirSync(join(root, 'killed'))).toEqual([]);
  }, 600_000);
});

describe('an archive written by a real crawler', () => {
  const hasWget = spawnSync('wget', ['--version']).status === 0;

  test.skipIf(!hasWget)('wget --warc-file against a local server: each page reads as the saved file does', async () => {
    const fixtures = ['html-en--invented-forum-thread', 'html-en--invented-product-page', 'html-en--invented-service-page'];
    const server = createServer((req, res) => {
      const name = fixtures.find((f) => req.url === `/${f}/`);
      if (!name) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(resolve('fixtures', name, 'source.html')));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = join(root, 'wget');
    mkdirSync(dir, { recursive: true });
    // Async: the server in this process must answer while wget runs.
    const code = await new Promise<number | null>((done) => {
      spawn('wget', ['-q', '--warc-file=site', '--no-warc-keep-log', '-O', '/dev/null', ...fixtures.map((f) => `${base}/${f}/`), `${base}/missing/`], { cwd: dir }).on('exit', done);
    });
    server.close();
    expect(code).toBe(8); // wget: the 404 was a server error response
    const out = lines(run(['-p', 'title', join(dir, 'site.warc.gz')]).stdout);
    const titles = fixtures.map((f) => run(['-p', 'title', resolve('fixtures', f, 'source.html')]).stdout.trim());
    expect(out.map((o) => [o.url, o.title])).toEqual(fixtures.map((f, i) => [`${base}/${f}/`, titles[i]]));
  });
});
