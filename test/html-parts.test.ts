import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../src/html/assemble.js';
import { unindentParagraphs } from '../src/html/markdown-lines.js';
import { article, md, section } from './html-helpers.js';

/** The HTML path on pages of several parts: standfirsts, threads, grids, product pages. */

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

  test('a popover (shown only when a button opens it) and a tooltip (shown on hover) are hidden', () => {
    const text = extract('<div popover id="prompt"><h4>Turn on notifications</h4><p>Open your browser settings, find this site and allow it to notify you when someone replies to you.</p></div><span role="tooltip">Prices include the sales tax of the country you picked at checkout, shipping not included.</span>');
    expect(text).toContain('washed on its own');
    expect(text).not.toMatch(/notifications|settings|sales tax/);
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
