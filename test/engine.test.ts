import { expect, test } from 'vitest';
import { applyRules, restStart, rulesFor } from '../src/rules/engine.js';
import { blockHit, caseFree } from '../src/rules/match.js';
import { RULES } from '../src/rules/table/index.js';
import type { Block, Rule } from '../src/types.js';

const rule = (over: Partial<Rule>): Rule => ({
  id: 'related/test', kind: 'related', lang: ['en'], scope: 'block', match: { line: /^related$/i },
  examples: { hit: [], miss: [] }, note: '', ...over,
});
const p = (text: string): Block => ({ text, type: 'paragraph', linkDensity: 0 });
const h = (text: string, level = 2): Block => ({ text, type: 'heading', level, linkDensity: 0 });
const prose = 'This is a long paragraph of real article prose that goes on for well over thirty words, so that it counts as prose and ends any section that a boilerplate heading opened above it in the page.';

test('line rows only hit short blocks, text rows only blocks up to maxWords', () => {
  expect(blockHit(rule({}), p('Related'))).toBe(true);
  expect(blockHit(rule({}), p('Related:'))).toBe(true);
  expect(blockHit(rule({ match: { text: /cookies/ } }), p(`${prose} ${prose} cookies`))).toBe(false);
  expect(blockHit(rule({ match: { text: /cookies/, maxWords: 100 } }), p(`${prose} cookies`))).toBe(true);
});

test.each([
  ['block', [0]],
  ['section', [0, 1, 2]],
  ['rest', [0, 1, 2, 3, 4]],
] as const)('scope %s reaches %j', (scope, expected) => {
  const blocks = [h('Related'), p('Link one'), p('Link two'), p(prose), p('More')];
  expect([...applyRules(blocks, [rule({ scope })]).keys()].sort()).toEqual(expected);
});

test("a section over sectionMaxShare of the blocks' words goes alone: its heading labels what follows", () => {
  // 14 words, 13 of them below the heading.
  const blocks = [h('Related'), p('Oak side table, light finish'), p('Walnut side table, dark finish'), p('Linen floor cushion')];
  expect([...applyRules(blocks, [rule({ scope: 'section' })], { sectionMaxShare: 1 }).keys()]).toEqual([0, 1, 2, 3]);
  expect([...applyRules(blocks, [rule({ scope: 'section' })], { sectionMaxShare: 0.5 }).keys()]).toEqual([0]);
});

test('a block the caller reads as an entry of a run of lines goes alone, as a list item does', () => {
  const blocks = [p('Title'), p('Comments'), p('Abstract'), p('Oak side table'), p('Walnut side table')];
  const comments = rule({ scope: 'section', match: { line: /^comments$/i } });
  expect([...applyRules(blocks, [comments]).keys()]).toEqual([1, 2, 3, 4]);
  expect([...applyRules(blocks, [comments], { entry: (i) => i === 1 }).keys()]).toEqual([1]);
});

test('list items and links never open a section', () => {
  const blocks = [p('Related'), p('Link'), p('text')];
  expect([...applyRules([{ ...blocks[0]!, type: 'list-item' }, ...blocks.slice(1)], [rule({ scope: 'rest' })]).keys()]).toEqual([0]);
  expect([...applyRules([{ ...blocks[0]!, linkDensity: 1 }, ...blocks.slice(1)], [rule({ scope: 'rest' })]).keys()]).toEqual([0]);
});

test('a paragraph of prose that asks for comments goes alone: it opens no comment section', () => {
  const ask = `${prose} Do you agree? Leave a comment below!`;
  const row = rule({ kind: 'comments', scope: 'rest', match: { text: /\bleave a comment\b/i, maxWords: 60 } });
  expect([...applyRules([p(ask), h('10. Park Lane'), p('Short line')], [row]).keys()]).toEqual([0]);
  expect([...applyRules([p('Leave a comment'), p('Name'), p('Short line')], [row]).keys()]).toEqual([0, 1, 2]);
});

test('a line the page prints under each of its items is a label: it goes alone, where printed once it opens its section', () => {
  const item = (n: number): Block[] => [p(`Headline number ${n}`), p('Comment'), p(`Teaser ${n}`)];
  const row = rule({ kind: 'comments', scope: 'rest', match: { line: /^comments?$/i } });
  expect([...applyRules([...item(1), ...item(2), ...item(3)], [row]).keys()]).toEqual([1, 4, 7]);
  expect([...applyRules([...item(1), ...item(2)], [row]).keys()].sort()).toEqual([1, 2, 3, 4, 5]);
});

test('a section ends at the next heading of the same level', () => {
  const blocks = [h('Related'), p('Link'), h('Next part'), p('text')];
  expect([...applyRules(blocks, [rule({ scope: 'section' })]).keys()]).toEqual([0, 1]);
});

test("a 'box' holds the block under its heading even when that block is prose, then ends like a section", () => {
  const blocks = [h('About the author'), p(prose), p('Link'), p(prose)];
  expect([...applyRules(blocks, [rule({ scope: 'box', match: { line: /^about the author$/i } })]).keys()]).toEqual([0, 1, 2]);
  expect([...applyRules(blocks, [rule({ scope: 'section', match: { line: /^about the author$/i } })]).keys()]).toEqual([0]);
});

test('a section also ends at a shorter paragraph of sentences outside links, not at a linked teaser', () => {
  const sentence = 'The council voted on Monday to close the old bridge for repairs until the end of next year.';
  const blocks = [h('Related'), p('Link one'), { ...p(sentence), linkDensity: 0.9 }, p(sentence), p('tail')];
  expect([...applyRules(blocks, [rule({ scope: 'section' })]).keys()]).toEqual([0, 1, 2]);
});

