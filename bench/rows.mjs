#!/usr/bin/env node
// The cost of each text/line row of the rule table over a corpus's text dumps, slowest first, so
// a row whose regex backtracks shows before it slows every dump (one unanchored lazy pattern once
// cost 1.6 s over 1,400 dumps). Rows marked 'always' have no needle and run on every short block;
// the others run only where their needles occur, so their figure here is a worst case.
//   npm run bench:rows -- CORPUS_DIR [--top 15]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { cleanText } from '../dist/clean-text.js';
import { segment } from '../dist/text/segment.js';
import { RULES } from '../dist/rules/table/index.js';
import { rowSetOf } from '../dist/rules/row-set.js';
import { hitPrepared, Prepared } from '../dist/rules/match.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
const corpus = positionals[0];
if (!corpus || !existsSync(corpus)) {
  console.error('usage: npm run bench:rows -- CORPUS_DIR [--top N]');
  process.exit(2);
}
const read = (p) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p)).toString('utf8');
const files = readdirSync(corpus)
  .filter((s) => existsSync(join(corpus, s, 'dumps')))
  .flatMap((s) => readdirSync(join(corpus, s, 'dumps')).flatMap((k) => readdirSync(join(corpus, s, 'dumps', k)).map((f) => join(corpus, s, 'dumps', k, f))));
const set = rowSetOf(RULES);
const blocks = files.flatMap((f) => segment(cleanText(read(f))).map((b) => b.text)).filter((t) => t.length <= set.maxChars).map((t) => new Prepared(t));
const rows = set.rows.map((row, k) => {
  let hits = 0;
  for (const p of blocks) if (hitPrepared(row, p)) hits++; // first pass compiles and warms the regex
  const t0 = performance.now();
  for (const p of blocks) hitPrepared(row, p);
  return { id: row.rule.id, ms: performance.now() - t0, hits, always: set.always[k] === 1 };
});
rows.sort((a, b) => b.ms - a.ms);
console.log(`${files.length} dumps, ${blocks.length} blocks short enough for a row; every row on every block:`);
for (const r of rows.slice(0, Number(values.top))) console.log(`${r.ms.toFixed(1).padStart(8)} ms ${String(r.hits).padStart(6)} hits  ${r.always ? 'always ' : 'needles'}  ${r.id}`);
