import { expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { displayWidth, wrapWidth } from '../src/text/wrap.js';
import { param } from '../src/params.js';
import { wrapLines } from './wrap-text.js';

const para = 'Touristen und Börsenhändler waren überrascht, als sich plötzlich mit Kunstblut besudelte Gestalten auf das Pflaster vor der New Yorker Börse warfen. Die Klimaaktivisten wollten damit die Verbindung zwischen der Wall Street und jenen Energieunternehmen sichtbar machen, die fossile Rohstoffe verbrennen.';

const wrap = (text: string, width: number): string => wrapLines(text, width).join('\n');

test('one block per line in a plain dump, with list items and markdown headings marked', () => {
  const blocks = segment('Title line\n\n- Home\n- News\n## Section\nA paragraph.');
  expect(blocks.map((b) => [b.type, b.text])).toEqual([
    ['paragraph', 'Title line'], ['list-item', 'Home'], ['list-item', 'News'], ['heading', 'Section'], ['paragraph', 'A paragraph.'],
  ]);
  expect(blocks[3]!.level).toBe(2);
});

test('a hard-wrapped dump is joined back into paragraphs', () => {
  const dump = `Menu\n\n${wrap(para, 79)}\n\n${wrap(para, 79)}\n\n  • Item one\n  • Item two`;
  expect(wrapWidth(dump.split('\n'))).toBeGreaterThanOrEqual(70);
  const blocks = segment(dump);
  expect(blocks.map((b) => b.text)).toEqual(['Menu', para, para, 'Item one', 'Item two']);
});

/** w3m's wrap of wide text: any character may end a line once it holds `columns` columns. */
function wrapWide(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (displayWidth(line + ch) > columns) { lines.push(line.trimEnd()); line = ch === ' ' ? '' : ch; } else line += ch;
  }
  return [...lines, line];
}

test('wide (CJK) characters take two columns: wrapped Korean is joined, without spaces inside words', () => {
  const korean = '그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다. 하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 추억을 간직하는 게 잘못이냐고 말하기도 했다. 또 여행 간 게 잘못인가요라거나 용기를 얻습니다 같은 글을 남기기도 했다.';
  const lines = wrapWide(korean, 78);
  expect(lines.every((l) => displayWidth(l) <= 78 && l.length < 78)).toBe(true);
  const dump = ['메뉴', '', ...lines, '', ...lines].join('\n');
  expect(wrapWidth(dump.split('\n'))).toBeGreaterThanOrEqual(76);
  expect(segment(dump).map((b) => b.text)).toEqual(['메뉴', korean, korean]);
});

test('a wrapped line that ends short of the width keeps the space at its break, wide characters or not', () => {
  // A word-wrapping tool ends a line before the word that does not fit: 72 of 79 columns here.
  const wide = ['中文 文本 '.repeat(6) + '中文文本处理', '中文 文本 '.repeat(6) + '中文文本处理', '结束'];
  const dump = [wrap(para, 79), '', ...wide].join('\n');
  expect(displayWidth(wide[0]!)).toBe(72);
  expect(segment(dump).map((b) => b.text)).toEqual([para, wide.join(' ')]);
});

test('lines no wrapper can break do not hide the width: lynx references, long URLs and data runs', () => {
  const article = wrap(para, 74).split('\n').map((l) => `   ${l}`);
  const references = [
    'References',
    ...[1, 2, 3].map((n) => `  ${n}. mailto:?subject=Die Klimaaktivisten und die Börse, ein langer Titel mit Leerzeichen&body=https://example.org/artikel/${n}`),
    '  4. https://example.org/' + 'a'.repeat(120),
    'image.jpg?width=640&amp;fit=bounds&amp;height=480&amp;quality=' + 'x'.repeat(40),
  ];
  const dump = [...article, '', ...article, '', ...references].join('\n');
  expect(wrapWidth(dump.split('\n'))).toBeGreaterThanOrEqual(70);
  expect(segment(dump)[0]!.text).toBe(para);
});

test('numbered items of a wrapped list stay apart; a wrapped date at a line start joins its sentence', () => {
  const list = [
    '    1. The first item of a numbered list, long enough that it has to be',
    '       wrapped by the tool onto a second line, and this line is full too',
    '    2. The second item',
    '    3. The third item, which also runs on past the width of the terminal',
    '       and wraps',
  ];
  const sentence = ['   Die Klimaaktivisten kündigten weitere Aktionen vor der Börse an, zuerst am', '   12. März und dann noch einmal im Herbst.'];
  const dump = [...wrap(para, 76).split('\n').map((l) => `   ${l}`), '', ...list, '', ...sentence].join('\n');
  expect(segment(dump).map((b) => b.text)).toEqual([
    para,
    '1. The first item of a numbered list, long enough that it has to be wrapped by the tool onto a second line, and this line is full too',
    '2. The second item',
    '3. The third item, which also runs on past the width of the terminal and wraps',
    sentence.map((l) => l.trim()).join(' '),
  ]);
});

test('a drawn horizontal rule ends a wrapped paragraph and joins nothing', () => {
  const rule = '━'.repeat(78);
  const dump = [wrap(para, 79), rule, 'Explore further', rule, wrap(para, 79)].join('\n');
  expect(segment(dump).map((b) => b.text)).toEqual([para, 'Explore further', para]);
});

test('a plain dump with long lines is not treated as wrapped', () => {
  expect(wrapWidth([para, para, 'short', para])).toBeNull();
});

