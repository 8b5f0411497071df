import { expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { wrapWidth } from '../src/text/wrap.js';
import { wrapLines as wrap } from './wrap-text.js';

const para = 'The council voted on Tuesday to close the old bridge over the river for repairs until the end of next year, after engineers found cracks in two of its piers. A ferry will run every twenty minutes while the bridge is shut, and buses will take the long way round through the valley.';

test("the width is read off the lines a paragraph goes on below, not off headlines the tool left whole", () => {
  // pandoc's plain text wraps paragraphs at 72 but writes a heading on one line, however long.
  const headlines = Array.from({ length: 8 }, (_v, k) => `Teaser headline number ${k + 1} about the old bridge, the new ferry and the buses in the valley`);
  const dump = [...headlines.flatMap((h) => [h, '', ...wrap(para, 72), '']), ...wrap(para, 72)];
  expect(headlines[0]!.length).toBeGreaterThan(80);
  expect(wrapWidth(dump)).toBeLessThanOrEqual(72);
  expect(wrapWidth(dump)).toBeGreaterThanOrEqual(68);
  expect(segment(dump.join('\n')).filter((b) => b.text === para)).toHaveLength(9);
});

test('a dump of one paragraph a line, with no wrapped lines, has no width', () => {
  expect(wrapWidth([para, '', para, '', 'A short line', '', para])).toBeNull();
});

test("a markdown dump's headings and raw HTML say nothing of the width its paragraphs wrap at", () => {
  // pandoc's GitHub markdown: a heading is one line however long, a <div>'s tag is joined back whole.
  const heading = '#### Give us a call at any time of the day for help with your order, your account or the site';
  const tag = `<div class="banner" style="${'position: relative; display: block; '.repeat(6)}">`;
  const dump = Array.from({ length: 6 }, () => [heading, '', tag, '', ...wrap(para, 72), '', '</div>', '']).flat();
  expect(wrapWidth(dump, true)).toBeLessThanOrEqual(72);
  expect(wrapWidth(dump, true)).toBeGreaterThanOrEqual(68);
});
