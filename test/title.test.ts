import { expect, test } from 'vitest';
import { findTitle } from '../src/text/title.js';
import type { Block } from '../src/types.js';

const p = (text: string, over: Partial<Block> = {}): Block => ({ text, type: 'paragraph', linkDensity: 0, ...over });

test('a quoted phrase the page repeats in its boilerplate is the title', () => {
  const blocks = [p('Body text.'), p('Kommentar zum Artikel "Neue Brücke über den Fluss eröffnet" schreiben?'), p('Mehr wie »Neue Brücke über den Fluss eröffnet« suchen')];
  expect(findTitle(blocks, ['good', 'bad', 'bad']).title).toBe('Neue Brücke über den Fluss eröffnet');
});

test("a quote of someone's words printed twice (a pull quote) is no title; the H1 is", () => {
  const said = '"There are two things you need to know before you retire early," he said.';
  const blocks = [p('How to retire early', { type: 'heading', level: 1 }), p(said), p('Long body text.'), p(said), p('"Save first. Then spend what is left over for the year." she said.'), p('"Save first. Then spend what is left over for the year." again.')];
  expect(findTitle(blocks, ['short', 'good', 'good', 'good', 'good', 'good'])).toEqual({ title: 'How to retire early', index: 0 });
});

test('a markdown H1 is the title', () => {
  const blocks = [p('Menu'), p('The Headline Here', { type: 'heading', level: 1 }), p('Body.')];
  expect(findTitle(blocks, ['bad', 'short', 'good'])).toEqual({ title: 'The Headline Here', index: 1 });
});

test('otherwise a heading-like line right before the body', () => {
  const blocks = [p('Home'), p('Storm closes schools across the region'), p('By Jane Doe'), p('Long body text.')];
  expect(findTitle(blocks, ['bad', 'short', 'short', 'good'])).toEqual({ title: 'Storm closes schools across the region', index: 1 });
});

test('a line a rule row hits (a reading time, a credit) is no title, and the line before it is', () => {
  const blocks = [p('Storm closes schools across the region'), p('4 Min Read'), p('Long body text.')];
  expect(findTitle(blocks, ['short', 'short', 'good']).index).toBe(1);
  expect(findTitle(blocks, ['short', 'short', 'good'], (i) => i === 1)).toEqual({ title: 'Storm closes schools across the region', index: 0 });
});

test('a quoted line ("> …") before the body is no title', () => {
  const blocks = [p('Storm closes schools across the region'), p('> Statement from the council'), p('Long body text.')];
  expect(findTitle(blocks, ['short', 'short', 'good'])).toEqual({ title: 'Storm closes schools across the region', index: 0 });
});

test('no title when nothing fits', () => {
  expect(findTitle([p('Body text.')], ['good']).title).toBeNull();
});
