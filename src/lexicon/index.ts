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
