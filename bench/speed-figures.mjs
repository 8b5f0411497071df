// Per-page cost as `npm run bench` reports it (issue 20 §5), every figure a ratio or a per-CPU
// figure measured in the same run, so a busy machine shifts both sides alike:
// - HTML: extract's pages per CPU-second over plain jsdom + Readability + turndown (one process
//   each, one core, each side's cheaper of two runs in turn), on the scrapinghub pages; target >= 5x.
// - text dumps through the CLI's whole process (user + system, one batch, -j1, the cheaper of
//   two runs) over every dev dump; target >= 1,000 per CPU-second.
// - size scaling: CPU of the CLI on a 10 MB and a 1 MB page of ordinary article markup; targets
//   10 MB under 10 s and at most 12x the 1 MB page.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { costRows } from './cost.mjs';

const CHILD = resolve('bench/speed-child.mjs');
const BIN = resolve('bin/extract.js');

function child(mode, list) {
  const out = execFileSync(process.execPath, ['--expose-gc', CHILD, mode, list], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

export function speedFigures(corpus) {
  const tmp = mkdtempSync(join(tmpdir(), 'extract-speed-'));
  const rows = [];
  const row = (what, value, target, met) => rows.push({ what, value, target, met });
  try {
    const htmlDir = join(corpus, 'scrapinghub', 'html');
    if (existsSync(htmlDir)) {
      const list = join(tmp, 'html.json');
      writeFileSync(list, JSON.stringify(readdirSync(htmlDir).sort().map((f) => join(htmlDir, f))));
      // Each side twice, in turn, and its cheaper run: one run of the plain side swung by a quarter
      // between two quiet moments of a shared machine, which moved the ratio more than most changes.
      const runs = [child('plain', list), child('extract', list), child('plain', list), child('extract', list)];
      const best = (k) => runs.filter((_r, i) => i % 2 === k).reduce((a, b) => (b.cpu < a.cpu ? b : a));
      const [plain, ours] = [best(0), best(1)];
      const ratio = (ours.pages / ours.cpu) / (plain.pages / plain.cpu);
      row(`HTML pages per CPU-second, ${ours.pages} scrapinghub pages, each side's cheaper of two runs: extract ${(ours.pages / ours.cpu).toFixed(1)}, plain pipeline ${(plain.pages / plain.cpu).toFixed(1)}`, `${ratio.toFixed(2)}x`, '>= 5x', ratio >= 5);
    }
    const dumps = join(tmp, 'dumps');
    mkdirSync(dumps);
    let n = 0;
    for (const set of readdirSync(corpus).sort()) {
      const root = join(corpus, set, 'dumps');
      if (!existsSync(root)) continue;
      // Copies: a folder's symbolic links are not followed.
      for (const kind of readdirSync(root)) for (const f of readdirSync(join(root, kind))) copyFileSync(join(root, kind, f), join(dumps, `${set}-${kind}-${f}`)), n++;
    }
    if (n > 0) {
      const outPath = join(tmp, 'dumps.jsonl');
      // The cheaper of two runs, as for HTML: one run moved by a sixth between quiet moments.
      const batch = () => {
        const fd = openSync(outPath, 'w');
        const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, BIN, '-q', '-j', '1', '-f', 'json', dumps], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
        closeSync(fd);
        const [, user, sys, rssKb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
        return { cpu: user + sys, rssKb, lines: readFileSync(outPath, 'utf8').split('\n').filter(Boolean).length };
      };
      const { cpu, rssKb, lines } = [batch(), batch()].reduce((a, b) => (b.cpu < a.cpu ? b : a));
      const perCpu = n / cpu;
      if (lines !== n) row(`text dumps through the CLI: ${lines} output lines for ${n} dumps`, 'failed', '>= 1000', false);
      else row(`text dumps per CPU-second, the CLI's whole process on ${n} dev dumps (-j1, the cheaper of two runs, peak RSS ${(rssKb / 1024).toFixed(0)} MB)`, perCpu.toFixed(0), '>= 1000', perCpu >= 1000);
    }
    const [one, ten] = costRows([1, 10], ['ordinary article']);
    const scale = ten.cpu / one.cpu;
    row(`size scaling, ordinary article markup: 1 MB ${one.cpu.toFixed(2)} s, 10 MB ${ten.cpu.toFixed(2)} s CPU (10 MB < 10 s)`, `${scale.toFixed(1)}x`, '<= 12x', scale <= 12 && ten.cpu < 10 && one.kept && ten.kept);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

export function printSpeed(rows) {
  console.log('\nper-page cost (ratios and per-CPU figures of this run):');
  for (const r of rows) console.log(`  ${r.what}: ${r.value} (target ${r.target}: ${r.met ? 'met' : 'NOT met'})`);
}
