import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractFromHtml, plausibleTitle } from '../src/html/assemble.js';
import { postclean, preclean } from '../src/html/clean.js';
import { safeUrl, toMarkdown } from '../src/html/markdown.js';
import { unindentParagraphs } from '../src/html/markdown-lines.js';
import { parseHtml } from '../src/html/parse.js';
import { densestBlock, readabilityClass } from '../src/html/readability.js';
import { dropMisleadingNames } from '../src/html/misread-names.js';
import { loadReadability } from '../src/html/deps.js';
import { toText } from '../src/html/text.js';
import { keepTitledArticle } from '../src/html/titled-article.js';
import { RULES } from '../src/rules/table/index.js';

const para = (n: number): string => `<p>Paragraph ${n} of the article tells the reader what happened in the town, why it matters to the people who live there, and what the council plans to do next week.</p>`;
const article = Array.from({ length: 6 }, (_, i) => para(i + 1)).join('');

function md(html: string, base = 'https://example.org/a/b.html'): string {
  const doc = parseHtml(`<div id="x">${html}</div>`, base);
  return toMarkdown(doc.getElementById('x')!, doc.baseURI);
}

describe('markdown', () => {
  test.each([
    ['ATX headings', '<h2>Sub</h2>', '## Sub'],
    ['a dropped icon between two words leaves a space, as the text output does', '<p><span>1</span><span><a href="/t"><img src="data:image/gif;base64,R0lGOD" alt="T"></a></span><span>TEAM</span></p>', '1 TEAM'],
    ['a dropped image at a block edge leaves nothing', '<p><img src="javascript:x">Caption text</p>', 'Caption text'],
    ['dash bullets', '<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['numbered lists keep their start', '<ol start="3"><li>three</li><li>four</li></ol>', '3. three\n4. four'],
    ['nested lists indent under their item', '<ul><li>a<ul><li>b</li></ul></li></ul>', '- a\n  - b'],
    ['fenced code keeps its language', '<pre><code class="language-js">let a = 1;</code></pre>', '```js\nlet a = 1;\n```'],
    ['lang- classes count too', '<pre class="lang-python">x = 1</pre>', '```python\nx = 1\n```'],
    ['relative links become absolute', '<p><a href="../c.html">see</a></p>', '[see](https://example.org/c.html)'],
    ['empty links vanish', '<p>a<a href="/x"></a>b</p>', 'ab'],
    ['javascript: links keep only their text', '<p><a href="  JaVaScRiPt:alert(1)">click</a></p>', 'click'],
    ['escaped literal markdown', '<p>*not bold* and [x] and &lt;script&gt;</p>', '\\*not bold\\* and \\[x\\] and \\<script>'],
    ['GFM tables', '<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>', '| a   | b   |\n| --- | --- |\n| 1   | 2   |'],
    ['a list marker split across elements is text', '<p><span>1</span>. Total income</p><p><span>-</span> dash</p>', '1\\. Total income\n\n\\- dash'],
    ['a number alone on a line is no list item', '<p>83.</p><p>#</p>', '83\\.\n\n\\#'],
    ['list items keep their markers', '<ol start="3"><li>three</li></ol><ul><li>dot</li></ul>', '3. three\n\n- dot'],
    ['an item that held only an image (a carousel\'s slide) is no item', '<ul><li><img src="javascript:x"></li><li>two</li></ul>', '- two'],
  ])('%s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  test('no raw HTML or dangerous URLs survive', () => {
    const out = md('<p onclick="x()">t<img src="x" onerror="alert(1)"><a href="data:text/html,hi">d</a><a href="java&#x09;script:x">j</a><iframe srcdoc="<b>"></iframe><script>evil()</script></p>');
    expect(out).not.toMatch(/<script|<iframe|onerror|javascript:|data:text/i);
  });

  test('safeUrl allows only http(s) and mailto', () => {
    expect(safeUrl('/x', 'https://a.org/')).toBe('https://a.org/x');
    expect(safeUrl('file:///etc/passwd', 'https://a.org/')).toBeNull();
    expect(safeUrl('vbscript:msgbox', 'https://a.org/')).toBeNull();
    expect(safeUrl('#top', 'https://a.org/')).toBeNull();
  });
});

test.each([
  ['the page\'s own <base> without an address', '<base href="https://a.org/x/"><p>t</p>', undefined, 'https://a.org/x/'],
  ['no <base> and no address', '<p>t</p>', undefined, 'about:blank'],
  ['a relative <base> against the address', '<base href="/sub/"><p>t</p>', 'https://b.org/p', 'https://b.org/sub/'],
  ['a relative <base> without an address', '<base href="rel/"><p>t</p>', undefined, 'about:blank'],
])('baseURI: %s', (_name, html, url, expected) => {
  expect(parseHtml(html, url).baseURI).toBe(expected);
});

