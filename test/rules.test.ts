import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { blockHit, elementHit } from '../src/rules/match.js';
import { RULES } from '../src/rules/table/index.js';
import type { Rule } from '../src/types.js';

/**
 * Every row of the table against its own examples: the table documents and tests itself.
 * Examples are block text for text/line rows, a class name for attr rows, an HTML snippet for selector rows.
 */

const { document } = new JSDOM('').window;

function hits(rule: Rule, example: string): boolean {
  if (rule.match.selector) {
    const box = document.createElement('div');
    box.innerHTML = example;
    // The snippet goes straight into <body>; the element under test is the one marked data-test, else the first.
    document.body.replaceChildren(...Array.from(box.childNodes));
    const el = document.body.querySelector('[data-test]') ?? document.body.firstElementChild!;
    return elementHit(rule, el);
  }
  if (rule.match.attr) {
    const el = document.createElement('div');
    el.className = example;
    return elementHit(rule, el);
  }
  return blockHit(rule, { text: example });
}

test('row ids are unique and name their kind', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RULES) expect(r.id.startsWith(`${r.kind}/`), r.id).toBe(true);
});

test('every kind has German and English coverage', () => {
  const kinds = new Set(RULES.map((r) => r.kind));
  for (const kind of kinds) {
    const langs = new Set(RULES.filter((r) => r.kind === kind).flatMap((r) => r.lang));
    expect(langs.has('de') || langs.has('*'), `${kind} de`).toBe(true);
    expect(langs.has('en') || langs.has('*'), `${kind} en`).toBe(true);
  }
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test('has exactly one matcher, no global/sticky regex, examples both ways and a note', () => {
    const { text, line, attr, selector } = rule.match;
    expect([text, line, attr, selector].filter(Boolean)).toHaveLength(1);
    for (const re of [text, line, attr]) if (re) expect(re.flags).not.toMatch(/[gy]/);
    expect(rule.examples.hit.length).toBeGreaterThan(0);
    expect(rule.examples.miss.length).toBeGreaterThan(0);
    expect(rule.note.length).toBeGreaterThan(0);
  });
  test.each(rule.examples.hit)('hits %s', (example) => {
    expect(hits(rule, example)).toBe(true);
  });
  test.each(rule.examples.miss)('misses %s', (example) => {
    expect(hits(rule, example)).toBe(false);
  });
});
