/**
 * A GFM table whose rows have no outer pipes, as Python's html2text writes them:
 *
 *     Pos. | Driver | Points
 *     ---|---|---
 *     1 | Kyle Busch | 5040
 *
 * Read as they stand, its rows look like breadcrumb trails ("Home | News | Sport"). Given the
 * outer pipes that turndown and most converters write, they read as the table rows they are.
 */
const DELIMITER_ROW = /^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

const framed = (line: string): string => {
  const body = line.trim();
  return `${body.startsWith('|') ? '' : '| '}${body}${body.endsWith('|') ? '' : ' |'}`;
};

export function framePipeTables(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('---') || !line.includes('|') || line.trimStart().startsWith('|') || !DELIMITER_ROW.test(line)) continue;
    // The header row may wrap onto a second line (html2text wraps it like prose).
    const wrapped = !lines[i - 1]!.includes('|') && i >= 2 && lines[i - 1]!.trim() !== '' && lines[i - 2]!.includes('|');
    if (!wrapped && !lines[i - 1]!.includes('|')) continue;
    out ??= [...lines];
    if (wrapped) {
      out[i - 2] = framed(`${lines[i - 2]!} ${lines[i - 1]!.trim()}`);
      out[i - 1] = '';
    } else out[i - 1] = framed(lines[i - 1]!);
    out[i] = framed(line);
    for (let j = i + 1; j < lines.length && lines[j]!.includes('|') && lines[j]!.trim(); j++) out[j] = framed(lines[j]!);
  }
  return out ?? lines;
}