test('links in the article resolve against the page\'s <base>, found without jsdom\'s selector engine', () => {
  const r = extractFromHtml(`<html><head><base href="https://news.example/2024/"><title>T</title></head><body><article>${article}<p>More in <a href="story.html">the story</a> that the council published this morning for the town.</p></article></body></html>`);
  expect(r.ok && r.article.markdown).toContain('[the story](https://news.example/2024/story.html)');
});

test('plain text keeps blocks apart and has no markdown', () => {
  const doc = parseHtml('<div id="x"><h2>Sub</h2><p>One <b>bold</b>.</p><ul><li>a</li><li>b</li></ul></div>');
  expect(toText(doc.getElementById('x')!)).toBe('Sub\n\nOne bold.\n\na\nb');
});

test('pre-clean removes boilerplate by element rows (and text rows when precision is favoured), never the article', () => {
  const doc = parseHtml(`<body><nav><a href="/">Home</a></nav><div class="share-buttons">Share</div>
    <article class="comments-open">${article}</article><div class="newsletter-box"><p>Sign up for our newsletter</p></div>
    <p>Stellenangebote</p><p>Koch (m/w/d)</p></body>`);
  const removed = preclean(doc.body, RULES, 'precision');
  expect(removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['navigation/any/landmarks', 'share/any/attr', 'newsletter/any/attr', 'job-ads/de/heading', 'job-ads/any/gender-tag']));
  expect(doc.body.textContent).toContain('Paragraph 6');
});

test('densestBlock picks the element holding the most paragraph text', () => {
  const doc = parseHtml(`<body><div id="side"><p>short</p></div><div id="main">${article}</div></body>`);
  expect(densestBlock(doc.body)?.id).toBe('main');
});

