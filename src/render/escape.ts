/**
 * Escapes literal text so markdown renders it as written. The same rules as turndown's
 * own escape, plus `<` so page text like "&lt;script&gt;" can never become a raw tag.
 */

/** Characters markdown reads anywhere: each gets a backslash. */
const ANYWHERE = /[\\*`[\]_<|]/g;

/**
 * What markdown reads only at the start of the text (after spaces or tabs): a list marker, a
 * setext underline, a heading, a fence, a quote. A list marker needs a space after it, or
 * nothing: '83.' alone is an empty list item.
 */
const AT_START = /^([ \t]*)(?:(-|=+|~~~|>)|(\+|#{1,6})(?=\s|$)|(\d{1,9})([.)])(?=\s|$))/;

/** One pass for the characters, one test for the start: this runs on every block a page keeps. */
export function escapeMarkdown(text: string): string {
  return text.replace(ANYWHERE, '\\$&').replace(AT_START, (_m, space: string, mark?: string, spaced?: string, digits?: string, stop?: string) =>
    digits !== undefined ? `${space}${digits}\\${stop}` : `${space}\\${mark ?? spaced}`);
}
