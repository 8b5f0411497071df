#!/usr/bin/env node
// Sweep one tuned number of src/params.ts: runs the bench (bench/run.mjs) once per value over
// the dev sets and prints F1 per value and set x input kind, with the type accuracy where the
// truth has types. Values default to the param's range and step.
//
//   npm run sweep -- NAME [--values 0.2,0.3] [--corpus ../shared/corpus] [--sets a,b] [--kinds html,plain]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PARAMS } from '../dist/params.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { values: { type: 'string' }, corpus: { type: 'string', default: '../shared/corpus' }, sets: { type: 'string' }, kinds: { type: 'string' } },
});
const name = positionals[0];
if (!name || !(name in PARAMS)) {
  console.error(`usage: npm run sweep -- NAME [--values a,b] [--corpus DIR] [--sets a,b] [--kinds html,plain]\nNAME: ${Object.keys(PARAMS).join(', ')}`);
  process.exit(2);
}
if (!existsSync(values.corpus)) {
  console.error(`no corpus at ${values.corpus}: give one with --corpus DIR`);
  process.exit(2);
}
const p = PARAMS[name];
const tried = values.values
  ? values.values.split(',').map(Number)
  : Array.from({ length: Math.round((p.range[1] - p.range[0]) / p.step) + 1 }, (_, i) => Number((p.range[0] + i * p.step).toFixed(6)));
console.log(`${name}: ${p.why} (${p.unit}; now ${p.value})`);
const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
try {
  for (const v of tried) {
    const out = join(dir, `${v}.json`);
    // F1 only: the speed figures and the streams would cost more than the scoring and say nothing here.
    const args = ['bench/run.mjs', values.corpus, '--param', `${name}=${v}`, '--out', out, '--no-speed', '--stream-records', '0'];
    if (values.sets) args.push('--sets', values.sets);
    if (values.kinds) args.push('--kinds', values.kinds);
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const { rows } = JSON.parse(readFileSync(out, 'utf8'));
    const cells = rows.map((r) => `${r.set}/${r.kind} ${r.f1.toFixed(4)}${r.typeAccuracy !== undefined ? ` (types ${(100 * r.typeAccuracy).toFixed(1)}%)` : ''}`);
    console.log(`${String(v).padEnd(8)}${v === p.value ? '*' : ' '} ${cells.join('  ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
