#!/usr/bin/env node
// Speed and memory, as ratios measured in one run (issue 5). Never part of the tests or CI.
//   npm run bench:speed -- CORPUS_DIR [--limit N] [--small 10000] [--check]
// Sides run one after the other, each in its own process: plain jsdom + Readability + turndown,
// then extract (markdown, all rules). Also: text dumps/s, CLI start vs `node -e 0`, --jobs 2 vs 1,
// and RSS growth over many small documents. --check exits 1 when a target is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, small: { type: 'string', default: '10000' }, check: { type: 'boolean' } },
});
const corpus = positionals[0];
if (!corpus || !existsSync(corpus)) {
  console.error('usage: npm run bench:speed -- CORPUS_DIR [--limit N] [--small N] [--check]');
  process.exit(2);
}
const limit = values.limit ? Number(values.limit) : Infinity;
const CHILD = resolve('bench/speed-child.mjs');
const BIN = resolve('bin/extract.js');
const tmp = mkdtempSync(join(tmpdir(), 'extract-speed-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const sets = readdirSync(corpus).filter((s) => existsSync(join(corpus, s, 'html'))).sort();
const filesOf = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(html|txt)(\.gz)?$/.test(f)).sort().map((f) => join(dir, f)) : []);
const html = sets.flatMap((s) => filesOf(join(corpus, s, 'html'))).slice(0, limit);
const dumps = sets.flatMap((s) => readdirSync(join(corpus, s, 'dumps')).flatMap((k) => filesOf(join(corpus, s, 'dumps', k)))).slice(0, limit);

function child(args) {
  const out = execFileSync(process.execPath, ['--expose-gc', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1));
}
function list(name, files) {
  const path = join(tmp, `${name}.json`);
  writeFileSync(path, JSON.stringify(files));
  return path;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function wall(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'], ...opts });
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const rows = [];
const row = (what, ours, theirs, unit, target, ok) => rows.push({ what, ours, theirs, unit, target, ok });

console.error(`html: ${html.length} pages, dumps: ${dumps.length}`);
const plain = child(['plain', list('html', html)]);
const ours = child(['extract', list('html', html)]);
const ratio = (plain.seconds / plain.pages) / (ours.seconds / ours.pages);
row('HTML pages/s (one process)', (ours.pages / ours.seconds).toFixed(1), (plain.pages / plain.seconds).toFixed(1), 'pages/s', '>= 5x plain', ratio >= 5);
row('HTML ratio extract / plain', `${ratio.toFixed(2)}x`, '', '', '>= 5x', ratio >= 5);
row('HTML peak RSS, library in a loop (no target)', ours.maxRssMb, plain.maxRssMb, 'MB', '', true);

const text = child(['text', list('dumps', dumps)]);
row('text dumps pages/s (one process)', (text.pages / text.seconds).toFixed(0), '', 'pages/s', '>= 500', text.pages / text.seconds >= 500);

const small = child(['small', values.small]);
row(`RSS growth over ${small.docs} small documents (median of 3 reads at 1-2k vs the last 3; heap ${small.heapGrowthMb} MB)`, small.growthMb, '', 'MB', '< 50 MB', small.growthMb < 50);

const seed = resolve('fixtures/itboltwise-selenskyj.txt');
const bare = median(Array.from({ length: 7 }, () => wall(process.execPath, ['-e', '0'])));
const start = median(Array.from({ length: 7 }, () => wall(process.execPath, [BIN, seed])));
row('`extract page.txt` wall time vs `node -e 0`', start.toFixed(3), bare.toFixed(3), 's', '<= 3x', start <= 3 * bare);

const dir = join(tmp, 'pages');
mkdirSync(dir);
html.forEach((f, i) => writeFileSync(join(dir, `${i}-${f.split('/').at(-1).replace(/\.gz$/, '')}`), f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)));
const j1 = child(['batch', dir, '1']);
const j2 = child(['batch', dir, '2']);
row(`HTML peak RSS, one CLI batch of ${html.length} pages (-j1 / -j2)`, j1.maxRssMb, j2.maxRssMb, 'MB', '< 400 MB', j1.maxRssMb < 400);
const jr = j1.seconds / j2.seconds;
row(`--jobs 2 vs --jobs 1 (${html.length} HTML pages, CLI)`, `${jr.toFixed(2)}x`, `${j1.seconds.toFixed(1)} s / ${j2.seconds.toFixed(1)} s`, '', '>= 1.7x', jr >= 1.7);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('measure', 62)}${pad('extract', 12)}${pad('plain/base', 22)}${pad('unit', 9)}${pad('target', 12)}met`);
for (const r of rows) console.log(`${pad(r.what, 62)}${pad(r.ours, 12)}${pad(r.theirs, 22)}${pad(r.unit, 9)}${pad(r.target, 12)}${r.ok ? 'yes' : 'NO'}`);
console.log(`\nplain: ${plain.pages} pages in ${plain.seconds.toFixed(1)} s (cpu ${plain.cpu.toFixed(1)} s); extract: ${ours.pages} in ${ours.seconds.toFixed(1)} s (cpu ${ours.cpu.toFixed(1)} s)`);
if (values.check && rows.some((r) => !r.ok)) process.exit(1);
