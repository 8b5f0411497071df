#!/usr/bin/env node
// Cost of hostile and large inputs (issue 18 §4): CPU seconds (user + system, the whole process,
// start-up included) of `extract` on generated pages of 1 MB and 10 MB in the shapes that were
// superlinear (BAD-INPUTS.md's cliffs and the ones found since), and whether the article is kept.
// Targets: 1 MB under 2 s, 10 MB under 20 s. Never part of the tests: speed is the machine's.
//
//   npm run bench:cost [-- --sizes 1,10] [--shapes 'ordinary article,nested divs']

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const BIN = resolve('bin/extract.js');
const MARK = 'The council voted on the new bridge on Tuesday evening';
const para = `<p>${MARK}, and most members agreed that the old one had served the town for long enough.</p>`;
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

/** Each shape: bytes -> a page holding the marked article. */
export const SHAPES = {
  'ordinary article': (n) => `<html><head><title>A</title></head><body><nav><a href="/">Home</a></nav><article>${fill(para, n)}</article></body></html>`,
  'sibling paragraphs': (n) => `<html><head><title>S</title></head><body><article>${para}${fill('<p>x y z</p>', n)}</article></body></html>`,
  'nested tables': (n) => {
    const unit = '<table><tr><td>cell text here</td><td>';
    const k = Math.floor(n / (unit.length + 18));
    return `<html><body>${para}${unit.repeat(k)}${para}${'</td></tr></table>'.repeat(k)}</body></html>`;
  },
  'nested divs': (n) => `<html><body>${'<div>'.repeat(2000)}${fill(para, n)}${'</div>'.repeat(2000)}</body></html>`,
  'unclosed formatting': (n) => `<html><body><article>${para}${'<b><i><u>'.repeat(50)}${fill('<p>word and word</p>', n)}</article></body></html>`,
};

/** CPU seconds of the CLI on each shape x size: [{ shape, mb, cpu, kept, code, target }]. */
export function costRows(sizes, shapes = Object.keys(SHAPES)) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cost-'));
  const rows = [];
  // The child reports its own CPU time, so the figure is the process's, worker threads included. A
  // file, not -e: worker threads inherit the process's flags, and --input-type stops them.
  const wrapper = join(dir, 'cpu.mjs');
  writeFileSync(wrapper, `const t0 = process.cpuUsage();
process.on('exit', () => { const u = process.cpuUsage(t0); process.stderr.write('\\nCPU ' + (u.user + u.system) / 1e6 + '\\n'); });
await import(${JSON.stringify(BIN)});
`);
  try {
    for (const mb of sizes) {
      for (const shape of shapes) {
        const file = join(dir, `${shape.replace(/\W+/g, '-')}-${mb}mb.html`);
        writeFileSync(file, SHAPES[shape](mb * 1_000_000));
        const r = spawnSync(process.execPath, [wrapper, '--timeout', '600', '--max-bytes', String(20_000_000), file], { encoding: 'utf8', maxBuffer: 1 << 28 });
        const cpu = Number(/CPU ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
        rows.push({ shape, mb, cpu, kept: r.stdout.includes(MARK), code: r.status, target: mb <= 1 ? 2 : 20 });
        console.error(`${shape} ${mb} MB: ${cpu.toFixed(2)} s CPU, exit ${r.status}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10' }, shapes: { type: 'string' } } });
  const rows = costRows(values.sizes.split(',').map(Number), values.shapes?.split(',').map((s) => s.trim()));
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('shape', 22)}${pad('size', 7)}${pad('CPU s', 9)}${pad('target', 8)}${pad('met', 5)}article kept`);
  for (const r of rows) console.log(`${pad(r.shape, 22)}${pad(`${r.mb} MB`, 7)}${pad(r.cpu.toFixed(2), 9)}${pad(`< ${r.target}`, 8)}${pad(r.cpu < r.target ? 'yes' : 'no', 5)}${r.kept ? 'yes' : `no (exit ${r.code})`}`);
}