describe('extractFromHtml', () => {
  test('finds the article, its title and language, and trims comment sections after it', () => {
    const r = extractFromHtml(`<html lang="en"><head><title>Town news</title></head><body><article><h1>Council votes</h1>${article}<h3>Leave a Reply</h3><p>Great post!</p></article></body></html>`, { url: 'https://example.org/n' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.lang).toBe('en');
    expect(r.article.markdown).toContain('Paragraph 6');
    expect(r.article.markdown).not.toContain('Great post');
    expect(r.article.url).toBe('https://example.org/n');
  });

  test('the title is the page\'s h1 when <title> adds the site name to it', () => {
    const r = extractFromHtml(`<html><head><title>Council votes on the new bridge | Town Gazette</title></head><body><h1>Council votes on the new bridge</h1><article>${article}</article></body></html>`);
    expect(r.ok && r.article.title).toBe('Council votes on the new bridge');
  });

  test('falls back to the densest block when Readability gives up', () => {
    const r = extractFromHtml('<body><div><p>Short page, but it has one real sentence in it that people want to read today.</p></div></body>');
    expect(r.ok).toBe(true);
  });

  test('a page with no text has no article', () => {
    expect(extractFromHtml('<html><body><img src="x.png"></body></html>').ok).toBe(false);
  });

  test('broken inline CSS does not crash', () => {
    const r = extractFromHtml(`<body><div style="width: calc(($a - $b) / 16 * 9)">${article}</div><table><tr>text<td style="text-align: calc(()">c</td></tr></table></body>`);
    expect(r.ok).toBe(true);
  });
});

test('stylesheets jsdom cannot parse do not crash the page', () => {
  const r = extractFromHtml(`<head><style>@media (min-width:64em){.a{min-height:calc(100vh - (var(--x) + 2px)}}</style><style>.b{width:calc(($a - $b) / 16 * 9)}</style></head><body><article>${article}</article><script>document.write("<p>x</p>")</script></body>`);
  expect(r.ok).toBe(true);
});

test('a JSON-LD block that mentions <script> does not swallow the page when scripts are stripped', () => {
  // The tokenizer ends the JSON-LD script at the first </script>, inside its own string.
  const r = extractFromHtml(`<head><script type="application/ld+json">{"x": "<script>a()</script></head><body><article>${article}</article><script>b()</script></body>`);
  expect(r.ok && r.article.text).toContain('Paragraph 6');
});

test('a script end tag without its ">" ends where the tokenizer ends it, not at the next script', () => {
  const r = extractFromHtml(`<body><script>a()</script\n<!-- a note --><article>${article}</article><script>b()</script></body>`);
  expect(r.ok && r.article.text).toContain('Paragraph 6');
});

test('class tokens Readability misreads as negative ("hidden" of something else, the media object) go first', () => {
  const doc = parseHtml('<div id="a" class="field field--label-hidden field__items"><p id="b" class="hidden-xs lead md:hidden">t</p><div id="m" class="o-media o-media--left"><div id="mb" class="o-media__body">w</div></div><p id="c" class="hidden">u</p><p id="d" class="visually-hidden">v</p></div>');
  dropMisleadingNames(doc);
  expect(doc.getElementById('a')!.className).toBe('field field__items');
  expect(doc.getElementById('b')!.className).toBe('lead');
  expect(doc.getElementById('m')!.className).toBe('');
  expect(doc.getElementById('mb')!.className).toBe('');
  // Hidden content stays marked as such.
  expect(doc.getElementById('c')!.className).toBe('hidden');
  expect(doc.getElementById('d')!.className).toBe('visually-hidden');
});

test("a page builder's text widgets and their wrappers lose the word widget; a sidebar's widgets keep it", () => {
  const doc = parseHtml('<div id="w" class="builder-widget-wrap"><div id="t" class="builder-widget builder-widget-text-editor"><div id="c" class="builder-widget-container"><p>t</p></div></div><div id="h" class="builder-widget builder-widget-heading">h</div></div><aside><div id="s" class="widget widget_recent_entries"><div id="sc" class="widget-content">u</div></div></aside>');
  dropMisleadingNames(doc);
  expect(['w', 't', 'c', 'h'].map((id) => doc.getElementById(id)!.className)).toEqual(['', '', '', '']);
  expect(doc.getElementById('s')!.className).toBe('widget widget_recent_entries');
  expect(doc.getElementById('sc')!.className).toBe('widget-content');
});

test('a heading whose id is its own text as a slug loses the id; other ids stay', () => {
  const doc = parseHtml('<h2 id="h-share-your-story">Share your story</h2><h2 id="related">Related posts</h2><div id="share-your-story">x</div>');
  dropMisleadingNames(doc);
  const [own, other] = [...doc.querySelectorAll('h2')];
  expect(own.hasAttribute('id')).toBe(false);
  expect(other.id).toBe('related');
  expect(doc.getElementById('share-your-story')).not.toBeNull();
});

/** A paragraph of prose that opens with `what`, long enough for Readability to score. */
const section = (what: string): string => `<p>${what} runs on for a while, with sentences long enough to count, commas, clauses, and a point to make about the harbour, the ferry and the town.</p>`;

test("an article's sections in content widgets, and headings whose slug ids Readability reads as negative, are kept", () => {
  const pick = (n: number) => `<div class="card-widget"><div class="card-widget__content">${section(`Pick ${n} of the guide`)}</div></div>`;
  const r = extractFromHtml(`<body><article><h1>The guide</h1>${section('The first part')}${section('The second part')}${section('The third part')}<h2 id="h-shopping-for-a-ferry">Shopping for a ferry</h2>${section('The fourth part')}${[1, 2, 3].map(pick).join('')}</article></body>`);
  expect(r.ok && r.article.text).toContain('Pick 3 of the guide');
  expect(r.ok && r.article.markdown).toContain('## Shopping for a ferry');
});

test("an article's collapsed accordion is read: the hidden attribute of its panels says they wait for a click", () => {
  const pane = (n: number) => `<div class="faq-accordion-pane"><button>Question ${n}</button><div class="faq-accordion-panel faq-accordion-panel-hidden" hidden>${section(`Answer ${n} of the guide`)}</div></div>`;
  const r = extractFromHtml(`<body><article><h1>The guide</h1>${section('The first part')}${section('The second part')}${section('The third part')}<h2>Questions</h2>${[1, 2, 3].map(pane).join('')}</article><ul class="menu" hidden><li><a href="/x">Ferries</a></li></ul></body>`);
  expect(r.ok && r.article.text).toContain('Answer 1 of the guide');
  expect(r.ok && r.article.text).toContain('Answer 3 of the guide');
  expect(r.ok && r.article.text).not.toContain('Ferries');
});

describe('after Readability', () => {
  const root = (html: string): Element => {
    const doc = parseHtml(`<div id="a">${html}</div>`);
    return doc.getElementById('a')!;
  };
  const tail = '<h3>Elsewhere</h3><p><a href="/1">Storm closes the ferry</a></p><p><a href="/2">Mayor visits school</a> (video)</p>';

  test('rows of links after the last words go, and the heading left over them', () => {
    const r = root(`${article}<p>Thanks to <a href="/x">the archive</a> for the photos of the town.</p>${tail}`);
    const removed = postclean(r, []);
    expect(removed.map((x) => x.rule)).toEqual(['classifier/trailing-links', 'classifier/trailing-links', 'classifier/trailing-links']);
    expect(r.textContent).toContain('for the photos of the town.');
    expect(r.textContent).not.toContain('Elsewhere');
  });

  test('favouring recall they stay, and an article of links alone is never emptied', () => {
    expect(postclean(root(`${article}${tail}`), [], 'recall')).toEqual([]);
    // An index's items are links: a profile that keeps link rows keeps them at the end too.
    expect(postclean(root(`${article}${tail}`), [], 'balanced', true, 'keep')).toEqual([]);
    const links = root('<p><a href="/1">One link to a page</a></p><p><a href="/2">Another link to a page</a></p>');
    postclean(links, []);
    expect(links.textContent).toContain('One link');
  });
});

test('when the rules take all Readability found, the densest block of the rest of the page is the article', () => {
  const bio = Array.from({ length: 8 }, () => 'She has written about gardens, rivers and old houses for many years, and she lives by the sea.').join(' ');
  const html = `<body><section><div><div class="entry"><p>The new garden opened on Monday. It has roses, a pond and benches, and the town plans a second one next year.</p></div></div></section><aside><div class="bio"><h3>About the author</h3><p>${bio}</p></div></aside></body>`;
  const r = extractFromHtml(html);
  expect(r.ok && r.article.text).toContain('The new garden opened on Monday.');
  expect(r.ok && r.article.text).not.toContain('She has written');
  expect(r.ok && r.article.notes.join()).toContain('densest text block');
  expect(r.ok && r.article.warnings).toEqual([]);
});

describe('several articles on one page', () => {
  const story = (title: string, n: number): string => `<article><h1>${title}</h1>${Array.from({ length: n }, (_, i) => para(i + 1)).join('')}</article>`;

  test('the one headed by the page title is the article, though another is longer', () => {
    const html = `<head><title>Bridge reopens after repairs | Town News</title></head><body>${story('Bridge reopens after repairs', 4)}${story('Council debates the new budget', 9).replace(/Paragraph/g, 'Budget paragraph')}</body>`;
    const r = extractFromHtml(html);
    expect(r.ok && r.article.text).toContain('Paragraph 4');
    expect(r.ok && r.article.text).not.toContain('Budget paragraph');
  });

  test('the stories may sit one level down, in one <article> wrapping the whole feed', () => {
    const feed = `${story('Bridge reopens after repairs', 4)}${story('Council debates the new budget', 9).replace(/Paragraph/g, 'Budget paragraph')}`;
    const r = extractFromHtml(`<head><title>Bridge reopens after repairs | Town News</title></head><body><article class="post">${feed}</article></body>`);
    expect(r.ok && r.article.text).toContain('Paragraph 4');
    expect(r.ok && r.article.text).not.toContain('Budget paragraph');
  });

  test('another article headed by a section label is the same page, kept; one headed by a related label goes', () => {
    const section = (label: string, word: string): string => `<article><h2>${label}</h2>${Array.from({ length: 5 }, (_, i) => para(i + 1).replace('Paragraph', word)).join('')}</article>`;
    const html = `<head><title>Bridge reopens after repairs</title></head><body>${story('Bridge reopens after repairs', 4)}${section('Background', 'Background')}${section('Related posts', 'Teaser')}</body>`;
    const doc = parseHtml(html);
    const removed = keepTitledArticle(doc.body, 'Bridge reopens after repairs', (h) => h === 'Related posts');
    expect(removed.map((r) => r.preview)).toEqual([expect.stringContaining('Teaser 1')]);
    expect(doc.body.textContent).toContain('Background 5');
  });

  test('without exactly one titled article, Readability chooses as before', () => {
    const html = `<head><title>Town News</title></head><body>${story('Bridge reopens after repairs', 4)}${story('Council debates the new budget', 9).replace(/Paragraph/g, 'Budget paragraph')}</body>`;
    const r = extractFromHtml(html);
    expect(r.ok && r.article.text).toContain('Budget paragraph 9');
  });
});

test('table cells lifted out of their table (as Readability can) render as text, not a crash', () => {
  const doc = parseHtml('<div id="x"></div><table><tr id="row"><td>left cell</td><td>right <b>cell</b></td></tr></table>');
  const root = doc.getElementById('x')!;
  root.append(...Array.from(doc.querySelectorAll('td')));
  expect(toMarkdown(root, doc.baseURI)).toBe('left cell right **cell**');
  expect(toMarkdown(doc.getElementById('row')!, doc.baseURI)).toBe('');
});

test('a table cell in MathML (lower-case name, no table) reads as its text, not a crash', () => {
  const doc = parseHtml('<div id="x"><p>Before</p><math><td>cell in math</td></math></div>');
  expect(toMarkdown(doc.getElementById('x')!, doc.baseURI)).toContain('cell in math');
});

test('table rows lifted out of their table read one paragraph a row', () => {
  const doc = parseHtml('<div id="x"></div><table><tbody><tr><td>Aberconwy</td><td>Robin</td></tr><tr><td>Aldershot</td><td>Leo</td></tr></tbody></table>');
  const root = doc.getElementById('x')!;
  root.append(doc.querySelector('tbody')!);
  expect(toMarkdown(root, doc.baseURI)).toBe('Aberconwy Robin\n\nAldershot Leo');
});

test('a slug or id is no title; the page declares a better one', () => {
  expect(plausibleTitle('d-161500790')).toBeNull();
  expect(plausibleTitle('12345')).toBeNull();
  expect(plausibleTitle('Ein Albtraum')).toBe('Ein Albtraum');
  expect(plausibleTitle('COVID-19')).toBeNull();
  expect(plausibleTitle('Windows 11 im Test')).toBe('Windows 11 im Test');
  const body = `<p>${'Ein Satz über die Sache, der lang genug ist, um ein Artikel zu sein. '.repeat(8)}</p>`;
  const html = `<html><head><title>Ein Albtraum - Magazin</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","name":"d-161500790","headline":"Ein Albtraum"}</script></head><body><article>${body}</article></body></html>`;
  const r = extractFromHtml(html);
  expect(r.ok && r.article.title).toBe('Ein Albtraum');
});

test('the Readability methods we reorder answer as Readability\'s own, on every element of the HTML fixtures', () => {
  const Base = loadReadability();
  const Fast = readabilityClass();
  type Probe = { _isValidByline(n: Element, m: string): boolean; _isElementWithoutContent(n: Element): boolean; _isProbablyVisible(n: Element): boolean; _getRowAndColumnCount(t: Element): { rows: number; columns: number }; _markDataTables(root: Element): void };
  type Marked = Element & { _readabilityDataTable?: boolean };
  let checked = 0;
  // Nested tables with spans (odd ones too) beside the fixtures: the table counts must agree on them.
  const tables = '<table><tr rowspan="2"><td colspan="3">a</td><td colspan="x">b</td></tr><tr><td><table><tr><td colspan="-2">c</td><td>d</td></tr></table></td></tr><tbody><tr><th>e</th><td colspan="0">f</td></tr></tbody></table>';
  const sources = readdirSync('fixtures').filter((d) => d.startsWith('html-')).map((dir) => readFileSync(`fixtures/${dir}/source.html`, 'utf8'));
  const row = (cells: number): string => `<tr>${'<td>x</td>'.repeat(cells)}</tr>`;
  const kinds = ['<table role="presentation"><tr><td>a</td></tr></table>', '<table datatable="0">' + row(3).repeat(5) + '</table>', '<table summary="s"><tr><td>a</td></tr></table>',
    '<table><caption>c</caption><tr><td>a</td></tr></table>', '<table><caption></caption>' + row(2) + '</table>', '<table><thead><tr><td>h</td></tr></thead></table>', '<table>' + row(1).repeat(12) + '</table>',
    '<table>' + row(5).repeat(2) + '</table>', '<table>' + row(3).repeat(4) + '</table>', '<table>' + row(2).repeat(3) + '</table>', '<table><tr><td><table><tr><th>n</th></tr></table></td><td>b</td></tr></table>'].join('');
  for (const source of [...sources, `<body>${tables}</body>`, `<body>${kinds}</body>`]) {
    const doc = parseHtml(source);
    const base = new Base(doc) as unknown as Probe;
    const fast = new Fast(doc) as unknown as Probe;
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      const match = `${el.className} ${el.id}`;
      expect(fast._isValidByline(el, match)).toBe(base._isValidByline(el, match));
      expect(fast._isElementWithoutContent(el)).toBe(base._isElementWithoutContent(el));
      expect(fast._isProbablyVisible(el)).toBe(Boolean(base._isProbablyVisible(el))); // Readability may answer "" or undefined for false
      if (el.localName === 'table') expect(fast._getRowAndColumnCount(el)).toEqual(base._getRowAndColumnCount(el));
      checked++;
    }
    const marked = Array.from(doc.querySelectorAll('table')) as Marked[];
    base._markDataTables(doc.body);
    const want = marked.map((t) => t._readabilityDataTable);
    for (const t of marked) delete t._readabilityDataTable;
    fast._markDataTables(doc.body);
    expect(marked.map((t) => t._readabilityDataTable)).toEqual(want);
  }
  expect(checked).toBeGreaterThan(1000);
});

