import { expect, test } from 'vitest';
import { linkSpans } from '../src/text/md-link-spans.js';
import { segment } from '../src/text/segment.js';

// Converters that wrap long lines (Python's html2text at 78 columns) break inside image alt
// texts, link labels, URLs and titles: a span must still close where its card does, and a link
// inside a sentence must not make its paragraph link text.

const linkOf = (dump: string[], text: string): number => segment(dump.join('\n')).find((b) => b.text.startsWith(text))!.linkDensity;

test("an image whose alt text wraps is no link: the paragraph around it stays prose", () => {
  const dump = [
    'Given a set of points, the method first computes',
    '![p_{ij} over all',
    'pairs](https://img.example.org/render/svg/0f1a4c9a)',
    'the similarity of each pair, as the next section shows in some detail.',
    '![q_{ij}](https://img.example.org/render/svg/8a76)',
  ];
  expect(linkSpans(dump).linked).toEqual([false, false, false, false, false]);
  expect(linkOf(dump, 'Given a set of points')).toBeLessThan(0.2);
});

test('a bracket closed as text opens no span, though a later line closes a link', () => {
  // "Details [edit]" whose edit link's target wraps: its bracket closes on the next line.
  const dump = [
    'Details[[edit](/w/index.php?title=Some_Topic&action=edit&section=1',
    '"Edit section: Details")]',
    '',
    'The method models each object as a point so that alike objects sit close together.',
    'A picture of the result follows here ![map',
    'of points](https://img.example.org/map.png)',
  ];
  expect(linkSpans(dump).linked.slice(2)).toEqual([false, false, false, false]);
  expect(linkOf(dump, 'The method models')).toBe(0);
});

test("a card whose alt text and target wrap is one span of link text, its URL and title gone", () => {
  const dump = [
    '[ ![photo of the old bridge over the river at',
    'night](https://img.example.org/placeholder-',
    'horizontal.gif)',
    '',
    '#### Ferry service returns while the bridge',
    'is shut',
    '',
    '](/news/ferry-service-returns-while-the-',
    'bridge-is-shut "Read the story of the ferry that is back in',
    'service")',
    '',
    'The council voted to close the old bridge for repairs until the end of next year.',
  ];
  const blocks = segment(dump.join('\n'));
  expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/\/news\/|bridge-is-shut|Read the story/);
  expect(linkOf(dump, 'Ferry service returns')).toBe(1);
  expect(linkOf(dump, 'The council voted')).toBe(0);
});

test('a link inside a sentence whose label and target wrap leaves its paragraph prose', () => {
  const dump = [
    'The council met on Monday and, as [the minutes of the',
    'meeting](https://example.org/minutes/2024/a-long-path)',
    'show, voted to close the old bridge for repairs until the end of next year. It',
    'also read [the report on the',
    'ferry](https://example.org/reports/2024/a-long-',
    'path-to-the-report) and agreed with it.',
  ];
  expect(linkSpans(dump).linked).toEqual([false, false, false, false, false, false]);
  expect(linkOf(dump, 'The council met')).toBeLessThan(0.3);
});

test('a row of cards, each close followed by the next card\'s open, is one span per card', () => {
  const dump = ['[', '', '**Travel**', '', '](/category/travel/ "Travel")[', '', '**Weather**', '', '](/category/weather/ "Weather")', '', 'A paragraph of the article itself, with no link in it at all.'];
  const { lines, linked } = linkSpans(dump);
  expect(linked).toEqual([true, true, true, true, true, true, true, true, true, false, false]);
  expect(lines.join(' ')).not.toMatch(/\/category\/|\]\(/);
});
