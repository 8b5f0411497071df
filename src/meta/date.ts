/**
 * Dates as pages write them -> ISO 8601 where that is unambiguous, so front matter and JSON
 * sort and compare. A date we cannot read is kept as written rather than guessed at.
 */

/** Month names and abbreviations -> month, in the languages the corpus has most (en, de, fr, es, it, pt, nl, pl genitive). */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januar: 1, jänner: 1, janvier: 1, enero: 1, gennaio: 1, janeiro: 1, januari: 1, stycznia: 1,
  feb: 2, february: 2, februar: 2, février: 2, févr: 2, febrero: 2, febbraio: 2, fevereiro: 2, februari: 2, lutego: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, maart: 3, marca: 3,
  apr: 4, april: 4, avril: 4, abril: 4, aprile: 4, kwietnia: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5, maio: 5, mei: 5, maja: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6, giugno: 6, junho: 6, czerwca: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, luglio: 7, julho: 7, lipca: 7,
  aug: 8, august: 8, août: 8, agosto: 8, augustus: 8, sierpnia: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, settembre: 9, setembro: 9, września: 9,
  oct: 10, okt: 10, october: 10, oktober: 10, octobre: 10, octubre: 10, ottobre: 10, outubro: 10, października: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11, novembro: 11, listopada: 11,
  dec: 12, dez: 12, déc: 12, december: 12, dezember: 12, décembre: 12, diciembre: 12, dicembre: 12, dezembro: 12, grudnia: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/;
/** 24.11.2026 (German, and most of Europe): day first. */
const DOTTED = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
/** 24. November 2026, 24 Nov 2026, 24 de noviembre de 2026 */
const DAY_MONTH = /\b(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b/u;
/** November 24, 2026 */
const MONTH_DAY = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

const DIGIT = /\d/;

/** The first date in the text, as ISO 8601, or null. Times are kept when the page gives ISO ones. */
export function findDate(text: string): string | null {
  // Every form below has a year: most lines near a headline have no digit at all.
  if (!DIGIT.test(text)) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day) return iso[4] ? `${day}T${iso[4]}${iso[5] ?? ''}` : day;
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const day = isoDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    if (day) return day;
  }
  const dm = DAY_MONTH.exec(text);
  if (dm) {
    const month = MONTHS[dm[2]!.toLowerCase()];
    const day = month ? isoDay(Number(dm[3]), month, Number(dm[1])) : null;
    if (day) return day;
  }
  const md = MONTH_DAY.exec(text);
  if (md) {
    const month = MONTHS[md[1]!.toLowerCase()];
    const day = month ? isoDay(Number(md[3]), month, Number(md[2])) : null;
    if (day) return day;
  }
  return null;
}

/** A metadata date value: ISO when we can read it, else as written (trimmed), null when empty. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  return findDate(text) ?? text;
}
