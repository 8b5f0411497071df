import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract, render } from '../src/index.js';
import { renderMarkdown, roundTripF1, violations } from '../bench/markdown-check.mjs';

/**
 * Hostile pages (BAD-INPUTS.md #22-25, issue 18 §1): our markdown, rendered by a real markdown
 * renderer that lets raw HTML through, holds only the elements and attributes markdown itself
 * makes (bench/markdown-check.mjs), with the words of the text output; no control character or
 * terminal escape reaches the output; and extracting a page never touches the network.
 */
const paragraph = '<p>The council voted on the new bridge on Tuesday evening, and most members agreed that the old one had served the town for long enough.</p>';

const XSS = [
  '<a href="  JaVaScRiPt:alert(1)">click one</a>',
  '<a href="java&#x09;script:alert(1)">click two</a>',
  '<a href="jav&#x0A;ascript:alert(1)">click three</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click four</a>',
  '<a href="vbscript:msgbox(1)">click five</a>',
  '<a href="&#106;avascript:alert(1)">click six</a>',
  '<img src="x" onerror="alert(1)" alt="pic">',
  '<img src="javascript:alert(1)" alt="pic two">',
  '<svg onload="alert(1)"><text>svg</text></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<p onclick="alert(1)" style="x">handler paragraph text here</p>',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt; as text, and &lt;iframe src=x&gt; too</p>',
  '<p>[x](javascript:alert(1)) and ![y](javascript:alert(2)) written as text</p>',
  '<p><a href="https://example.org/a)(javascript:alert(1)">paren link</a></p>',
  '<details open ontoggle="alert(1)"><summary>s</summary>details text</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">b</button></form>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  // Blocks in a table cell once kept the whole table as HTML: found by fuzzing.
  '<table><tr><th data-src="javascript:x">cell <math><mi>x</mi></math><ul><li>item</li></ul></th><td onclick="alert(1)"><a href="javascript:alert(1)">l</a><p>block</p></td></tr></table>',
];

function markdownOf(page: string, url?: string): { markdown: string; text: string } {
  const r = extract(`<html><head><title>Hostile</title></head><body><article>${paragraph}${page}${paragraph}</article></body></html>`, { url });
  expect(r.ok).toBe(true);
  return r.ok ? { markdown: render(r.article, 'markdown'), text: r.article.text } : { markdown: '', text: '' };
}

