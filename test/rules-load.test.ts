import { expect, test } from 'vitest';
import { parseRules, RulesError } from '../src/rules/load.js';
import { blockHit } from '../src/rules/match.js';

const yaml = `
- id: site/promo
  kind: ads
  lang: [de, en]
  match: { text: "^jetzt (?:bestellen|abonnieren)" }
  scope: block
  examples: { hit: ["Jetzt bestellen und sparen"], miss: ["Er wollte jetzt bestellen."] }
  note: the shop box under every article
- id: site/box
  kind: related
  match: { selector: "div.teaser-box" }
  examples: { hit: ['<div class="teaser-box">x</div>'], miss: ['<div class="box">x</div>'] }
`;

test('YAML rows come out in the table shape, with defaults and compiled patterns', () => {
  const [promo, box] = parseRules(yaml);
  expect(promo).toMatchObject({ id: 'site/promo', kind: 'ads', lang: ['de', 'en'], scope: 'block', note: 'the shop box under every article' });
  expect(promo!.match.text).toBeInstanceOf(RegExp);
  expect(blockHit(promo!, { text: 'JETZT ABONNIEREN' })).toBe(true);
  expect(box).toMatchObject({ lang: ['*'], scope: 'block', match: { selector: 'div.teaser-box' } });
});

test('JSON is read too, also as {"rules": [...]}, and /pattern/flags keeps its own flags', () => {
  const [row] = parseRules(JSON.stringify({ rules: [{ id: 'x/case', kind: 'meta', match: { line: '/^Tags$/' } }] }));
  expect(blockHit(row!, { text: 'Tags' })).toBe(true);
  expect(blockHit(row!, { text: 'tags' })).toBe(false);
});

test.each([
  ['not a list', 'id: x', /expected a list/],
  ['broken YAML', '- id: [x', /not valid JSON or YAML/],
  ['missing id', '- kind: ads', /rule 1: needs an "id"/],
  ['unknown kind', '- { id: a, kind: spam, match: { text: x } }', /rule 1 \(a\): "kind" must be one of/],
  ['two matchers', '- { id: a, kind: ads, match: { text: x, line: y } }', /exactly one of/],
  ['no matcher', '- { id: a, kind: ads }', /exactly one of/],
  ['bad regex', '- { id: a, kind: ads, match: { text: "(" } }', /match.text: invalid regular expression/],
  ['bad selector', '- { id: a, kind: ads, match: { selector: "div[" } }', /not a valid CSS selector/],
  ['bad scope', '- { id: a, kind: ads, scope: page, match: { text: x } }', /"scope" must be one of/],
  ['duplicate id', '- { id: a, kind: ads, match: { text: x } }\n- { id: a, kind: ads, match: { text: y } }', /rule 2 \(a\): duplicate id/],
  ['a built-in id', '- { id: ads/any/attr, kind: ads, match: { text: x } }', /duplicate id/],
  ['an example it misses', '- { id: a, kind: ads, match: { text: "^abc" }, examples: { hit: ["xabc"] } }', /does not hit its example "xabc"/],
  ['a miss example it hits', '- { id: a, kind: ads, match: { text: "abc" }, examples: { miss: ["abc"] } }', /hits its miss example/],
])('%s is refused with a message naming the row', (_name, source, message) => {
  expect(() => parseRules(source, new Set(['ads/any/attr']))).toThrow(RulesError);
  expect(() => parseRules(source, new Set(['ads/any/attr']))).toThrow(message);
});

test.each([
  ['exponential', '(a+)+$', /rule 1 \(user\/slow\): its pattern backtracks exponentially \(an input like 'a'/],
  ['overlapping alternatives', '^(?:a|a)*$', /backtracks exponentially/],
  ['a polynomial of high degree', '^(?:[a-z]+\\s*){0,12}\\Wx$', /backtracks in polynomial time of degree 12/],
])('a row whose pattern backtracks catastrophically is refused at load (%s)', (_name, pattern, message) => {
  const rows = JSON.stringify([{ id: 'user/slow', kind: 'ads', match: { text: pattern } }]);
  expect(() => parseRules(rows)).toThrow(message);
});

test('a quadratic pattern on a row that reads a few words is let through; with a large maxWords it is not', () => {
  const row = (maxWords: number) => JSON.stringify([{ id: 'user/quad', kind: 'ads', match: { line: '^\\s*a\\s*\\s*b$', maxWords } }]);
  expect(parseRules(row(8))).toHaveLength(1);
  expect(() => parseRules(row(100000))).toThrow(/polynomial/);
});