test('the text and link density Readability reads again are kept only until the subtree changes', () => {
  const Base = loadReadability();
  type Probe = { _getInnerText(e: Element, normalize?: boolean): string; _getLinkDensity(e: Element): number };
  const long = 'word and word '.repeat(200);
  const doc = parseHtml(`<body><div id="d"><p>${long}</p><p><a href="/x">${long}</a></p><p id="last">tail</p></div></body>`);
  const base = new Base(doc) as unknown as Probe;
  const fast = new (readabilityClass())(doc) as unknown as Probe;
  const d = doc.getElementById('d')!;
  const same = (): void => {
    expect(fast._getInnerText(d)).toBe(base._getInnerText(d));
    expect(fast._getInnerText(d, false)).toBe(base._getInnerText(d, false));
    expect(fast._getLinkDensity(d)).toBe(base._getLinkDensity(d));
  };
  same();
  same();
  doc.getElementById('last')!.remove(); // a child removed
  same();
  d.querySelector('a')!.setAttribute('href', '#top'); // an attribute that weighs links (hash URLs count 0.3)
  same();
  d.querySelector('p')!.append(doc.createTextNode(' more words')); // text added deep inside
  same();
  expect(fast._getInnerText(d)).toContain('more words');
});

describe('standfirst', () => {
  const dek = 'The council has voted to close the old bridge to cars, and the town now has to find another way across the river.';
  const page = (head: string, top: string, bottom = ''): string =>
    `<html><head><title>Bridge closes</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<div class="story"><h1>Bridge closes</h1>${top}<p class="byline">By Jane Doe</p></div><article>${article}</article>${bottom}<footer>Contact us</footer></body></html>`;
  const text = (html: string): string => {
    const r = extractFromHtml(html);
    return r.ok ? r.article.text : '';
  };

  test('the description shown right above the article becomes its first paragraph', () => {
    const out = text(page(`<meta name="description" content="${dek}">`, `<p class="dek">${dek}</p>`));
    expect(out.startsWith(dek)).toBe(true);
    expect(out).toContain('Paragraph 1 of the article');
  });

  test('a description the page does not show, or shows only below the article or in JSON-LD, is not put first', () => {
    const meta = `<meta name="description" content="${dek}">`;
    expect(text(page(meta, ''))).not.toContain(dek);
    // Below the article it is no standfirst: nothing is put before the article's first paragraph.
    expect(text(page(meta, '', `<aside>${'<p>Another story from the region, told in a few words for the teaser list below.</p>'.repeat(20)}<p>${dek}</p></aside>`)).startsWith(dek)).toBe(false);
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","description":"${dek}"}</script>`;
    expect(text(page(meta, ld))).not.toContain(dek);
  });
});

