import { endsDangling } from '../lexicon/index.js';
import { param } from '../params.js';

/**
 * Tools that write a line per text node (BeautifulSoup's get_text('\n')) cut a sentence at every
 * link and bold word: "The walls of" / "the old town" / ", the council said." A line that ends
 * in a word, a comma or a bracket, followed by one that opens with a small letter or closing
 * punctuation, is such a cut; so is a line that ends in a word no sentence ends in ("developed
 * by" / "Ada Lovelace"). In a dump where cuts are common (isFragmented) and that is not wrapped
 * (a wrap is joined by width), the parts join again.
 */
const FRAGMENT_END = /[\p{L}\p{N},)\]]$/u;
/** A footnote's mark ("[3]") alone: it belongs to the words before it, even after a full stop. */
const FOOTNOTE_MARK = /^\[\d+\]$/;
const CLOSING = /^[,.;:!?)’”]/u;
const FRAGMENT_NEXT = new RegExp(`^(?:\\p{Ll}|${CLOSING.source.slice(1)})`, 'u');
const OPENS_WORD = /^[\p{L}\p{N}"“„'‘(]/u;
/** A line of closing punctuation alone: the text node after a link or a bold word that ended a sentence. */
const PUNCTUATION_LINE = /^\s*[.,;:)]\s*$/;

/** Does the line end mid-sentence where the next goes on? */
export function cutsSentence(line: string, next: string): boolean {
  const end = line.trimEnd();
  const start = next.trimStart();
  return (FRAGMENT_END.test(end) && FRAGMENT_NEXT.test(start)) || (endsDangling(end) && OPENS_WORD.test(start)) || (end !== '' && FOOTNOTE_MARK.test(next.trim()));
}

/**
 * Is this unwrapped dump one whose tool cut sentences at their inline elements? Either many of its
 * adjacent lines are cuts, or fewer are but lines of punctuation alone show the tool's hand (a
 * page of menus and short items has few sentences to cut).
 */
export function isFragmented(lines: readonly string[]): boolean {
  let pairs = 0;
  let cut = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.trim() || !lines[i - 1]!.trim()) continue;
    pairs++;
    if (cutsSentence(lines[i - 1]!, lines[i]!)) cut++;
  }
  // A few lines say nothing of how a tool writes.
  if (pairs < param('fragmentMinPairs')) return false;
  const share = cut / pairs;
  return share >= param('fragmentedDumpShare') || (share >= param('fragmentedMarkedShare') && punctuationShare(lines) >= param('fragmentPunctuationLines'));
}

/** The share of a dump's non-blank lines that hold only closing punctuation. */
function punctuationShare(lines: readonly string[]): number {
  const { punctuation, filled } = countPunctuation(lines, (i) => PUNCTUATION_LINE.test(lines[i]!));
  return filled === 0 ? 0 : punctuation / filled;
}

/**
 * Does the dump write a line per text node? Many lines of punctuation alone (the text node after
 * a link or a bold word that ended a sentence) say so whatever else it holds: such a dump is never
 * wrapped, though a page of code kept to 79 columns looks it. Only lines right under their
 * sentence and flush left count: a browser's dump (lynx, w3m) indents its text, and a paragraph
 * of its own that is only a full stop has a blank line above it.
 */
export function writesNodeLines(lines: readonly string[]): boolean {
  const { punctuation, filled } = countPunctuation(lines, (i) => i > 0 && NODE_PUNCTUATION.test(lines[i]!) && lines[i - 1]!.trim() !== '');
  return punctuation >= param('nodeLineMinPunctuation') && punctuation / filled >= param('nodeLinePunctuationShare');
}

const NODE_PUNCTUATION = /^[.,;:)]$/;

/** Non-blank lines, and of them those `isPunctuation` takes. */
function countPunctuation(lines: readonly string[], isPunctuation: (index: number) => boolean): { punctuation: number; filled: number } {
  let filled = 0;
  let punctuation = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    filled++;
    if (isPunctuation(i)) punctuation++;
  }
  return { punctuation, filled };
}

/** The cut's next part, after the part before it: closing punctuation and a footnote's mark with no space. */
export const joinCut = (before: string, next: string): string => (CLOSING.test(next) || FOOTNOTE_MARK.test(next) ? `${before}${next}` : `${before} ${next}`);
