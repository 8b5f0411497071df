// One side of `npm run bench:speed`, in its own process so each side's memory is its own.
//   node bench/speed-child.mjs plain|extract|text LIST.json   -> {"pages","seconds","cpu","maxRssMb"}
//   node bench/speed-child.mjs small N                          -> RSS growth from the first 1,000-2,000 to the last N small documents
//   node bench/speed-child.mjs batch DIR JOBS                   -> the CLI's batch over DIR (NDJSON, discarded): seconds, peak RSS
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import { main } from '../dist/cli/main.js';
import { extract, render } from '../dist/index.js';

const require = createRequire(import.meta.url);
const [mode, arg] = process.argv.slice(2);
const read = (p) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p));
const tick = () => new Promise((r) => setImmediate(r));
const mb = (bytes) => Math.round(bytes / 1048576);

function plainSide() {
  // What a user of the stack would write: jsdom, Readability, turndown, nothing else.
  const { JSDOM, VirtualConsole } = require('jsdom');
  const { Readability } = require('@mozilla/readability');
  const TurndownService = require('turndown');
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
  const virtualConsole = new VirtualConsole();
  return (bytes) => {
    let dom;
    try {
      dom = new JSDOM(bytes, { virtualConsole });
      const article = new Readability(dom.window.document).parse();
      return article?.content ? td.turndown(article.content) : '';
    } catch {
      return ''; // the stack throws on some real pages (see BAD-INPUTS.md); the bench counts them as done
    } finally {
      dom?.window.close();
    }
  };
}

async function extractSide(html) {
  // The libraries load before the clock starts, as plainSide's require()s do: extract loads them
  // on its first HTML page, which put ~0.5 s of imports on our side of the ratio only.
  if (html) {
    const deps = await import('../dist/html/deps.js');
    deps.loadJsdom(); deps.loadReadability(); deps.loadTurndown(); deps.loadGfm(); deps.loadParse5();
  }
  return (bytes) => {
    const r = extract(bytes);
    return r.ok ? render(r.article, 'markdown') : '';
  };
}

if (mode === 'batch') {
  // The CLI in this process, so its worker threads' memory is this process's peak RSS.
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const t0 = process.hrtime.bigint();
  await main(['-q', '-j', process.argv[4], '-f', 'json', arg], { stdin: process.stdin, stdout: sink, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else if (mode === 'small') {
  // RSS after a forced GC moves by tens of MB between two reads of the same heap (the allocator
  // keeps or returns pages as it likes), so one read at each end measured noise. Read it every
  // 500 documents and compare the median of the first three reads after warm-up (1,000-2,000)
  // with the median of the last three.
  const n = Number(arg);
  const page = (i) => `<html><head><title>Note ${i}</title></head><body><nav><a href="/">Home</a></nav><article><h1>Note ${i}</h1>${'<p>A short note about the weather in the valley, written for the bench, number ' + i + '.</p>'.repeat(3)}</article></body></html>`;
  const reads = [];
  for (let i = 1; i <= n; i++) {
    extract(page(i));
    await tick();
    if (i >= 1000 && i % 500 === 0) {
      global.gc?.();
      await tick();
      global.gc?.();
      reads.push({ at: i, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed });
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const first = reads.slice(0, 3);
  const last = reads.slice(-3);
  console.log(JSON.stringify({
    docs: n,
    rssAt1kMb: mb(med(first.map((r) => r.rss))),
    rssAtEndMb: mb(med(last.map((r) => r.rss))),
    growthMb: mb(med(last.map((r) => r.rss)) - med(first.map((r) => r.rss))),
    heapGrowthMb: mb(med(last.map((r) => r.heap)) - med(first.map((r) => r.heap))),
  }));
} else {
  const files = JSON.parse(readFileSync(arg, 'utf8'));
  const run = mode === 'plain' ? plainSide() : await extractSide(mode === 'extract');
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  // Read one at a time, inside the timing, on both sides: holding the corpus would inflate the RSS.
  for (const file of files) {
    run(read(file));
    await tick(); // jsdom frees a closed window only after the event loop turns (BAD-INPUTS.md)
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ pages: files.length, seconds, cpu: (cpu.user + cpu.system) / 1e6, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