describe('markdown of pages of many parts', () => {
  test('two cards (links around blocks) side by side stay two blocks; a plain link stays inline', () => {
    const out = md('<div><a href="/p/1"><div>Pink Bag</div><div>$130.00</div></a><a href="/p/2"><div>Birds Poster</div><div>$30.00</div></a></div><p>See <a href="/x">this</a> too.</p>');
    expect(out).toBe('[Pink Bag $130.00](https://example.org/p/1)\n\n[Birds Poster $30.00](https://example.org/p/2)\n\nSee [this](https://example.org/x) too.');
  });

  test('whitespace left between elements never indents a paragraph into a code block; a list item\'s continuation and fenced code keep theirs', () => {
    const before = '## Integrations\n\n          [![A logo](a.png)](/i)\n\n- item\n\n    continued\n\n```\n\n    code\n```';
    expect(unindentParagraphs(before)).toBe('## Integrations\n\n[![A logo](a.png)](/i)\n\n- item\n\n    continued\n\n```\n\n    code\n```');
    expect(md('<ul><li><p>one</p><p>more of one</p></li></ul>')).toMatch(/- one\n {0,2}\n {2}more of one/);
    // An empty item holds nothing after a blank line: the indented line is no continuation of it.
    expect(unindentParagraphs('- \n- \n\n    - ![An image](a.png)')).toBe('- \n- \n\n- ![An image](a.png)');
    // Nor does space at the start of an item: four after its marker would make its image code.
    expect(md('<ul><li>&nbsp;&nbsp;&nbsp;&nbsp;<img alt="A" src="a.png"></li></ul>')).toBe('- ![A](https://example.org/a/a.png)');
  });
});

