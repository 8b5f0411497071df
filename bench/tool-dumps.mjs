#!/usr/bin/env node
// Dumps of the corpus pages by other text browsers and HTML-to-text tools (the held-out sets score
// dump formats the corpus does not hold): lynx (-dump, with its numbered link list, and -nolist),
// links (-dump) and Debian's html2text, each run on every page's HTML. Tools that are missing are
// installed from Debian when the script may (root and apt-get), else skipped with a message. The
// output is a corpus folder whose truth.json links to the source's, so bench/run.mjs scores it:
//
//   npm run build && node bench/tool-dumps.mjs ../shared/corpus /tmp/tool-dumps scrapinghub trafilatura-dev
//   node bench/run.mjs /tmp/tool-dumps --kinds lynx,lynxrefs,links,html2text --scorer ../shared/bench/score.mjs --stream-records 0 --no-speed
//
// Never part of the tests, and no corpus page is copied into the project.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/decode.js';

/** Each dump kind: its Debian package and command line (80 columns, UTF-8 in and out). */
const TOOLS = {
  lynx: ['lynx', (f) => ['lynx', ['-dump', '-force_html', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', f]]],
  lynxrefs: ['lynx', (f) => ['lynx', ['-dump', '-force_html', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', f]]],
  links: ['links', (f) => ['links', ['-dump', '-width', '80', '-codepage', 'utf-8', f]]],
  html2text: ['html2text', (f) => ['html2text', ['-utf8', '-width', '80', f]]],
};

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;

function ensure(packages) {
  const missing = packages.filter((p) => !has(p));
  if (missing.length === 0 || process.getuid?.() !== 0 || !has('apt-get')) return;
  console.error(`installing ${missing.join(', ')} from Debian`);
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'ignore', timeout: 300_000 });
}

const [src, out, ...sets] = process.argv.slice(2);
if (!src || !out || sets.length === 0) {
  console.error('usage: node bench/tool-dumps.mjs CORPUS OUT SET...');
  process.exit(2);
}
ensure([...new Set(Object.values(TOOLS).map(([pkg]) => pkg))]);
const kinds = Object.entries(TOOLS).filter(([kind, [pkg]]) => has(pkg) || void console.error(`${kind}: ${pkg} is not installed, skipped`));
const work = mkdtempSync(join(tmpdir(), 'tool-dumps-'));
const page = join(work, 'page.html');
try {
  for (const set of sets) {
    for (const [kind] of kinds) mkdirSync(`${out}/${set}/dumps/${kind}`, { recursive: true });
    if (!existsSync(`${out}/${set}/truth.json`)) symlinkSync(resolve(src, set, 'truth.json'), `${out}/${set}/truth.json`);
    for (const f of readdirSync(`${src}/${set}/html`)) {
      const id = f.replace(/\.html(\.gz)?$/, '');
      const bytes = readFileSync(`${src}/${set}/html/${f}`);
      const decoded = decode(f.endsWith('.gz') ? gunzipSync(bytes) : bytes);
      // The tools read the page as UTF-8 whatever it declared: decode already chose its charset.
      const html = decoded.ok ? decoded.text.replace(/<meta[^>]+charset[^>]*>/gi, '') : '';
      writeFileSync(page, `<meta charset="utf-8">${html}`);
      for (const [kind, [, command]] of kinds) {
        const [bin, args] = command(page);
        const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 20_000, maxBuffer: 1 << 26 });
        // A tool that fails leaves an empty dump, as a failed dump in a crawl would.
        writeFileSync(`${out}/${set}/dumps/${kind}/${id}.txt`, r.stdout ?? '');
      }
    }
    console.error(`${set}: done`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
