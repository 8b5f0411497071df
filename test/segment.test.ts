import { expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { displayWidth, wrapWidth } from '../src/text/wrap.js';
import { param } from '../src/params.js';
import { para, wrap } from './wrap-text.js';


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
