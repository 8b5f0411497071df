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

/** Word-wrapped text as a dump holds it, a line each. */
export const wrap = (text: string, width: number): string => wrapLines(text, width).join('\n');

/** A paragraph of German news prose, long enough to wrap several times. */
export const para = 'Touristen und Börsenhändler waren überrascht, als sich plötzlich mit Kunstblut besudelte Gestalten auf das Pflaster vor der New Yorker Börse warfen. Die Klimaaktivisten wollten damit die Verbindung zwischen der Wall Street und jenen Energieunternehmen sichtbar machen, die fossile Rohstoffe verbrennen.';
