import * as sw from 'stopword';

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
const DETECT_SAMPLE_WORDS = 3000;

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

const WORD = /[\p{L}\p{N}_'’-]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Normalises "de-DE", "en_US" to "de", "en"; anything else unusable to null. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(raw ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function detectLang(text: string): string | null {
  const sample = words(text).slice(0, DETECT_SAMPLE_WORDS);
  if (sample.length === 0) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const code of Object.keys(LISTS)) {
    const set = stopwordsFor(code)!;
    let hits = 0;
    for (const w of sample) if (set.has(w)) hits++;
    const share = hits / sample.length;
    if (share > bestShare) { best = code; bestShare = share; }
  }
  return bestShare >= MIN_DETECT_SHARE ? best : null;
}
