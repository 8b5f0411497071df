import { describe, expect, test } from 'vitest';
import { backtrackRisk, boundOf } from '../src/rules/redos.js';
import { RULES } from '../src/rules/table/index.js';

/**
 * The built-in rows pass the check a user's --rules rows must pass at load: no pattern can
 * backtrack catastrophically on text within the row's own bound. recheck takes up to a few
 * seconds a pattern; each row is its own test, so the per-test limit is a hang guard only.
 */
const regexRows = RULES.filter((r) => r.match.text ?? r.match.line ?? r.match.attr);

describe('built-in rows', () => {
  test('every text, line and attr row has a bound', () => {
    for (const r of regexRows) expect(boundOf(r).chars, r.id).toBeGreaterThan(0);
  });

  test.each(regexRows.map((r) => [r.id, r] as const))('%s cannot backtrack catastrophically', (_id, rule) => {
    expect(backtrackRisk(rule)).toBeNull();
  });
});
