/**
 * Escapes literal text so markdown renders it as written. The same rules as turndown's
 * own escape, plus `<` so page text like "&lt;script&gt;" can never become a raw tag.
 */
const ESCAPES: ReadonlyArray<[RegExp, string]> = [
  [/\\/g, '\\\\'],
  [/\*/g, '\\*'],
  [/^([ \t]*)-/g, '$1\\-'],
  [/^([ \t]*)\+(?=\s|$)/g, '$1\\+'],
  [/^([ \t]*)(=+)/g, '$1\\$2'],
  [/^([ \t]*)(#{1,6})(?=\s|$)/g, '$1\\$2'],
  [/`/g, '\\`'],
  [/^([ \t]*)~~~/g, '$1\\~~~'],
  [/\[/g, '\\['],
  [/\]/g, '\\]'],
  [/^([ \t]*)>/g, '$1\\>'],
  [/_/g, '\\_'],
  // A list marker needs a space after it, or nothing: '83.' alone is an empty list item.
  [/^([ \t]*\d{1,9})([.)])(?=\s|$)/g, '$1\\$2'],
  [/</g, '\\<'],
  [/\|/g, '\\|'],
];

export function escapeMarkdown(text: string): string {
  return ESCAPES.reduce((s, [re, rep]) => s.replace(re, rep), text);
}
