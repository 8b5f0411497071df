import { expect, test } from 'vitest';
import { framePipeTables } from '../src/text/pipe-tables.js';
import { extractFromText } from '../src/text/assemble.js';

test('a table without outer pipes gets them, its wrapped header too; other lines stay as they are', () => {
  const lines = ['Season results:', '', '**Pos.** | **Driver** | **Points** |', '**Wins**', '---|---|---|---', '1 | Ann Example | 5040 | 5  ', '2 | Bo Sample | 5035 | 7', '', 'Home | News | Sport'];
  expect(framePipeTables(lines)).toEqual(['Season results:', '', '| **Pos.** | **Driver** | **Points** | **Wins** |', '', '| ---|---|---|--- |', '| 1 | Ann Example | 5040 | 5 |', '| 2 | Bo Sample | 5035 | 7 |', '', 'Home | News | Sport']);
  const framed = ['| a | b |', '| --- | --- |', '| 1 | 2 |'];
  expect(framePipeTables(framed)).toBe(framed);
});

test("a markdown dump's table without outer pipes is kept as rows, not dropped as breadcrumb trails", () => {
  const rows = ['Ann Example', 'Bo Sample', 'Cy Person', 'Di Someone'].map((name, i) => `${i + 1} | ${name} | ${5040 - i * 5} | ${7 - i}`);
  const dump = ['The council published the results of the season after the last race of the year in the table below.', '', 'Pos. | Driver | Points | Wins', '---|---|---|---', ...rows, '', 'The season ends in the capital, where the champion was crowned after a long and hard race on Sunday.'].join('\n');
  const r = extractFromText(dump);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  for (const name of ['Ann Example', 'Bo Sample', 'Cy Person', 'Di Someone']) expect(r.article.text).toContain(name);
});
