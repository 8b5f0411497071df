import { expect, test } from 'vitest';
import { splitColumns } from '../src/text/columns.js';
import { segment } from '../src/text/segment.js';
import { wrapLines as wrap } from './wrap-text.js';

const article = 'Verified video footage and testimony from people on the ground reveal a pattern of unlawful killings by security forces, which used lethal force to crush largely peaceful protests in more than one hundred cities, said the organisation on Tuesday.';
const sidebar = ['* Other news', '━━━━━━━━━━━━━━', '● Latest news', 'A city was named the most', 'popular spot for travellers', 'in 2019, an agency says.', 'Props and costumes will be', 'auctioned next month.'];


/** Two table cells side by side, as w3m prints them: the left padded to `column`. */
function sideBySide(left: string[], right: string[], column: number): string[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${(left[i] ?? '').padEnd(column)}${right[i] ?? ''}`.trimEnd());
}

test('a run of lines that break at one padded column is read column by column', () => {
  const left = wrap(article, 40);
  // Lines that fit the left column go on with it after the right one ends; a full-width line ends the table.
  const footer = 'A footer line running across the page width, past the column of the table.';
  const { lines, widths } = splitColumns(['Header line', '', ...sideBySide(left, sidebar, 41), '', footer]);
  expect(lines).toEqual(['Header line', '', ...left, '', '', '', ...sidebar, '', footer]);
  expect(widths.slice(2, 2 + left.length).every((w) => w === 40)).toBe(true);
  expect(widths[0]).toBeUndefined();
});

test('the left column is joined back into its paragraph at the column width', () => {
  const blocks = segment(['Header line', '', ...sideBySide(wrap(article, 40), sidebar, 41)].join('\n'));
  expect(blocks.map((b) => b.text)).toContain(article);
});

test('prose is never split, even where its lines share a word break', () => {
  // Lines that happen to break at one column, but with single spaces only.
  const prose = Array.from({ length: 10 }, (_, i) => `Line ${i} of prose has words here and more words that keep going on`);
  expect(splitColumns(prose).lines).toEqual(prose);
});

test('a few padded rows are no column layout', () => {
  const rows = sideBySide(['Name', 'Age', 'City'], ['Anna', '34', 'Bonn'], 20);
  expect(splitColumns(rows).lines).toEqual(rows);
});

test('a data table is left row by row: its columns past the name are numbers', () => {
  const names = ['Anna Berger', 'Jonas Keller Jr.', 'Mia Hoffmann', 'Paul Wagner', 'Lena Fischer', 'Tim Schulz', 'Eva Richter', 'Max Neumann'];
  const table = names.map((name, i) => `${String(i + 1).padEnd(5)}${name.padEnd(22)}${String(5040 - i * 5).padEnd(12)}${i % 4}     1    17     27`);
  const { lines } = splitColumns(['Pos. Driver              Points Wins   Poles Top 5 Top 10', ...table]);
  expect(lines).toEqual(['Pos. Driver              Points Wins   Poles Top 5 Top 10', ...table]);
});

test('a right column is joined back at its wrap width, though a caption in it runs wider', () => {
  // A narrow menu on the left; in the right cell a wide caption, then the article wrapped at 30.
  const nav = ['Home', 'Archives', 'FAQ', 'About', 'Contact', 'Search'];
  const right = ['Photo of the protests in the capital, by our reporter', ...wrap(article, 30)];
  const blocks = segment(sideBySide(nav, right, 22).join('\n'));
  expect(blocks.some((b) => b.text.endsWith(article))).toBe(true);
});

test("a nested list's deep items, indented to one column with nothing left of it, are no column", () => {
  // lynx draws a menu's levels as '*', 'o' and '#' items, each level further in.
  const menu = ['     * Home', ...['Contact us', 'Classifieds', 'About us'].flatMap((t) => [`               o ${t}`, ...['FAQ', 'Newsletters', 'Staff', 'Careers', 'Site index', 'Ad choices', 'Public notices'].map((s) => `                    # ${s} of ${t}`)])];
  const { lines, widths } = splitColumns(menu);
  expect(lines).toEqual(menu);
  expect(widths.every((w) => w === undefined)).toBe(true);
});