test('a page that shows almost nothing but carries its thread in JSON-LD gives that text, and --explain says so', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'How do I reset the router?', text: 'My router drops the connection every evening and I cannot find the reset button.', acceptedAnswer: { '@type': 'Answer', text: 'Hold the recessed button on the back for ten seconds with a paper clip, then wait two minutes.' } } };
  const r = extractFromHtml(`<html><head><title>Q</title><script type="application/ld+json">${JSON.stringify(ld)}</script><script src="/app.js"></script></head><body><div id="app">Loading</div></body></html>`);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.text).toContain('Hold the recessed button on the back for ten seconds');
  expect(r.article.type).toBe('forum');
  expect(r.article.notes.some((n) => n.includes('structured data'))).toBe(true);
});

test("a Q&A thread keeps its question and answers, not the comments under each post; the type stage still reads the whole thread", () => {
  const post = (body: string, remark: string) => `<div class="post"><div class="post-text"><p>${body}</p></div><div class="comments js-comments-container"><ul class="comments-list"><li class="comment"><span class="comment-copy">${remark}</span> <a href="/users/1">sam</a> <span class="comment-date">Mar 3 at 9:12</span></li></ul></div></div>`;
  const html = `<html><head><title>How do I reset the router?</title></head><body><main><h1>How do I reset the router?</h1>${post('My router drops the connection every evening and I cannot find the reset button anywhere on the case, not even under the label.', 'Which model is it exactly?')}<h2>2 Answers</h2>${post('Hold the recessed button on the back for ten seconds with a paper clip, then wait two minutes before you plug anything in again.', 'This worked for me too, thanks.')}${post('If the button does nothing, the web interface of the router has a factory reset page under its maintenance settings menu.', 'Not on the older firmware.')}</main></body></html>`;
  const r = extractFromHtml(html, { url: 'https://qa.example.org/questions/123/how-do-i-reset-the-router' });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.type).toBe('forum');
  expect(r.article.text).toContain('Hold the recessed button on the back');
  expect(r.article.text).toContain('factory reset page');
  expect(r.article.text).not.toContain('Which model is it exactly?');
  expect(r.article.text).not.toContain('This worked for me too');
  expect(r.article.removed.some((x) => x.rule === 'post-comments/any/attr')).toBe(true);
});