/** Allowed elements only, and no word eaten or invented by escaping. */
function expectInert(page: string, url?: string): string {
  const { markdown, text } = markdownOf(page, url);
  expect(violations(markdown), markdown).toEqual([]);
  expect(roundTripF1(markdown.replace(/^# .*\n/, ''), text)).toBeGreaterThanOrEqual(0.99);
  return markdown;
}

/** Code whose text is markup: live if its code block is not a code block. */
const SCRIPT_CODE = '&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;';

describe('hostile HTML', () => {
  test('a link whose URL holds parentheses stays one link', () => {
    expect(renderMarkdown(markdownOf('<p>See <a href="https://example.org/a)(javascript:alert(1)">the paren link</a> for details.</p>').markdown)).toContain('<a href="https://example.org/a%29%28javascript:alert%281%29">the paren link</a>');
  });

  test.each(XSS)('%s renders inert', (snippet) => {
    expectInert(snippet, 'https://example.org/post');
  });

  test('all of them at once, with and without a base URL', () => {
    expectInert(XSS.join('\n'));
    expectInert(XSS.join('\n'), 'https://example.org/post');
  });

  test.each([
    ['in a link', `<p>Before <a href="https://example.org/x"><span>text</span><pre>${SCRIPT_CODE}</pre></a> after.</p>`],
    ['in a table cell', `<table><tr><th>a</th><th>b</th></tr><tr><td>text <pre>${SCRIPT_CODE}</pre></td><td>x</td></tr></table>`],
    ['in emphasis', `<p><em>lead <pre>${SCRIPT_CODE}</pre> tail</em></p>`],
    ['in a list item', `<ul><li>item text <pre>${SCRIPT_CODE}</pre></li></ul>`],
    ['in a heading', `<h2>Heading <pre>${SCRIPT_CODE}</pre></h2>`],
    ['in a quote', `<blockquote>quoted <pre>${SCRIPT_CODE}</pre></blockquote>`],
    ['holding backtick runs', '<pre>``` ```` `x` &lt;script&gt;alert(1)&lt;/script&gt;</pre>'],
    ['inside inline code', `<p>call <code>f()<pre>${SCRIPT_CODE}</pre></code> now</p>`],
    ['whose backticks a removed character stood between (found by fuzzing)', `<pre>\`\`\ue000\`\n${SCRIPT_CODE}</pre><p>and <code>\u001b[31m\` ${SCRIPT_CODE}</code> x</p>`],
    ['beside another code span (found by fuzzing)', `<p>x <code>a</code><code>b \` c ${SCRIPT_CODE}</code> y</p>`],
    ['in inline code that holds blocks (found by fuzzing)', `<div>call <code>f() \` ${SCRIPT_CODE} <h1>title</h1><pre>a</pre>${SCRIPT_CODE}</code> now</div>`],
    ['in a span with spaces at its edges', `<div>text <span> <pre>${SCRIPT_CODE}</pre> </span>after</div>`],
    ['in a custom element after a tab name', `<section><x-editor> <x-tab>file.ts</x-tab><x-file> <pre>${SCRIPT_CODE}</pre> </x-file></x-editor></section>`],
    ['noncharacters in the page', `<div>text \ufdd0 <span> <pre>\ufdd1${SCRIPT_CODE}\ufdd0</pre> </span>\ufdd1after</div>`],
  ])('a code block %s stays code: its markup never renders', (_where, snippet) => {
    const markdown = expectInert(snippet);
    expect(renderMarkdown(markdown)).toContain('&lt;script&gt;');
  });

  test('a fence opens its own line after a blank line, longer than any backtick run inside', () => {
    const markdown = expectInert('<p>text before<pre>a ```` b</pre>text after</p>');
    expect(markdown).toMatch(/\n\n`````\na ```` b\n`````\n/);
  });

  test('a table whose cells hold headings, lists, quotes and code is a GFM table, every cell in place', () => {
    const markdown = expectInert(`<table><tr><th>Name</th><th>Notes</th><th>Pic</th></tr>
      <tr><td><h3>Alpha</h3></td><td><ul><li>one | two</li><li>three</li></ul><blockquote>quoted</blockquote></td><td><img src="x" onerror="alert(1)"></td></tr>
      <tr><td><img src="javascript:alert(1)"></td><td><pre>code | pipe</pre></td><td>last</td></tr></table>`);
    const rows = markdown.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toEqual([
      '| Name | Notes | Pic |',
      '| --- | --- | --- |',
      '| Alpha | one \\| two three quoted |     |',
      '|     | `code \\| pipe` | last |',
    ]);
    const html = renderMarkdown(markdown);
    expect(html).toContain('<td><code>code | pipe</code></td>');
    expect(html.match(/<td>/g)).toHaveLength(6);
  });

  test('a row shorter than the table is filled, a colspan takes its columns', () => {
    const rows = expectInert('<table><tr><td>a</td><td colspan="99999">b</td></tr><tr><td>c</td></tr></table>').split('\n').filter((l) => l.startsWith('|'));
    // 1 + 64 columns (a colspan is capped at 64): 65 cells, 67 parts around their pipes, on every row.
    expect(new Set(rows.map((r) => r.split(/(?<!\\)\|/).length))).toEqual(new Set([67]));
  });

  test('#23: a title and text that try to inject front matter, links or table cells stay inert', () => {
    const r = extract(`<html><head><title>Title\n---\nlayout: evil\n---</title></head><body><article>${paragraph}<p>text [x](javascript:alert(1)) \`code\` and | pipes |</p>${paragraph}</article></body></html>`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = render(r.article, 'markdown', { frontMatter: true });
    expect(out.match(/^---$/gm)).toHaveLength(2);
    expect(violations(out)).toEqual([]);
  });

  test('#24: terminal escapes and C0 controls never reach the output', () => {
    const r = extract(`<article>${paragraph}<p>Red \u001b[31mtext\u001b[0m, clear \u001b[2J, a link \u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007, bell \u0007 and backspace \u0008 end.</p>${paragraph}</article>`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const format of ['markdown', 'text', 'json'] as const) expect(render(r.article, format)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('no network while extracting', () => {
  let server: Server;
  let base = '';
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const page = (): string => `<html><head><base href="${base}/"><link rel="stylesheet" href="${base}/a.css"><link rel="preload" href="${base}/p.js" as="script">
    <meta http-equiv="refresh" content="0; url=${base}/refresh"><style>@import url("${base}/i.css"); body { background: url(${base}/bg.png) }</style>
    <script src="${base}/s.js"></script><script>fetch("${base}/inline")</script></head>
    <body><article>${paragraph}<img src="${base}/i.png" srcset="${base}/s.png 2x" alt="pic"><iframe src="${base}/frame"></iframe>
    <video poster="${base}/poster.png" src="${base}/v.mp4"></video><object data="${base}/o"></object><embed src="${base}/e">
    <input type="image" src="${base}/input.png"><audio src="${base}/a.mp3"></audio><picture><source srcset="${base}/pic.webp"><img src="${base}/pic.png" alt="p"></picture>
    ${paragraph}<p style="background-image:url(${base}/style.png)">${paragraph}</p></article></body></html>`;

  test('the library makes no request, whatever the page references', async () => {
    const r = extract(page(), { url: `${base}/post` });
    expect(r.ok).toBe(true);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(requests).toBe(0);
  });

  test('neither does the CLI (a page on stdin)', async () => {
    const child = spawn(process.execPath, [resolve('bin/extract.js'), '--url', `${base}/post`, '-']);
    child.stdin.end(page());
    const code = await new Promise((ok) => child.on('close', ok));
    expect(code).toBe(0);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(requests).toBe(0);
  });
});
