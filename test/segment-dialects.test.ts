import { expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { displayWidth, wrapWidth } from '../src/text/wrap.js';
import { param } from '../src/params.js';
import { para, wrap, wrapLines } from './wrap-text.js';

/** segment on the dialects of other tools' dumps: markdown with raw HTML, html2text, pandoc, get_text, html-to-text. */

test('raw HTML in a markdown dump is read as the text a reader sees; code and other dumps keep their tags', () => {
  const md = '[Home](https://example.org/)\n\n<div class="wrap"><table><tr><td><h2>Hardware</h2><p>Tools &amp; fittings, <b>1918</b></p></td></tr></table></div>\n\n```html\n<table><tr><td>cell</td></tr></table>\n```';
  expect(segment(md).map((b) => b.text)).toEqual(['Home', 'Hardware', 'Tools & fittings, 1918', '```html', '<table><tr><td>cell</td></tr></table>']);
  // A row's cells stand on one line, as a browser and a plain dump show them.
  const rows = '<table><thead><tr><th colspan="2"><h3>For the dough:</h3></th></tr></thead><tbody><tr><td>125 g</td><td><span>flour</span></td></tr><tr><td>1 tsp</td><td>baking powder</td></tr></tbody></table>';
  expect(segment(`[Home](https://example.org/)\n\n# Cake\n\n${rows}`).map((b) => b.text)).toEqual(['Home', 'Cake', 'For the dough:', '125 g flour', '1 tsp baking powder']);
  // A plain dump's tag is text the page showed (a tutorial's example).
  expect(segment('Use <table> with <tr> rows.')[0]!.text).toBe('Use <table> with <tr> rows.');
});

test('markdown-ish dumps: links, images, emphasis and escapes become the text a reader sees', () => {
  const [b] = segment('Read the **full** [report](https://example.org/r "Report") on *climate* \\- and ![chart](https://x/c.png) more_words_here.');
  expect(b!.text).toBe('Read the full report on climate - and more_words_here.');
  expect(b!.linkDensity).toBeGreaterThan(0);
  expect(b!.linkDensity).toBeLessThan(0.2);
  const [link] = segment('[Home](https://example.org/)');
  expect(link!.linkDensity).toBe(param('markdownLinkWeight'));
  // A numbered source link is no lynx reference: its target goes with it.
  const [cited] = segment('Fasting raised the risk of binge eating ([2](https://example.org/pubmed/123)) in one study.');
  expect(cited!.text).toBe('Fasting raised the risk of binge eating (2) in one study.');
  // Converters leave spaces around a target and brackets inside a label.
  expect(segment('Here [the paper](https://example.org/p.html ) and [[Smith (1994)]](#refs) too.')[0]!.text).toBe('Here the paper and [Smith (1994)] too.');
});

test('html2text dumps: starred headings are headings, by their number of stars; bold is not', () => {
  const blocks = segment('****** Global: Autonome Waffen ******\n***** Doku *****\n**** Kontakt ****\n**fett** und weiter\n');
  expect(blocks.map((b) => [b.type, b.level, b.text])).toEqual([
    ['heading', 1, 'Global: Autonome Waffen'],
    ['heading', 2, 'Doku'],
    ['heading', 3, 'Kontakt'],
    ['paragraph', undefined, 'fett und weiter'],
  ]);
});

test('a URL of any scheme is link text', () => {
  expect(segment('file://localhost/tmp/page.html')[0]!.linkDensity).toBe(1);
});

test('html2text dumps: words joined by underscores are link text, read back as words', () => {
  const menu = ['Startseite', 'Mein_Konto', 'Meine_Downloads', 'Spektrum_der_Wissenschaft', 'Sterne_und_Weltraum'];
  const body = 'In unseren häufig_gestellten_Fragen finden Sie weitere Informationen, sagte die Kritiker_innen-Sprecherin.';
  const dump = [...menu, ...menu, ...menu, ...menu, body].join('\n');
  const blocks = segment(dump);
  const last = blocks[blocks.length - 1]!;
  expect(last.text).toBe('In unseren häufig gestellten Fragen finden Sie weitere Informationen, sagte die Kritiker_innen-Sprecherin.');
  expect(last.linkDensity).toBeGreaterThan(0);
  expect(blocks[1]!.text).toBe('Mein Konto');
  // A few underscores, or code's: no link style, the text stays as it is.
  expect(segment(['Mein_Konto', 'Call WP_Object_Cache or start_lvl here.'].join('\n')).map((b) => b.text)).toEqual(['Mein_Konto', 'Call WP_Object_Cache or start_lvl here.']);
});

test('a markdown dump whose link targets hold underscores: the links go whole, no underscore is read as html2text link style', () => {
  const links = Array.from({ length: 20 }, (_v, k) => `[topic ${k}](/wiki/Some_Topic_${k} "Some Topic ${k}")`).join(', ');
  const dump = [`A wiki page links to ${links}, and ends.`, 'Call start_lvl here, as the code_sample shows.'].join('\n');
  const texts = segment(dump).map((b) => b.text);
  expect(texts[0]).toBe(`A wiki page links to ${Array.from({ length: 20 }, (_v, k) => `topic ${k}`).join(', ')}, and ends.`);
  expect(texts[1]).toBe('Call start_lvl here, as the code_sample shows.');
});

test('a markdown link that wraps block content is one span of link text: its brackets and URL go, its lines are links', () => {
  const dump = [
    '# Bridge closes for repairs',
    'The council voted to close the old bridge for repairs until the end of next year.',
    '[',
    '![Workers on the bridge](/img/bridge.jpg)',
    '',
    '### Ferry service returns while the bridge is shut',
    '',
    'A short teaser line of the story.',
    '](/news/ferry-returns "Ferry service returns")',
    '[![Map](/img/map.png)',
    '#### Where the detour runs](/news/detour)',
  ].join('\n');
  const blocks = segment(dump);
  const texts = blocks.map((b) => b.text);
  expect(texts).toContain('Ferry service returns while the bridge is shut');
  expect(texts).toContain('Where the detour runs');
  expect(texts.join(' ')).not.toMatch(/\]\(|\/news\//);
  const link = (t: string): number => blocks.find((b) => b.text === t)!.linkDensity;
  expect(link('Ferry service returns while the bridge is shut')).toBe(1);
  expect(link('A short teaser line of the story.')).toBe(1);
  expect(link('Where the detour runs')).toBe(1);
  expect(link('The council voted to close the old bridge for repairs until the end of next year.')).toBe(0);
});

test('a stray bracket opens no span: a footnote mark, a bracket never closed within a few lines', () => {
  const dump = ['He said [sic that the bridge was safe.', 'More prose follows here.', 'A link at last [here](/x) in a line.', 'Later [1] a note.'].join('\n');
  const blocks = segment(dump);
  expect(blocks.map((b) => b.text)).toEqual(['He said [sic that the bridge was safe.', 'More prose follows here.', 'A link at last here in a line.', 'Later [1] a note.']);
  expect(blocks[0]!.linkDensity).toBe(0);
  expect(blocks[1]!.linkDensity).toBe(0);
});

test('a dump whose headlines run past the width its paragraphs wrap at (pandoc) is read at the paragraphs\' width', () => {
  const headline = 'Scientists use a mountain telescope to spot water vapour on a distant moon of Jupiter';
  const paras = Array.from({ length: 6 }, () => wrap(para, 72));
  const dump = [headline, ...paras.slice(0, 2), `${headline} again`, ...paras.slice(2, 4), `${headline}, a third`, ...paras.slice(4)].join('\n\n');
  expect(wrapWidth(dump.split('\n'))).toBeLessThanOrEqual(72);
  expect(segment(dump).filter((b) => b.text === para)).toHaveLength(6);
  // Paragraphs one to a line, far past any width, with blank lines between (innerText): no wrap.
  expect(wrapWidth([para, '', 'Published Monday, November 18, 2019 at 8:22 in the morning', 'A short caption line under the photo of the astronauts', 'Related links to other stories on the site', '', para, '', para].join('\n').split('\n'))).toBeNull();
});

test('a markdown dump wrapped inside a link target (Python html2text) reads the link as its label', () => {
  const link = 'Residents can read the [engineering report](https://example.org/news/local/article/the-council-votes-\non-the-new-bridge-14844357.php "The report") before the vote in May, the mayor said.';
  const dump = [wrap(para, 78), link, wrap(para, 78)].join('\n\n');
  const blocks = segment(dump);
  expect(blocks[1]!.text).toBe('Residents can read the engineering report before the vote in May, the mayor said.');
});

test('a markdown dump that wraps its paragraphs but not its list items or tables (Python html2text) is still read as wrapped', () => {
  const refs = Array.from({ length: 12 }, (_, k) => `  ${k + 1}. **^** Author, A. (2017). _A study of bridges and of the rivers they cross, volume ${k + 1}_. Example Press. pp. 188–203.`);
  const row = `| ${Array.from({ length: 12 }, (_, k) => `column ${k}`).join(' | ')} |`;
  const lines = [wrap(para, 78), '', wrap(para, 78), '', row, row, '', ...refs].join('\n').split('\n');
  expect(wrapWidth(lines, true)).toBeGreaterThanOrEqual(70);
  expect(wrapWidth(lines, true)).toBeLessThanOrEqual(80);
  expect(segment(`[Home](/)\n\n${lines.join('\n')}`)[1]!.text).toBe(para);
});

test("a markdown link whose title is wrapped to the next line: the title is a word of its own, and the link reads as its label", () => {
  const link = 'Residents can read the [engineering report](https://example.org/news/local/bridge-report\n"The report on the bridge") before the vote in May, the mayor said.';
  const blocks = segment([wrap(para, 78), link, wrap(para, 78)].join('\n\n'));
  expect(blocks[1]!.text).toBe('Residents can read the engineering report before the vote in May, the mayor said.');
});

test('a table set in aligned columns (pandoc, text browsers) keeps a block per row in a wrapped dump; prose with one wide gap still joins', () => {
  const rows = [
    '  ------ ------------------------------ -------- ---------- ------- ---------',
    '  Pos.   Team                             Points       Wins   Poles     Top 5',
    '  1      Riverside Rowing Club Seniors      5040          5       1        17',
    '  2      Harbour Town Athletics Eights      5035          7       0        15',
    '  ------ ------------------------------ -------- ---------- ------- ---------',
  ];
  const prose = 'The season ended on Sunday with the closest finish in years.  Two clubs\nshared the lead until the last race, when the home crew pulled ahead.';
  const texts = segment([wrap(para, 78), '', ...rows, '', wrap(para, 78), '', prose].join('\n')).map((b) => b.text);
  expect(texts).toEqual([
    para,
    'Pos. Team Points Wins Poles Top 5',
    '1 Riverside Rowing Club Seniors 5040 5 1 17',
    '2 Harbour Town Athletics Eights 5035 7 0 15',
    para,
    'The season ended on Sunday with the closest finish in years. Two clubs shared the lead until the last race, when the home crew pulled ahead.',
  ]);
});

test('a dump with a line per text node (BeautifulSoup get_text) joins the parts of its sentences; a plain dump keeps its lines', () => {
  const menu = Array.from({ length: 16 }, (_, i) => `Section ${i + 1}`);
  const cut = [...menu, 'The council met on Tuesday to discuss', 'the new bridge', 'over the river, and most members agreed that', 'the old one', 'had served long enough.', 'Work starts in spring, the mayor said after', 'the meeting', '.', 'Contact'];
  const texts = segment(cut.join('\n')).map((b) => b.text);
  expect(texts).toContain('The council met on Tuesday to discuss the new bridge over the river, and most members agreed that the old one had served long enough.');
  expect(texts).toContain('Work starts in spring, the mayor said after the meeting.');
  // One small-letter line among many whole ones is no cut sentence.
  const plain = [para, 'Home', para, 'read more', para, para, para, para, para, para, para, para];
  expect(segment(plain.join('\n')).map((b) => b.text)).toContain('read more');
});

test('in a dump with a line per text node, a line that ends in a word no sentence ends in goes on, whatever letter the next opens with; a footnote mark joins its sentence', () => {
  const menu = Array.from({ length: 16 }, (_, i) => `Section ${i + 1}`);
  const cut = [...menu, 'The method was', 'developed by', 'Ada Byron', 'and', 'Charles Babbage', '.', '[1]', 'It was first shown at', 'London', 'by a small team, and', 'the results were', 'published in 1843.', 'References', '[2] Byron, A. Notes on the engine.', 'Contact'];
  const texts = segment(cut.join('\n')).map((b) => b.text);
  // A footnote's mark goes with the sentence it marks, even after its full stop.
  expect(texts).toContain('The method was developed by Ada Byron and Charles Babbage.[1]');
  expect(texts).toContain('It was first shown at London by a small team, and the results were published in 1843.');
  // A reference that opens with its number is an entry of its own.
  expect(texts).toContain('[2] Byron, A. Notes on the engine.');
  // A plain dump keeps a credit line that ends in "by" apart from the name on the next.
  const plain = [para, 'Photo by', 'Jane Doe', para, para, para, para, para, para, para, para, para];
  expect(segment(plain.join('\n')).map((b) => b.text)).toContain('Photo by');
});

test('a dump of menus and short items, with few sentences to cut, is read as a line per text node when lines of punctuation alone show it', () => {
  const menu = Array.from({ length: 60 }, (_, i) => `Category ${i + 1}`);
  const sentence = ['Read the', 'terms', 'before you order', '.'];
  const dump = [...menu, ...sentence, 'Shipping', 'Returns', ...sentence.map((l) => l.replace('terms', 'returns policy'))];
  const texts = segment(dump.join('\n')).map((b) => b.text);
  expect(texts).toContain('Read the terms before you order.');
  expect(texts).toContain('Read the returns policy before you order.');
  // The same menus and items without the lines of punctuation are kept as lines.
  const unmarked = dump.filter((l) => l !== '.');
  expect(segment(unmarked.join('\n')).map((b) => b.text)).toContain('Read the');
});

test('a dump wrapped at a count of characters (lynx, links, html2text), not of columns: wrapped CJK text is joined at that count', () => {
  const japanese = '商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する機能があります。例えば、消費者は、スマートフォンに表示されたマークをみて、それがどの会社の商品であるか理解しますし、マークが付された商品を見れば、消費者は、あの品質の商品だな、と考えます。通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。';
  const lines: string[] = [];
  for (let at = 0; at < japanese.length; at += 74) lines.push(japanese.slice(at, at + 74));
  // 74 characters take 148 columns: no terminal wraps there, so the dump was wrapped by count.
  expect(displayWidth(lines[0]!)).toBe(148);
  const dump = ['メニュー', '', ...lines, '', ...lines].join('\n');
  expect(wrapWidth(dump.split('\n'))).toBe(74);
  expect(segment(dump).map((b) => b.text)).toEqual(['メニュー', japanese, japanese]);
});

test('a link written as its text and its target in brackets (html-to-text): the target is no text, the word before it link text', () => {
  const [menu, prose, image, notes] = segment(['Login [https://example.org/login]', '', 'The council said [/news/bridge-vote] it would vote on the bridge in spring, after a long debate.', '', '[https://example.org/img/bridge.png]', '', 'See note [1] and [the appendix], and #[tokio::main].'].join('\n'));
  expect(menu).toMatchObject({ text: 'Login', linkDensity: 1 });
  expect(prose!.text).toBe('The council said it would vote on the bridge in spring, after a long debate.');
  expect(prose!.linkDensity).toBeLessThan(0.1);
  // An image's target alone leaves no block; a note's number, a bracketed phrase and code are text.
  expect(image!.text).toBe('See note [1] and [the appendix], and #[tokio::main].');
  expect(notes).toBeUndefined();
});

test("an image written as its alt and its source in brackets (html-to-text) shows no text: its alt goes, and a link's target glued to it", () => {
  const blocks = segment([
    'a woman in a red coat on a bridge at dusk [https://cdn.example.org/img/coat.jpg?w=800]https://shop.example.org/coat',
    '',
    'The coat is made of recycled wool and comes in four colours.',
    '',
    'a chair [https://example.org/a.png] a table [//cdn.example.org/b.webp]/tables/oak',
    '',
    'The shop sells it online [https://example.org/shop] and in two stores.',
    '',
    'Lucy [https://example.org/lucy.jpg]Lucy is the oldest sheep of the flock.',
  ].join('\n'));
  expect(blocks.map((b) => b.text)).toEqual(['The coat is made of recycled wool and comes in four colours.', 'The shop sells it online and in two stores.', 'Lucy is the oldest sheep of the flock.']);
});

test("a markdown quote's marks are no text: its wrapped lines are one sentence; a Python prompt keeps its marks", () => {
  const lead = 'The mayor spoke to the press after the [council meeting](https://example.org/council) on Tuesday evening, when most members had already left the hall and only the reporters stayed behind.';
  const quote = 'Our work is to build a bridge that the whole town can use, from the school children to the farmers who bring their goods to the market every week, and we will finish it before the winter.';
  const dump = [wrap(lead, 60), '', wrap(lead, 60), '', wrapLines(quote, 58).map((l) => `> ${l}`).join('\n'), '>', '> > Quoted twice.', '', '>>> import json'].join('\n');
  const texts = segment(dump).map((b) => b.text);
  expect(texts).toContain(quote);
  expect(texts).toContain('Quoted twice.');
  expect(texts).toContain('>>> import json');
});

test("a markdown image whose source a converter broke at a hyphen is one image, whatever the dump's width: no text", () => {
  const texts = segment([
    'The coat is made of recycled wool and comes in four [colours](https://example.org/colours).',
    '',
    '![a woman in a red coat on a bridge at dusk](https://cdn.example.org/media/2024/09/red-coat-non-',
    'toxic2.png)',
    '',
    'It costs less than last year.',
  ].join('\n')).map((b) => b.text);
  expect(texts).toEqual(['The coat is made of recycled wool and comes in four colours.', 'It costs less than last year.']);
});

test('a dump with a line per text node is never read as wrapped, though its code keeps to 79 columns', () => {
  // Code lines of 70-79 characters would read as a dump wrapped near 78: its cut sentences would stay apart.
  const code = Array.from({ length: 12 }, (_, i) => `const value${i} = compute(inputs[${i}], { mode: 'strict', keepOrder: true, retries: 3, wait: 10 });`.slice(0, 70 + (i % 10)));
  const sentence = ['The loader reads', 'every record', 'in order, as the', 'storage format', 'requires', '.'];
  const dump = [...Array.from({ length: 16 }, (_, i) => `Section ${i + 1}`), ...code, ...Array.from({ length: 12 }, () => sentence).flat(), 'Contact'];
  expect(wrapWidth(dump)).not.toBeNull();
  const texts = segment(dump.join('\n')).map((b) => b.text);
  expect(texts).toContain('The loader reads every record in order, as the storage format requires.');
  // A wrapped dump whose page sets a full stop as a paragraph of its own (a blank line above it) keeps its wraps.
  // Its wraps fall after a sentence's end, where no cut sentence would join the lines again.
  const first = 'The ferry left the harbour at dawn with forty passengers and timber.';
  const story = `${first} Builders on the island wait for it every week of the year.`;
  expect(wrapLines(story, first.length + 2)[0]).toBe(first);
  const wrapped = Array.from({ length: 12 }, () => `${wrap(story, first.length + 2)}\n\n.`).join('\n\n');
  expect(segment(wrapped).map((b) => b.text)).toContain(story);
});
