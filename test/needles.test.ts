import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { blockHit, matcherOf } from '../src/rules/match.js';
import { needlesOf, needleStrength } from '../src/rules/needles.js';
import { NeedleScan } from '../src/rules/needle-scan.js';
import { firstHit, type RowSet, rowSetOf } from '../src/rules/row-set.js';
import { RULES } from '../src/rules/table/index.js';
import { segment } from '../src/text/segment.js';
import type { Rule } from '../src/types.js';

test.each([
  [/\bjetzt bewerben\b/, ['jetzt bewerben']],
  [/^(?:newsletter|subscribe)[?!.]*$/, ['newsletter', 'subscribe']],
  [/\bfoo\b|bar baz/, ['foo', 'bar baz']],
  // the longest required run wins; optional and repeated parts break a run
  [/\b(?:den )?artikel lesen\b/, ['artikel lesen']],
  [/e-?mail adresse/, ['mail adresse']],
  [/abc+defgh/, ['defgh']],
  [/x[ab]yyyy/, ['yyyy']],
  // zero-width parts do not break a run
  [/the\b (?=end)end/, ['the end']],
  [/(?:ab){2,}cd/, ['ab']],
  // a rare character outweighs common letters: '©' rules out more blocks than 'abc'
  [/abc|©\s*ghi/, ['abc', '©']],
  [/(?:ab|cd).*©/, ['©']],
  // a class of a few plain characters is a choice; one letter in both cases is that letter
  [/[Bb]y\s/, ['by']],
  [/\s[›»|]\s/, ['›', '»', '|']],
  [/x[a-d]yyyy/, ['yyyy']],
  [/(?<word>ab)|cd/, ['ab', 'cd']], // a named group is a concept of the row (rules/table/concepts.ts)
])('needlesOf(%s) is %j', (re, expected) => {
  expect(needlesOf(re)).toEqual(expected);
});

test.each([
  /\bcookie/i, // still case-insensitive: lower-case text is no help
  /(a)\1/, // backreference
  /(?<word>ab)\k<word>/, // named backreference
  /\u00e4rger/, // code-point escape
  /[\p{L}]+/u, // nothing literal
  /foo|[a-c]+/, // one alternative with nothing literal
  /a{/, // not something this reader knows
])('needlesOf(%s) is null: the row runs on every block', (re) => {
  expect(needlesOf(re)).toBeNull();
});

test.each([
  ['ap', 2],
  ['©', 3],
  ['(c)', 3],
  ['d/f', 5],
])('needleStrength(%j) is %d', (needle, strength) => {
  expect(needleStrength(needle)).toBe(strength);
});

test('every hit example of every row contains one of its needles', () => {
  for (const rule of RULES) {
    const m = matcherOf(rule);
    if (!m) continue;
    const needles = needlesOf(m.re);
    if (!needles) continue;
    for (const hit of rule.examples.hit) {
      // The scan reads lower-cased text, for every row.
      expect(needles.some((n) => hit.toLowerCase().includes(n.toLowerCase())), `${rule.id}: ${hit}`).toBe(true);
    }
  }
});

/** Every line of the fixtures and every rule example, through a row set and through its rows in turn: the rows that hit. */
function hitsAsInTurn(rules: readonly Rule[], set: RowSet): number {
  const lines = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).flatMap((f) => segment(readFileSync(`fixtures/${f}`, 'utf8')).map((b) => b.text));
  const examples = RULES.flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
  let hits = 0;
  for (const text of [...lines, ...examples]) {
    const expected = rules.find((r) => blockHit(r, { text }))?.id;
    expect(firstHit(set, text)?.id, text).toBe(expected);
    if (expected) hits++;
  }
  return hits;
}

test('the needle scan picks the same row as trying every row in turn', () => {
  expect(hitsAsInTurn(RULES, rowSetOf(RULES))).toBeGreaterThan(100);
});

test('a set of some of a wider set\'s rows (a page type\'s) picks the same row as trying its own rows in turn', () => {
  rowSetOf(RULES);
  // Every third row off, the always-run rows and needle rows alike.
  const some = RULES.filter((_r, i) => i % 3 !== 1);
  const set = rowSetOf(some);
  expect(set.scan).toBe(rowSetOf(RULES).scan);
  expect(hitsAsInTurn(some, set)).toBeGreaterThan(50);
});

test('a case-sensitive row with a capital sigma still hits where its needle lower-cases otherwise', () => {
  // 'ΑΣ' lower-cases to 'ας', but to 'ασ…' inside 'ΑΣΤΡΟ': a needle with Σ must not be trusted.
  const rule = { id: 'x/el/sigma', kind: 'legal', lang: ['el'], scope: 'block', match: { text: /ΑΣ/ }, examples: { hit: [], miss: [] }, note: '' } as const;
  expect(firstHit(rowSetOf([rule]), 'ΚΑΛΩΣ ΑΣ')?.id).toBe('x/el/sigma');
  expect(firstHit(rowSetOf([rule]), 'ΑΣΤΡΟ')?.id).toBe('x/el/sigma');
});

test('the build\'s needle cache holds every built-in row, each entry as needlesOf reads it', () => {
  // `npm test` builds first; the cache is keyed by source, so a stale entry could only miss.
  const cache = JSON.parse(readFileSync('dist/rules/needle-cache.json', 'utf8')) as Record<string, string[] | null>;
  for (const rule of RULES) {
    const m = matcherOf(rule);
    if (!m) continue;
    const key = `${m.re.flags}/${m.re.source}`;
    expect(Object.hasOwn(cache, key), rule.id).toBe(true);
    expect(cache[key], rule.id).toEqual(needlesOf(m.re));
  }
});

test('the needle scan finds every needle in the text: overlapping, nested, repeated and beyond ASCII', () => {
  const needles = ['he', 'she', 'hers', 'his', 'über'];
  const scan = new NeedleScan(needles);
  const found = (text: string): string[] => scan.scan(text).flatMap((s) => scan.needlesAt(s).map((k) => needles[k]!)).sort();
  expect(found('ushers')).toEqual(['he', 'hers', 'she']);
  expect(found('his shes')).toEqual(['he', 'his', 'she']);
  expect(found('drüber, hüber')).toEqual(['über', 'über']);
  // A character no needle holds (here '-') breaks a match across it.
  expect(found('s-he h-is')).toEqual(['he']);
  expect(found('nothing to find')).toEqual([]);
  expect(new NeedleScan([]).scan('any text')).toEqual([]);
});
