import * as sw from 'stopword/dist/stopword.esm.min.mjs';
import { CharClass } from './char-class.js';

/**
 * Language: the page's own declaration when it has one, else the stopword list that covers
 * most of its words. Unknown languages get no stopword list, and the classifier then relies
 * on length and punctuation alone instead of punishing them.
 */

/** ISO 639-1 -> the stopword package's ISO 639-3 list. */
const LISTS: Record<string, readonly string[]> = {
  de: sw.deu, en: sw.eng, fr: sw.fra, es: sw.spa, it: sw.ita, nl: sw.nld, pl: sw.pol, pt: sw.por,
  sv: sw.swe, da: sw.dan, nb: sw.nob, fi: sw.fin, cs: sw.ces, ru: sw.rus, tr: sw.tur, hu: sw.hun,
  ro: sw.ron, el: sw.ell, uk: sw.ukr, ca: sw.cat, sk: sw.slk,
};

/** Share of a text's words a list must cover before it names the language. */
const MIN_DETECT_SHARE = 0.12;
export const DETECT_SAMPLE_WORDS = 3000;

const cache = new Map<string, ReadonlySet<string>>();

export function stopwordsFor(lang: string | null): ReadonlySet<string> | null {
  if (!lang) return null;
  const code = lang.toLowerCase().slice(0, 2);
  const list = LISTS[code === 'no' ? 'nb' : code];
  if (!list) return null;
  let set = cache.get(code);
  if (!set) {
    set = new Set(list.map((w) => w.toLowerCase()));
    cache.set(code, set);
  }
  return set;
}

const WORD = new CharClass("\\p{L}\\p{N}_'’-");

export function words(text: string): string[] {
  return wordsOfLowerCase(text.toLowerCase());
}

export function wordsOfLowerCase(lower: string): string[] {
  return WORD.split(lower);
}

/** Normalises "de-DE", "en_US" to "de", "en"; anything else unusable to null. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(raw ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Characters read for detection: enough for DETECT_SAMPLE_WORDS words in any of the lists' languages. */
const DETECT_SAMPLE_CHARS = DETECT_SAMPLE_WORDS * 12;

const CODES = Object.keys(LISTS);
let byWord: Map<string, number[]> | null = null;
/** The longest stopword: longer words need no lookup (most of a text's content words). */
let longest = 0;

/** Stopword -> the indices (in CODES) of the languages listing it: one lookup a word, not one a language. */
function languagesByWord(): Map<string, number[]> {
  if (!byWord) {
    byWord = new Map();
    CODES.forEach((code, i) => {
      for (const w of stopwordsFor(code)!) {
        byWord!.set(w, [...(byWord!.get(w) ?? []), i]);
        longest = Math.max(longest, w.length);
      }
    });
  }
  return byWord;
}

export function detectLang(text: string): string | null {
  return detectLangOfWords(words(text.slice(0, DETECT_SAMPLE_CHARS)));
}

const NONE: readonly number[] = [];

/** detectLang for text already split by words(), as the text path splits each block once. */
export function detectLangOfWords(all: readonly string[]): string | null {
  const sample = all.length > DETECT_SAMPLE_WORDS ? all.slice(0, DETECT_SAMPLE_WORDS) : all;
  if (sample.length === 0) return null;
  const index = languagesByWord();
  const hits = new Array<number>(CODES.length).fill(0);
  // Ties go to the first language in LISTS, as the loop over languages did.
  const leader = (): number => {
    let best = 0;
    for (let i = 1; i < CODES.length; i++) if (hits[i]! > hits[best]!) best = i;
    return best;
  };
  let read = 0;
  for (const w of sample) {
    if (w.length <= longest) for (const i of index.get(w) ?? NONE) hits[i]!++;
    // Most pages are clear long before the sample ends: a language with twice the share the
    // answer needs and twice the hits of any other will not be overtaken (a tenth of text-dump time).
    if (++read % DECIDED_CHECK === 0 && read < sample.length) {
      const best = leader();
      const second = Math.max(...hits.filter((_h, i) => i !== best));
      if (hits[best]! >= 2 * MIN_DETECT_SHARE * read && hits[best]! >= 2 * second) return CODES[best]!;
    }
  }
  const best = leader();
  return hits[best]! / sample.length >= MIN_DETECT_SHARE ? CODES[best]! : null;
}
const DECIDED_CHECK = 500;

/**
 * The highest stopword share any one language's list gives these words: a block in another
 * language than its page (a quote, a bilingual post, an English article on a German blog) is
 * prose in its own language.
 */
export function bestStopwordDensity(words: readonly string[]): number {
  if (words.length === 0) return 0;
  const index = languagesByWord();
  const hits = new Array<number>(CODES.length).fill(0);
  // One-letter entries ('a', 'p', 'm' in some lists) match abbreviations and initials in any language.
  for (const w of words) if (w.length > 1 && w.length <= longest) for (const i of index.get(w) ?? NONE) hits[i]!++;
  return Math.max(...hits) / words.length;
}