test('a thread writes each post once: a reply quoting an earlier post keeps its own words; an article keeps its quotations', () => {
  const first = 'The boiler in our cellar makes a knocking sound every morning when the heating starts, and the pressure drops slowly over the week.';
  const reply = 'Bleed the radiators first and top the pressure back up to one and a half bar, then listen again tomorrow morning before you call anyone out.';
  const posts = [
    `<article class="message"><div class="message-user">ann</div><div class="message-body"><p>${first}</p></div></article>`,
    `<article class="message"><div class="message-user">bob</div><div class="message-body"><blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">ann said:</div><div>${first}</div></blockquote><p>${reply}</p></div></article>`,
    `<article class="message"><div class="message-user">cid</div><div class="message-body"><blockquote><div><cite>bob wrote:</cite>${reply}</div></blockquote><p>That fixed it for me last winter, and the knocking never came back after I did it twice.</p></div></article>`,
  ].join('');
  const html = `<html><head><title>Boiler knocking in the morning</title></head><body><main><h1>Boiler knocking in the morning</h1>${posts}</main></body></html>`;
  const thread = extractFromHtml(html, { pageType: 'forum' });
  expect(thread.ok).toBe(true);
  if (!thread.ok) return;
  expect(thread.article.text.split('The boiler in our cellar').length).toBe(2);
  expect(thread.article.text.split('Bleed the radiators first').length).toBe(2);
  expect(thread.article.text).toContain('the knocking never came back');
  expect(thread.article.removed.filter((x) => x.rule.startsWith('post-quotes/')).map((x) => x.rule).sort()).toEqual(['post-quotes/any/attr', 'post-quotes/any/cited']);
  const article = extractFromHtml(html, { pageType: 'article' });
  expect(article.ok && article.article.removed.some((x) => x.rule.startsWith('post-quotes/'))).toBe(false);
});

test("a link's discussion page, where Readability finds no article once the comment rows ran, is read as a thread of its comments", () => {
  const c = (who: string, text: string, replies = ''): string => `<div class="comment" id="c_${who}"><div class="details"><a href="/u/${who}">${who}</a> <span>3 hours ago</span> <a href="#">reply</a></div><div class="comment_text"><p>${text}</p></div><ol class="comments">${replies}</ol></div>`;
  const thread = [
    c('bob', 'The new error messages are much clearer than before, and the streaming interface finally lets me parse large files without holding them in memory.', c('cid', 'Agreed on the errors. I still miss a way to resume after a syntax error, which the old version could do with a flag that is gone now.')),
    c('dan', 'I upgraded two services last night. One needed no change at all; the other relied on the removed callback and took an hour to port to the new events.'),
    c('eve', 'Does anyone know whether the benchmark numbers in the announcement were measured with the default settings or with the tuned buffer sizes they describe?', c('fay', 'The default settings, according to the linked repository. The tuned numbers are in a separate table near the end of the post.')),
  ].join('');
  const html = `<html><head><title>A new release of the parser | Linkboard</title></head><body><header><nav><a href="/">Linkboard</a> <a href="/recent">Recent</a> <a href="/login">Login</a></nav></header><main><div class="story"><h1><a href="https://example.org/parser-2">A new release of the parser</a></h1> <span class="byline">via <a href="/u/ann">ann</a> 5 hours ago | 5 comments</span></div><ol class="comments">${thread}</ol></main><footer><a href="/about">About</a></footer></body></html>`;
  const r = extractFromHtml(html);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.type).toBe('forum');
  expect(r.article.text).toContain('streaming interface finally lets me parse');
  expect(r.article.text).toContain('The default settings, according to the linked repository.');
  const asArticle = extractFromHtml(html, { pageType: 'article' });
  expect(asArticle.ok && asArticle.article.text.includes('The default settings')).toBe(false);
});