test('dates at the start of a line are not numbered list items', () => {
  expect(segment('19. Oktober 2019, 19:08 Uhr')[0]!.type).toBe('paragraph');
});

test("link lines carry their link share, a markdown link's label at its weight; lines of only punctuation are dropped", () => {
  const [link] = segment('[Read more](https://example.org/x)\n•\n|');
  expect(link!.linkDensity).toBe(param('markdownLinkWeight'));
  expect(segment('•\n|')).toHaveLength(0);
});

test('lynx dumps: reference numbers are dropped and the reference list does not hide the width', () => {
  const refs = Array.from({ length: 40 }, (_, i) => `  ${i + 1}. https://example.org/${'very-long-path-segment/'.repeat(8)}${i}`).join('\n');
  const dump = `   ${wrap(para, 76).split('\n').join('\n   ')}\n\n   Von [70]Heike Buchter\n\nReferences\n\n${refs}`;
  const blocks = segment(dump);
  expect(blocks[0]!.text).toBe(para);
  expect(blocks[1]!.text).toBe('Von Heike Buchter');
});

test("lynx dumps: the tool's link list, and the head's links above the page, are no blocks", () => {
  const refs = ['References', '', ...Array.from({ length: 5 }, (_, i) => `  ${i + 1}. https://example.org/page-${i}`), '', '   Hidden links:', '   6. javascript:void(0);'].join('\n');
  const blocks = segment(`   #[1]alternate [2]Example News RSS\n   feed\n\n   ${wrap(para, 76).split('\n').join('\n   ')}\n\n${refs}\n`);
  expect(blocks.map((b) => b.text)).toEqual([para]);
  // Too short a list, or one that does not count from 1, is the page's own.
  const own = segment('Sources\n\n  3. https://example.org/a\n  4. https://example.org/b\n  5. https://example.org/c');
  expect(own.map((b) => b.text)).toEqual(['Sources', '3. https://example.org/a', '4. https://example.org/b', '5. https://example.org/c']);
});

test("elinks dumps: the head's links a line each, and the link list whose titled entries put their target below, are no blocks", () => {
  const entries = ['   1. https://example.org/feed', '   2. Our newsletter', '\thttps://example.org/newsletter', '   3. https://example.org/about', '   4. Share on a network', '\tjavascript:void(0);'];
  const refs = ['References', '', '   Visible links', ...entries].join('\n');
  const blocks = segment(`   Link: [1]alternate\n   Link: [2]canonical\n   ${wrap(para, 76).split('\n').join('\n   ')}\n\n${refs}\n`);
  expect(blocks.map((b) => b.text)).toEqual([para]);
  // A numbered line with no target below it is the page's own list.
  const own = segment(['Steps', '', '  1. Open the lid', '  2. Fill the tank', '  3. Close the lid', '  4. https://example.org/manual'].join('\n'));
  expect(own.map((b) => b.text)).toContain('1. Open the lid');
});

test("w3m's link list (display_link_number: '[1] https://…' under 'References:') is no block", () => {
  const refs = ['References:', '', ...Array.from({ length: 4 }, (_, i) => `[${i + 1}] https://example.org/page-${i}`)].join('\n');
  expect(segment(`${wrap(para, 76)}\n\n${refs}\n`).map((b) => b.text)).toEqual([para]);
});

test('markdown with reference-style links: the links read as inline ones, and the definitions at the end (a long target wrapped) are no blocks', () => {
  const defs = ['   [1]: https://example.org/report', '   [2]: /about', '   [3]:', 'https://example.org/a-very-long-address-that-the-converter-broke-at-a-', 'hyphen-and-goes-on'].join('\n');
  const blocks = segment(`${para}\n\n[Read the whole report][1] or [see who we are][2].\n\n[Write to the editors][3] with your questions.\n\n${defs}\n`);
  expect(blocks.map((b) => b.text)).toEqual([para, 'Read the whole report or see who we are.', 'Write to the editors with your questions.']);
  expect(blocks[1]!.linkDensity).toBeGreaterThan(0);
});

test("pandoc's reference-style links: '[text][]' is a link, and the definitions named by their text (a title on the next line) are no blocks", () => {
  const defs = ['  [the whole report]: https://example.org/report', '  [who we are]: /about', '  [Write to the editors]: mailto:desk@example.org', '    "The desk"'].join('\n');
  const blocks = segment(`${para}\n\nRead [the whole report][] or see [who we are][].\n\n[Write to the editors][] with your questions.\n\n${defs}\n`);
  expect(blocks.map((b) => b.text)).toEqual([para, 'Read the whole report or see who we are.', 'Write to the editors with your questions.']);
});

test('lynx and html2text mark deeper list levels with o, # and @, always indented: items, not headings', () => {
  const dump = '     * News\n          + World\n               o Europe\n                    # Politics\n                         @ Elections\no sea, the line goes on';
  expect(segment(dump).map((b) => [b.type, b.text])).toEqual([
    ['list-item', 'News'], ['list-item', 'World'], ['list-item', 'Europe'], ['list-item', 'Politics'], ['list-item', 'Elections'], ['paragraph', 'o sea, the line goes on'],
  ]);
  // Markdown indents a heading inside a list item: it stays a heading.
  const md = segment('*   [Home](https://example.org/)\n*   [\n    \n    # Latest\n    \n    ](https://example.org/latest)');
  expect(md.find((b) => b.text === 'Latest')?.type).toBe('heading');
});

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
