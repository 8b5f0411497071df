import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/html/parse.js';
import { byTag, descendants } from '../src/html/walk.js';

const pages = readdirSync('fixtures').filter((d) => d.startsWith('html-')).map((d) => readFileSync(join('fixtures', d, 'source.html'), 'utf8'));

describe('walk', () => {
  it('finds what querySelectorAll finds, in the same order, on every HTML fixture', () => {
    for (const html of pages) {
      const doc = parseHtml(html);
      expect(descendants(doc)).toEqual(Array.from(doc.querySelectorAll('*')));
      expect(byTag(doc, 'p')).toEqual(Array.from(doc.querySelectorAll('p')));
      expect(byTag(doc, 'a', 'h2', 'li')).toEqual(Array.from(doc.querySelectorAll('a, h2, li')));
      const body = doc.body;
      expect(descendants(body)).toEqual(Array.from(body.querySelectorAll('*')));
    }
  });

  it('stays below the root it is given and leaves the root out', () => {
    const doc = parseHtml('<body><div id="a"><p>1</p><div><p>2</p></div></div><p>3</p></body>');
    const a = doc.getElementById('a')!;
    expect(byTag(a, 'p').map((p) => p.textContent)).toEqual(['1', '2']);
    expect(byTag(a, 'div').length).toBe(1);
    expect(descendants(doc.createElement('span'))).toEqual([]);
  });

  it('does not enter template contents, as selectors do not', () => {
    const doc = parseHtml('<body><template><p>hidden</p></template><p>shown</p></body>');
    expect(byTag(doc, 'p').map((p) => p.textContent)).toEqual(['shown']);
  });
});