test("a site's mega menu goes however much of the page it holds; a wrapper whose class reads like boilerplate stays when it holds the page", () => {
  const section = (n: number): string => `<li><a href="/s${n}">Section ${n}</a><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${n}/p${i}">Programme ${n}.${i} reports and guidance</a></li>`).join('')}</ul></li>`;
  const menu = `<nav role="navigation"><ul>${Array.from({ length: 8 }, (_, i) => section(i)).join('')}</ul></nav>`;
  const story = '<p>The council opened a new advice desk at the library on Monday. It helps tenants read their contracts and answers questions about repairs.</p><p>Volunteers staff the desk three afternoons a week, and no appointment is needed for a first visit there.</p>';
  const r = extractFromHtml(`<html><head><title>New advice desk</title></head><body><header>${menu}</header><main><h1>New advice desk</h1>${story}</main></body></html>`);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.text).toContain('Volunteers staff the desk');
  expect(r.article.text).not.toContain('Programme 3.4');
  const wrapped = extractFromHtml(`<html><head><title>New advice desk</title></head><body><div class="related">${story}</div></body></html>`);
  expect(wrapped.ok && wrapped.article.text.includes('Volunteers staff the desk')).toBe(true);
});

test("a category grid's filter panel (sizes, colours, price ranges) goes; its items stay", () => {
  const card = (n: number): string => `<li class="card"><a href="/p/${n}"><h3>Walking boot model ${n}</h3></a><p>Leather upper, rubber sole, made for long days on rough paths.</p><span>$${80 + n}</span></li>`;
  const facets = '<div class="facets"><h2>Filter by</h2><ul><li>Size 40</li><li>Size 41</li><li>Size 42</li></ul><ul><li>Brown</li><li>Black</li><li>Olive</li></ul><ul><li>$50 - $100</li><li>$100 - $150</li></ul></div>';
  const page = `<html><head><title>Walking boots</title></head><body><main><h1>Walking boots</h1><div class="listing">${facets}<ul class="grid">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></div></main></body></html>`;
  const r = extractFromHtml(page, { pageType: 'collection' });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.text).toContain('Walking boot model 7');
  expect(r.article.text).not.toMatch(/Olive|Filter by|\$100 - \$150/);
});

describe("a product page's boxes for later", () => {
  const details = '<h1>Wool runner</h1><p>Soft merino wool with a cushioned sole, made for walking all day in town and on easy trails, and washable in a machine.</p><p>The laces and insoles come out, so each part is washed on its own and dries overnight before the next walk.</p>';
  const extract = (extra: string): string => {
    const r = extractFromHtml(`<html><head><title>Wool runner</title></head><body><main>${details}${extra}</main></body></html>`, { pageType: 'product' });
    expect(r.ok).toBe(true);
    return r.ok ? r.article.text : '';
  };

  test("a framework's template its script has not compiled (v-cloak, x-cloak) is hidden", () => {
    const text = extract('<div v-cloak><p>Notify me when this colour is back in stock, and we will send you one email the day it returns.</p></div><div x-cloak><p>Where are we shipping to? Pick your country so that prices and delivery dates match it.</p></div>');
    expect(text).toContain('washed on its own');
    expect(text).not.toMatch(/Notify me|shipping to/);
  });

  test('a modal by class goes', () => {
    const text = extract('<div class="modal"><div class="modal-content"><p>Sign up and we will let you know when new colours arrive, with a discount on your first order.</p></div></div>');
    expect(text).toContain('washed on its own');
    expect(text).not.toContain('Sign up');
  });

  test("an image's long URL alone in a field is no text", () => {
    const url = `https://cdn.example.com/s-abc123/images/stencil/160x160/uploaded_images/${'1234/'.repeat(8)}WOOL_RUNNER_THUMB_1.jpg`;
    expect(url.length).toBeGreaterThan(120);
    const text = extract(`<dl><dt>Colour</dt><dd>Grey</dd><dt>Thumbnail</dt><dd>${url}</dd></dl>`);
    expect(text).toContain('washed on its own');
    expect(text).not.toContain('cdn.example.com');
  });
});

test("ruby annotations (furigana) are a reading aid above the text, not part of it", () => {
  const ruby = (base: string, reading: string): string => `<ruby>${base}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`;
  const sentence = `${ruby('子', 'こ')}どもへの${ruby('虐待', 'ぎゃくたい')}をなくすための${ruby('法律', 'ほうりつ')}ができました。`;
  const page = `<html><head><title>法律</title></head><body><article><h1>法律</h1>${Array.from({ length: 6 }, () => `<p>${sentence.repeat(4)}</p>`).join('')}</article></body></html>`;
  const r = extractFromHtml(page);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.text).toContain('子どもへの虐待をなくすための法律ができました。');
  expect(r.article.text).not.toMatch(/ぎゃくたい|\(/);
});
