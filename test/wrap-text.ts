/** Word-wraps text at `width` characters, as pandoc, w3m and the text browsers do. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) (lines.push(line), (line = w));
    else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line];
}
