import { describe, expect, test } from 'vitest';
import { extractFromHtml, plausibleTitle } from '../src/html/assemble.js';
import { postclean, preclean } from '../src/html/clean.js';
import { safeUrl, toMarkdown } from '../src/html/markdown.js';
import { parseHtml } from '../src/html/parse.js';
import { densestBlock } from '../src/html/readability.js';
import { dropMisleadingNames } from '../src/html/misread-names.js';
import { toText } from '../src/html/text.js';
import { keepTitledArticle } from '../src/html/titled-article.js';
import { RULES } from '../src/rules/table/index.js';
import { article, md, para, section } from './html-helpers.js';

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
