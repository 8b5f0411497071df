import type { Block } from '../types.js';
import type { BlockClass } from './classify.js';

/**
 * The title of a text dump. Dumps often lose the headline or bury it; pages repeat it inside
 * their own boilerplate ("comment on „…“", "more like »…«"), so a quoted phrase that recurs
 * is the strongest signal. Otherwise a markdown H1, else a heading-like line right before the body.
 */

const QUOTED = /"([^"\n]{10,200})"|„([^“”\n]{10,200})[“”]|“([^”\n]{10,200})”|»([^«\n]{10,200})«|«([^»\n]{10,200})»/gu;
const QUOTE_MARK = /["„“»«]/;
/**
 * Someone's words, not a headline: a quote that breaks off at a comma or a full stop ("…," he
 * said) or holds more than one sentence. A pull quote is printed twice as often as a headline.
 */
const SPEECH = /[,;.]$|[.!?]\s+\p{Lu}/u;
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
/** How far before the first body block a heading-like line may sit (bylines and dates come between). */
const MAX_TITLE_GAP = 4;

/** Bylines and datelines sit between headline and body; they are not the headline. */
const BYLINE = /^(?:by|von|from|posted|published|updated|veröffentlicht|aktualisiert|stand|autor|author)\b|\b\d{1,2}[./]\s?\d{1,2}[./]|\b(?:19|20)\d{2}\b.*\b\d{1,2}:\d{2}\b/i;
const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const isTitleSized = (s: string): boolean => wordsIn(s) >= MIN_TITLE_WORDS && wordsIn(s) <= MAX_TITLE_WORDS;

export interface TitleGuess {
  title: string | null;
  /** The block that is the title line, so it is not repeated in the body. */
  index: number | null;
}

function repeatedQuote(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (!QUOTE_MARK.test(b.text)) continue;
    for (const m of b.text.matchAll(QUOTED)) {
      const q = (m.slice(1).find(Boolean) ?? '').trim();
      if (isTitleSized(q) && !SPEECH.test(q)) counts.set(q, (counts.get(q) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [q, n] of counts) if (n > bestCount) { best = q; bestCount = n; }
  return best;
}

function headingBefore(blocks: readonly Block[], classes: readonly BlockClass[], furniture: (i: number) => boolean): number | null {
  const first = classes.indexOf('good');
  if (first < 0) return null;
  for (let i = first - 1; i >= Math.max(0, first - MAX_TITLE_GAP); i--) {
    const b = blocks[i]!;
    // A line a markdown dump quotes ("> …") is someone's words, not the headline.
    if (b.type !== 'list-item' && isTitleSized(b.text) && !/[.,;]$/.test(b.text) && b.text[0] !== '>' && b.linkDensity === 0 && !BYLINE.test(b.text) && !furniture(i)) return i;
  }
  return null;
}

/**
 * furniture(i): a rule row hits block i (a reading time, a credit, a share label). Such a line
 * sits between headline and body too, and is no headline.
 */
export function findTitle(blocks: readonly Block[], classes: readonly BlockClass[], furniture: (i: number) => boolean = () => false): TitleGuess {
  const quoted = repeatedQuote(blocks);
  if (quoted) {
    const index = blocks.findIndex((b) => b.text === quoted);
    return { title: quoted, index: index >= 0 ? index : null };
  }
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.level === 1);
  if (h1 >= 0) return { title: blocks[h1]!.text, index: h1 };
  const before = headingBefore(blocks, classes, furniture);
  return before === null ? { title: null, index: null } : { title: blocks[before]!.text, index: before };
}
