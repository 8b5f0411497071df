/**
 * Escapes literal text so markdown renders it as written. The same rules as turndown's
 * own escape, plus `<` so page text like "&lt;script&gt;" can never become a raw tag.
 */
const ESCAPES: ReadonlyArray<[RegExp, string]> = [
  [/\\/g, '\\\\'],
  [/\*/g, '\\*'],
  [/^-/g, '\\-'],
  [/^\+ /g, '\\+ '],
  [/^(=+)/g, '\\$1'],
  [/^(#{1,6}) /g, '\\$1 '],
  [/`/g, '\\`'],
  [/^~~~/g, '\\~~~'],
  [/\[/g, '\\['],
  [/\]/g, '\\]'],
  [/^>/g, '\\>'],
  [/_/g, '\\_'],
  [/^(\d+)\. /g, '$1\\. '],
  [/</g, '\\<'],
  [/\|/g, '\\|'],
];

export function escapeMarkdown(text: string): string {
  return ESCAPES.reduce((s, [re, rep]) => s.replace(re, rep), text);
}