test("'rest' acts as 'section' before restAllowedFrom, and protected blocks survive", () => {
  const blocks = [h('Related'), p('Link'), p(prose), p('tail')];
  expect([...applyRules(blocks, [rule({ scope: 'rest' })], { restAllowedFrom: 2 }).keys()]).toEqual([0, 1]);
  expect([...applyRules(blocks, [rule({ scope: 'rest' })], { protect: new Set([1]) }).keys()]).toEqual([0, 2, 3]);
});

test("a 'rest' heading reaches the end only from restHeadingsFrom; a 'rest' text row from restAllowedFrom", () => {
  const blocks = [p(prose), h('Join the discussion'), p('Link'), p(prose), p('tail')];
  const heading = rule({ scope: 'rest', match: { line: /^join the discussion$/i } });
  const form = rule({ scope: 'rest', match: { text: /join the discussion/i } });
  expect([...applyRules(blocks, [heading], { restAllowedFrom: 1, restHeadingsFrom: 3 }).keys()]).toEqual([1, 2]);
  expect([...applyRules(blocks, [form], { restAllowedFrom: 1, restHeadingsFrom: 3 }).keys()]).toEqual([1, 2, 3, 4]);
  expect([...applyRules(blocks, [heading], { restAllowedFrom: 1 }).keys()]).toEqual([1, 2, 3, 4]);
});

test('restStart: the first block with restAfterWords of prose above it', () => {
  const long = `${prose} ${prose}`;
  const blocks = [p('Menu'), p(long), p('Link'), p(long)];
  expect(restStart(blocks, (i) => blocks[i]!.text === long)).toBe(2);
  expect(restStart(blocks, () => false)).toBe(blocks.length);
});

test('a block hit by its own row keeps that reason inside another section', () => {
  const own = rule({ id: 'cookie/test', kind: 'cookie', match: { line: /^cookies$/i } });
  const removed = applyRules([h('Related'), p('Cookies'), p('x')], [rule({ scope: 'section' }), own]);
  expect(removed.get(1)?.rule).toBe('cookie/test');
  expect(removed.get(2)?.rule).toBe('related/test');
});

test('rulesFor keeps the page language, English and language-neutral rows', () => {
  const rows = [rule({ id: 'a', lang: ['de'] }), rule({ id: 'b', lang: ['fr'] }), rule({ id: 'c', lang: ['*'] }), rule({ id: 'd', lang: ['en'] })];
  expect(rulesFor(rows, 'de').map((r) => r.id)).toEqual(['a', 'c', 'd']);
  expect(rulesFor(rows, null)).toHaveLength(4);
  expect(rulesFor(rows, 'de', 'fr').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
});

test('caseFree: a lower-case /i row becomes a case-sensitive one for lower-cased text; case-bound rows do not', () => {
  expect(caseFree(/\bnewsletter\b/iu)?.flags).toBe('u');
  expect(caseFree(/\S+ \W \p{L}/iu)?.source).toBe('\\S+ \\W \\p{L}');
  for (const bound of [/\bRSS\b/iu, /^\p{Lu}/iu, /\u00c4rger/iu, /x\x41/i, /newsletter/u]) expect(caseFree(bound), String(bound)).toBeNull();
});

test('caseFree: every row of the table says the same on its examples, upper-cased or not, both ways', () => {
  for (const rule of RULES) {
    for (const re of [rule.match.text, rule.match.line]) {
      const fast = re && caseFree(re);
      if (!re || !fast) continue;
      for (const ex of [...rule.examples.hit, ...rule.examples.miss]) {
        for (const text of [ex, ex.toUpperCase(), ex.toLowerCase()]) expect(fast.test(text.toLowerCase()), `${rule.id}: ${text}`).toBe(re.test(text));
      }
    }
  }
});

test('blocks of a few enormous words (base64, minified code) are beyond every row', () => {
  const base64 = `${'A'.repeat(12000)}/ ${'QUJD'.repeat(30)}`;
  for (const rule of RULES) if (rule.match.text || rule.match.line) expect(blockHit(rule, { text: base64 }), rule.id).toBe(false);
});

test('every row reads adversarial text up to its own limits and returns (a hang fails by the test timeout)', () => {
  for (const rule of RULES) {
    if (!rule.match.text && !rule.match.line) continue;
    const words = rule.match.maxWords ?? (rule.match.line ? 8 : 40);
    const chars = words * 40;
    for (const text of ['A'.repeat(chars), 'a.'.repeat(chars / 2), `${'x'.repeat(chars - 2)} /`, 'ab '.repeat(words), '© '.repeat(words), `${'-'.repeat(chars - 1)}:`]) blockHit(rule, { text });
  }
});

test("a 'contents' section ends where one of its first entries comes again as the body's first heading", () => {
  const row = rule({ scope: 'contents', match: { line: /^contents$/i } });
  const index = [p('Contents'), p('- 0-9'), p('- A'), p('- B'), p('A [edit]'), p('Ada'), p('Algol'), p('B'), p('Basic')];
  expect([...applyRules(index, [row]).keys()]).toEqual([0, 1, 2, 3]);
  // A later entry repeating inside a long contents ("Outlook" in every chapter) does not end it.
  const report = [p('Contents'), p('1. Summary'), p('2. Market'), p('2.1 Size'), p('2.2 Outlook'), p('3. Prices'), p('3.1 Outlook'), p('Summary'), p('Short line')];
  expect([...applyRules(report, [row]).keys()]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect([...applyRules(report, [rule({ scope: 'section', match: { line: /^contents$/i } })]).keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
});
