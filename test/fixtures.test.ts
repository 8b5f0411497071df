import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract, render } from '../src/index.js';
import type { Options } from '../src/types.js';
import { roundTripF1, violations } from '../bench/markdown-check.mjs';

/**
 * Golden fixtures: fixtures/<area>--<slug>/case.json names a source and with/without snippets;
 * expected.md is the reviewed output and expected.rules.txt the rule hits behind it.
 * UPDATE_GOLDENS=1 rewrites them (review the diff); under CI a missing golden fails.
 */

interface Case {
  source: string;
  origin: string;
  options?: Options;
  /** The page type the type stage must find (the default: article). */
  type?: string;
  with: string[];
  without: string[];
}

const ROOT = 'fixtures';
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'case.json')))
  .map((d) => d.name)
  .sort();

function golden(path: string, actual: string): void {
  if (UPDATE || (!existsSync(path) && !CI)) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing golden ${path}: run npm run fixtures:update and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

test('there are golden fixtures for both inputs and both first languages', () => {
  expect(cases.filter((c) => c.startsWith('html-')).length).toBeGreaterThanOrEqual(4);
  expect(cases.filter((c) => /^(plain|w3m|text)-/.test(c)).length).toBeGreaterThanOrEqual(8);
  expect(cases.filter((c) => c.includes('-de--')).length).toBeGreaterThanOrEqual(5);
  expect(cases.filter((c) => c.includes('-en--')).length).toBeGreaterThanOrEqual(5);
});

describe.each(cases)('%s', (name) => {
  const dir = join(ROOT, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
  const result = extract(readFileSync(join(dir, spec.source)), spec.options);

  test('finds an article', () => {
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
  });
  if (!result.ok) return;
  // What a reader gets: the title and the article's text.
  const text = norm(`${result.article.title ?? ''}\n${render(result.article, 'text')}`);

  test(`is read as a${/^[aeiou]/.test(spec.type ?? 'article') ? 'n' : ''} ${spec.type ?? 'article'} page`, () => {
    expect(result.article.type).toBe(spec.type ?? 'article');
  });
  test.each(spec.with)('keeps %s', (snippet) => {
    expect(text).toContain(norm(snippet));
  });
  test.each(spec.without)('drops %s', (snippet) => {
    expect(text).not.toContain(norm(snippet));
  });
  test('matches expected.md', () => {
    golden(join(dir, 'expected.md'), render(result.article, 'markdown'));
  });
  test('its markdown renders to allowed HTML only, with the words of its text', () => {
    expect(violations(render(result.article, 'markdown'))).toEqual([]);
    expect(roundTripF1(result.article.markdown, result.article.text)).toBeGreaterThanOrEqual(0.99);
  });
  test('matches expected.rules.txt', () => {
    const rules = result.article.removed.filter((r) => r.kind !== 'classifier').map((r) => `${r.rule}\t${r.preview}\n`);
    golden(join(dir, 'expected.rules.txt'), rules.join(''));
  });
});
