/**
 * Lines that open a list item in a text dump, shared by the segmenter and the wrap reader
 * (markdown converters leave list items unwrapped).
 */

export const BULLET = /^(?:[-*+•·◦▪■□●○‣]\s+|\s+\d{1,3}[.)]\s+)/u;
/**
 * lynx and html2text mark deeper list levels with letters and signs ("o", "#", "@"), always
 * indented: outside markdown, a line indented CODE_INDENT or more that opens with one is a list
 * item, and an indented "# Home" no heading. (Markdown indents a heading inside a list item.)
 */
export const DEEP_BULLET = /^[o#@]\s+(?=\S)/;
export const CODE_INDENT = 4;

export const indentOf = (line: string): number => line.length - line.trimStart().length;

export const NUMBERED = /^\s*\d{1,3}[.)]\s/;

/**
 * A numbered line starts a list item when it is indented less than the line before (that line
 * was the last item's wrapped tail) or as much as a numbered line before it. A wrapped sentence
 * may put a date on the next line ("am\n   12. März"), indented like the sentence's own lines.
 */
export function startsItem(line: string, next: string): boolean {
  return NUMBERED.test(next) && (indentOf(next) < indentOf(line) || (indentOf(next) === indentOf(line) && NUMBERED.test(line)));
}

/** A bullet, or a deeper level's mark where text browsers indent it: the line opens a list item. */
export const startsListItem = (line: string): boolean => BULLET.test(line.trim()) || (indentOf(line) >= CODE_INDENT && DEEP_BULLET.test(line.trim()));
