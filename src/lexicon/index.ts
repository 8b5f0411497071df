import { escapeRegExp } from '../rules/match.js';
import { de } from './de.js';
import { en } from './en.js';

/**
 * Words of each language that code (not the rule table) reads: one file per language, one
 * field per use. Adding a language is a file here and a line below.
 */
export interface Lexicon {
  postMarks: readonly string[];
  postCounts: readonly string[];
  callsToAction: readonly string[];
  /** Words that never end a sentence or a heading (articles, prepositions, conjunctions). */
  danglingWords: readonly string[];
}

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, de };

const all = (field: keyof Lexicon): string[] => [...new Set(Object.values(LEXICONS).flatMap((l) => l[field]))];

/**
 * A line that is one of a post's marks: a control ("Reply", "Quote"), a counter ("Posts: 412",
 * "12 replies"), or a post number ("#3"). Every language's words: boilerplate is often English
 * on pages in other languages.
 */
export const POST_MARK_MAX_WORDS = 4;
export const POST_MARK = new RegExp(
  `^(?:[-•*]\\s*)?(?:(?:${all('postMarks').map(escapeRegExp).join('|')})(?![\\p{L}])|\\d+\\s+(?:${all('postCounts').map(escapeRegExp).join('|')})(?![\\p{L}])|#\\d+$)`,
  'iu',
);

/** A line that is a call to action and nothing else ("Get started", "Book a demo →"). */
export const CALL_TO_ACTION_MAX_WORDS = 6;
export const CALL_TO_ACTION = new RegExp(`^[^\\p{L}\\p{N}]*(?:${all('callsToAction').map(escapeRegExp).join('|')})[^\\p{L}\\p{N}]*$`, 'iu');

const DANGLING = new Set(all('danglingWords'));
/** Longer than any dangling word: only the line's end is read, so a long line costs no more than a short one. */
const TAIL_CHARS = 16;

/** Does the line's last word never end a sentence ("developed by", "die Grenzen der")? */
export function endsDangling(line: string): boolean {
  const tail = line.slice(-TAIL_CHARS);
  const word = /\p{L}+$/u.exec(tail);
  // A word that fills the whole tail of a longer line may be the end of a longer word.
  return word !== null && (word.index > 0 || tail.length === line.length) && DANGLING.has(word[0].toLowerCase());
}
