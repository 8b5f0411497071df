#!/usr/bin/env node
// A browser's innerText of every corpus page (one of the dump formats the held-out sets score):
// headless Chromium, no scripts and no network, so each page is its saved HTML with its inline
// styles. innerText marks no list item or heading: every line is a paragraph, and a block that
// only CSS or a script shows (a tab, a page hidden until a script runs) is missing, as it would be
// in a crawl that saved a page's innerText without waiting. Chromium comes from Debian (root and
// apt-get), playwright-core from npm into a scratch folder; without them the script says so and
// exits 0. The output is a corpus folder whose truth.json links to the source's:
//
//   npm run build && node bench/innertext-dumps.mjs ../shared/corpus /tmp/inner wcxb-dev scrapinghub
//   node bench/run.mjs /tmp/inner --kinds inner --scorer ../shared/bench/score.mjs --stream-records 0 --no-speed
//
// Never part of the tests, and no corpus page is copied into the project.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/decode.js';

const CHROMIUM = '/usr/bin/chromium';
/** A page that never finishes loading its own markup leaves an empty dump, as a failed dump would. */
const PAGE_TIMEOUT_MS = 20_000;

const [src, out, ...sets] = process.argv.slice(2);
if (!src || !out || sets.length === 0) {
  console.error('usage: node bench/innertext-dumps.mjs CORPUS OUT SET...');
  process.exit(2);
}

if (!existsSync(CHROMIUM) && process.getuid?.() === 0) {
  console.error('installing chromium from Debian');
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'ignore', timeout: 600_000 });
}
const scratch = mkdtempSync(join(tmpdir(), 'innertext-npm-'));
spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', scratch, 'playwright-core@1'], { stdio: 'ignore', timeout: 300_000 });
const module = join(scratch, 'node_modules', 'playwright-core', 'index.mjs');
if (!existsSync(CHROMIUM) || !existsSync(module)) {
  console.error(`inner: ${existsSync(CHROMIUM) ? 'playwright-core could not be installed' : 'chromium is not installed'}, skipped`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

const { chromium } = await import(pathToFileURL(module).href);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  let page = await context.newPage();
  for (const set of sets) {
    mkdirSync(`${out}/${set}/dumps/inner`, { recursive: true });
    if (!existsSync(`${out}/${set}/truth.json`)) symlinkSync(resolve(src, set, 'truth.json'), `${out}/${set}/truth.json`);
    for (const f of readdirSync(`${src}/${set}/html`)) {
      const bytes = readFileSync(`${src}/${set}/html/${f}`);
      const decoded = decode(f.endsWith('.gz') ? gunzipSync(bytes) : bytes);
      let text = '';
      try {
        await page.setContent(decoded.ok ? decoded.text : '', { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
        // Evaluated by the inspector, which runs with the page's own scripts off.
        text = await page.evaluate(() => document.body?.innerText ?? '');
      } catch (err) {
        console.error(`${set}/${f}: ${String(err).split('\n')[0]}`);
        await page.close().catch(() => {});
        page = await context.newPage();
      }
      writeFileSync(`${out}/${set}/dumps/inner/${f.replace(/\.html(\.gz)?$/, '')}.txt`, text);
    }
    console.error(`${set}: done`);
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
