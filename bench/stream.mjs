#!/usr/bin/env node
// Record streams as a crawl runs them (issue 20): the CLI's whole process on one stream, timed with
// GNU time (wall, user + system CPU, peak RSS of the process and its worker threads).
//   node bench/stream.mjs CORPUS_DIR [--records 100000] [--warc 1000] [--jobs N] [--json FILE]
// - an NDJSON stream of --records text records (the corpus's dumps, cycled; ids make each unique);
// - a WARC.gz of --warc HTML responses (the corpus's pages, cycled), written with warcio's writer.
// Run by `npm run bench` after the quality sets; never part of the tests.
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export async function streamBench(corpus, opts = {}) {
  const records = Number(opts.records ?? 100000);
  const warcPages = Number(opts.warc ?? 1000);
  const jobs = Number(opts.jobs ?? availableParallelism());
  const BIN = resolve('bin/extract.js');
  const tmp = mkdtempSync(join(tmpdir(), 'extract-stream-'));
  const read = (path) => (path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString('utf8');
  const sets = readdirSync(corpus).filter((s) => existsSync(join(corpus, s, 'html'))).sort();
  const filesIn = (dir) => (existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : []);
  const dumps = sets.flatMap((s) => ['plain', 'w3m'].flatMap((k) => filesIn(join(corpus, s, 'dumps', k))));
  const pages = sets.flatMap((s) => filesIn(join(corpus, s, 'html')));
  try {
    const ndjson = join(tmp, 'records.jsonl');
    const texts = dumps.slice(0, 2000).map(read);
    const out = createWriteStream(ndjson);
    for (let i = 0; i < records; i++) {
      if (!out.write(`${JSON.stringify({ id: `r${i}`, text: texts[i % texts.length] })}\n`)) await new Promise((r) => out.once('drain', r));
    }
    await new Promise((r) => out.end(r));

    const warc = join(tmp, 'crawl.warc.gz');
    const parts = [];
    for (let i = 0; i < warcPages; i++) {
      const body = readFileSync(pages[i % pages.length]);
      const bytes = pages[i % pages.length].endsWith('.gz') ? gunzipSync(body) : body;
      const record = WARCRecord.create({ url: `https://bench.example/${i}`, date: '2024-01-01T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, (async function* () { yield bytes; })());
      parts.push(await WARCSerializer.serialize(record, { gzip: true }));
    }
    writeFileSync(warc, Buffer.concat(parts));

    const measure = (name, input, n) => {
      // stdout to a file, as a user redirects it: 100,000 lines are more than a string can hold.
      const outPath = join(tmp, 'out.jsonl');
      const fd = openSync(outPath, 'w');
      const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, BIN, '-q', '-j', String(jobs), input], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      if (r.error || r.status !== 0) return { name, error: r.error?.message ?? r.stderr.trim().split('\n').at(-1) };
      const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      const lines = Number(spawnSync('wc', ['-l', outPath], { encoding: 'utf8' }).stdout.trim().split(' ')[0]);
      return { name, records: n, lines, jobs, wallSeconds: wall, cpuSeconds: user + sys, perSecond: n / wall, perCpuSecond: n / (user + sys), peakRssMb: rssKb / 1024 };
    };
    return [measure(`NDJSON, ${records} text records`, ndjson, records), measure(`WARC.gz, ${warcPages} HTML responses`, warc, warcPages)];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function printStream(rows) {
  console.log('\nrecord streams (the CLI\'s whole process; GNU time):');
  for (const r of rows) {
    if (r.error) console.log(`  ${r.name}: failed (${r.error})`);
    else console.log(`  ${r.name}: ${r.lines} lines, -j ${r.jobs}: ${r.perSecond.toFixed(0)} records/s, ${r.perCpuSecond.toFixed(0)} per CPU-second, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { records: { type: 'string' }, warc: { type: 'string' }, jobs: { type: 'string' }, json: { type: 'string' } } });
  if (!positionals[0] || !existsSync(positionals[0])) {
    console.error('usage: node bench/stream.mjs CORPUS_DIR [--records N] [--warc N] [--jobs N] [--json FILE]');
    process.exit(2);
  }
  const rows = await streamBench(positionals[0], values);
  printStream(rows);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}
