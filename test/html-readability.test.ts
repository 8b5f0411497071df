import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readabilityClass } from '../src/html/readability.js';
import { loadReadability } from '../src/html/deps.js';
import { parseHtml } from '../src/html/parse.js';

/** The Readability methods html/readability.ts swaps for cheaper ones answer as Readability's own. */
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
