import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
// @ts-expect-error: a bench script in plain JavaScript, without types
import { alternativeSites, alternativesOf, copiedExamples, rareCallsToAction } from '../bench/alternatives.mjs';
import { concepts } from '../src/rules/table/concepts.js';

interface Alternative { label: string; source: string }
interface RowSites { id: string; sites: number; alternatives: Array<{ alternative: string; sites: number }> }

const labels = (source: string): string[] => (alternativesOf(source) as Alternative[]).map((a) => a.label);

test('concepts: one named group per concept, the phrases of every language inside it', () => {
  const re = new RegExp(`^(?:${concepts({ see_also: ['see also', 'siehe auch'], more: ['more'] })})$`, 'i');
  expect(re.source).toBe('^(?:(?<see_also>see also|siehe auch)|(?<more>more))$');
  expect(['Siehe auch', 'See also', 'More'].every((t) => re.test(t))).toBe(true);
});

test.each([
  ['^(?:(?<see_also>see also|siehe auch)|(?<more>more))[?!.]*$', ['see_also', 'more']],
  ['\\bfoo\\b|\\bbar\\b', ['\\bfoo\\b', '\\bbar\\b']],
  ['^(?:foo|bar)\\s*[:|]$', ['foo', 'bar']],
  // a named group is one concept, a group with words around it a slot of one phrase: the row counts whole
  ['^(?<toc>contents|inhalt)$', []],
  ['^(?:\\d+|one|ein)\\s+comments? on\\s+"', []],
])('alternativesOf(%s) is %j', (source, expected) => {
  expect(labels(source)).toEqual(expected);
});

// The dev corpus sits beside the project in the development checkout; a clone without it skips.
const CORPUS = process.env.EXTRACT_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus');

test.skipIf(!existsSync(CORPUS))('every text/line row, and every concept of its pattern, fires on 3 sites or more of the dev dumps', () => {
  const { report } = alternativeSites(CORPUS) as { report: RowSites[] };
  expect(report.length).toBeGreaterThan(50);
  const few = report.flatMap((r) => [
    ...(r.sites < 3 ? [`${r.id} (${r.sites})`] : []),
    ...r.alternatives.filter((a) => a.sites < 3).map((a) => `${r.id} ${a.alternative} (${a.sites})`),
  ]);
  expect(few).toEqual([]);
}, 900_000);

test.skipIf(!existsSync(CORPUS))('rule examples are invented or generic: none is a line that only one or two sites of the dumps print', () => {
  expect(copiedExamples(CORPUS)).toEqual([]);
}, 900_000);

test.skipIf(!existsSync(CORPUS))("every call to action of the lexicon stands as a line on 3 sites or more of the dev dumps", () => {
  expect(rareCallsToAction(CORPUS)).toEqual([]);
}, 900_000);
