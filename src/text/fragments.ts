import { param } from '../params.js';

/**
 * Tools that write a line per text node (BeautifulSoup's get_text('\n')) cut a sentence at every
 * link and bold word: "The walls of" / "the old town" / ", the council said." A line that ends
 * in a word or a comma, followed by one that opens with a small letter or closing punctuation,
 * is such a cut. In a dump where they are common (fragmentedDumpShare of its adjacent lines) and
 * that is not wrapped (a wrap is joined by width), the parts join again.
 */
const FRAGMENT_END = /[\p{L}\p{N},]$/u;
const CLOSING = /^[,.;:!?)’”]/u;
const FRAGMENT_NEXT = new RegExp(`^(?:\\p{Ll}|${CLOSING.source.slice(1)})`, 'u');

/** Does the line end mid-sentence where the next goes on? */
export const cutsSentence = (line: string, next: string): boolean => FRAGMENT_END.test(line.trimEnd()) && FRAGMENT_NEXT.test(next.trimStart());

export function fragmentShare(lines: readonly string[]): number {
  let pairs = 0;
  let cut = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i - 1]!.trim() || !lines[i]!.trim()) continue;
    pairs++;
    if (cutsSentence(lines[i - 1]!, lines[i]!)) cut++;
  }
  // A few lines say nothing of how a tool writes.
  return pairs >= param('fragmentMinPairs') ? cut / pairs : 0;
}

/** The cut's next part, after the part before it: closing punctuation with no space. */
export const joinCut = (before: string, next: string): string => (CLOSING.test(next) ? `${before}${next}` : `${before} ${next}`);
