#!/usr/bin/env node
// Dumps of the corpus pages by other text browsers and HTML-to-text tools (the held-out sets score
// dump formats the corpus does not hold): lynx (-dump, with its numbered link list, and -nolist),
// links (-dump), elinks (-dump, with its link list), w3m with its link list (display_link_number),
// Debian's html2text, Python's html2text (markdown, as crawl pipelines feed
// language models; h2tref with reference-style links), pandoc's plain text and its GitHub markdown
// (pandocref with reference-style links), BeautifulSoup's get_text with a newline between text
// nodes (the scraper's one-liner: every link and bold word on its own line) and Node's
// html-to-text (links as "text [target]"), each run on every page's HTML with the tool's defaults
// where a user would keep them. Tools that are missing are installed from Debian when the script
// may (root and apt-get), html-to-text from npm into a scratch folder, else skipped with a message. The
// output is a corpus folder whose truth.json links to the source's, so bench/run.mjs scores it:
//
//   npm run build && node bench/tool-dumps.mjs ../shared/corpus /tmp/tool-dumps scrapinghub trafilatura-dev
//   node bench/run.mjs /tmp/tool-dumps --kinds lynx,lynxrefs,links,html2text --scorer ../shared/bench/score.mjs --stream-records 0 --no-speed
//
// KINDS=h2tmd,pandoc makes only those. Never part of the tests, and no corpus page is copied into the project.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from '../dist/decode.js';

const SOUP = "import sys, bs4\ns = bs4.BeautifulSoup(open(sys.argv[1], encoding='utf-8').read(), 'html.parser')\nfor t in s(['script', 'style', 'noscript', 'template']): t.decompose()\nprint(s.get_text('\\n', strip=True))";

const H2T_NODE = "const { convert } = require(process.argv[1]); process.stdout.write(convert(require('fs').readFileSync(process.argv[2], 'utf8'), { wordwrap: 80 }))";
/** html-to-text is no dependency of extract: it is installed here, for this run only. */
const npmTools = mkdtempSync(join(tmpdir(), 'tool-dumps-npm-'));
const H2T_NODE_MODULE = join(npmTools, 'node_modules', 'html-to-text');

/** Each dump kind: its Debian package, the program that tells it is installed, and its command line (UTF-8 in and out). */
const TOOLS = {
  lynx: ['lynx', 'lynx', (f) => ['lynx', ['-dump', '-force_html', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', f]]],
  lynxrefs: ['lynx', 'lynx', (f) => ['lynx', ['-dump', '-force_html', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', f]]],
  links: ['links', 'links', (f) => ['links', ['-dump', '-width', '80', '-codepage', 'utf-8', f]]],
  elinks: ['elinks', 'elinks', (f) => ['elinks', ['-dump', '-dump-charset', 'utf-8', '-dump-width', '80', f]]],
  w3mrefs: ['w3m', 'w3m', (f) => ['w3m', ['-dump', '-o', 'display_link_number=1', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '80', f]]],
  html2text: ['html2text', 'html2text', (f) => ['html2text', ['-utf8', '-width', '80', f]]],
  h2tmd: ['python3-html2text', 'html2markdown', (f) => ['html2markdown', [f, 'utf-8']]],
  h2tref: ['python3-html2text', 'html2markdown', (f) => ['html2markdown', ['--reference-links', f, 'utf-8']]],
  pandoc: ['pandoc', 'pandoc', (f) => ['pandoc', ['-f', 'html', '-t', 'plain', f]]],
  pandocmd: ['pandoc', 'pandoc', (f) => ['pandoc', ['-f', 'html', '-t', 'gfm-raw_html', f]]],
  pandocref: ['pandoc', 'pandoc', (f) => ['pandoc', ['-f', 'html', '-t', 'gfm-raw_html', '--reference-links', f]]],
  soup: ['python3-bs4', '/usr/bin/python3 -c "import bs4"', (f) => ['/usr/bin/python3', ['-c', SOUP, f]]],
  h2tnode: ['npm:html-to-text@9', `test -d ${H2T_NODE_MODULE}`, (f) => [process.execPath, ['-e', H2T_NODE, H2T_NODE_MODULE, f]]],
};

const has = (probe) => spawnSync('sh', ['-c', probe.includes(' ') ? `${probe} 2>/dev/null` : `command -v ${probe}`]).status === 0;

function ensure(tools) {
  const fromNpm = tools.filter(([pkg, probe]) => pkg.startsWith('npm:') && !has(probe)).map(([pkg]) => pkg.slice(4));
  if (fromNpm.length) spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', npmTools, ...fromNpm], { stdio: 'ignore', timeout: 300_000 });
  const missing = [...new Set(tools.filter(([pkg, probe]) => !pkg.startsWith('npm:') && !has(probe)).map(([pkg]) => pkg))];
  if (missing.length === 0 || process.getuid?.() !== 0 || !has('apt-get')) return;
  console.error(`installing ${missing.join(', ')} from Debian`);
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'ignore', timeout: 300_000 });
}

const [src, out, ...sets] = process.argv.slice(2);
if (!src || !out || sets.length === 0) {
  console.error('usage: node bench/tool-dumps.mjs CORPUS OUT SET...');
  rmSync(npmTools, { recursive: true, force: true });
  process.exit(2);
}
const only = process.env.KINDS?.split(',');
// Only the kinds asked for are installed.
const selected = Object.entries(TOOLS).filter(([kind]) => !only || only.includes(kind));
ensure(selected.map(([, tool]) => tool));
const kinds = selected.filter(([kind, [pkg, probe]]) => has(probe) || void console.error(`${kind}: ${pkg} is not installed, skipped`));
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
      for (const [kind, [, , command]] of kinds) {
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
  rmSync(npmTools, { recursive: true, force: true });
}
