/**
 * A dump saved twice-decoded: a tool read a UTF-8 page as Latin-1 or Windows-1252 and wrote the
 * result out as UTF-8, so "we’ve" arrives as "weâ€™ve" and an invisible joiner as a line "â".
 * Such lines look like repeated junk to the classifier and take their neighbours with them.
 * The repair is all or nothing: every character must map back to one byte, and those bytes must
 * be valid UTF-8 as a whole, which text really written in Latin-1 almost never is (an accented
 * letter followed by a plain one is an invalid sequence).
 */

/** Windows-1252's characters for bytes 0x80-0x9F, where it differs from Latin-1. */
const CP1252: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** A UTF-8 lead byte read as one character, then a continuation byte read as another. */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text as first written, when it is UTF-8 read as a one-byte charset; else the text unchanged. */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252[c];
    if (b === undefined) return text;
    bytes[i] = b;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return text;
  }
}
