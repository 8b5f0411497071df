import { articleResult } from '../article.js';
import { cleanText } from '../clean-text.js';
import { bestStopwordDensity, DETECT_SAMPLE_WORDS, detectLangOfWords, stopwordsFor, wordsOfLowerCase } from '../lang.js';
import { escapeMarkdown } from '../render/escape.js';
import { param } from '../params.js';
import { applyRules, preview, restStart, rulesFor } from '../rules/engine.js';
import { RULES } from '../rules/table/index.js';
import { firstHit, rowSetOf } from '../rules/row-set.js';
import type { Block, Favor, Options, Removal, Result, Rule } from '../types.js';
import { calibrate, classifyBlock, RELAXED, revise, STRICT, stopwordDensity, type Thresholds, type Verdict } from './classify.js';
import { type CoreReach, keepCore, RULE_HIT, SENTENCE_END } from './core.js';
import { keyValueRows, quantityRows, tableRows } from './data-runs.js';
import { segment, type TextBlock } from './segment.js';
import { dumpMetadata } from './metadata.js';
import { findTitle, type TitleGuess } from './title.js';
import { keepRegion } from './region.js';
import { PROFILES, type Profile, rulesOf } from '../page-type/profiles.js';
import { pageTypeOf, retypeAfterCore, type TypeDecision, typeNote } from '../page-type/detect.js';
import { authorship, type PageFeatures } from '../page-type/features.js';
import { urlShape } from '../page-type/url-shape.js';
import { textFeatures } from './type-features.js';
import { repairMojibake } from './mojibake.js';
import { firstTitleCopies, isLong, itemRunStart, itemLabels, printedPerItem, repeatedBlocks, SeenText } from './repeats.js';

/** Text dump -> article: segment, classify, revise with neighbours, apply the rule table, assemble. */

/**
 * Blocks this long may be judged by another language's stopwords. Measured (10 and 20 words
 * tried): trafilatura-dev plain 0.896 -> 0.898, w3m 0.887 -> 0.889, local lynx and html2text
 * +0.001, scrapinghub held; the page's calibration stays on its own language (else html2text
 * lost 0.001).
 */
const FOREIGN_MIN_WORDS = 10;
/** ... and only when its own language's share is below this (the same figures either way; a third of the cost). */
const FOREIGN_BELOW = 0.15;

function firstWords(lists: readonly (readonly string[])[], n: number): string[] {
  const out: string[] = [];
  for (const list of lists) {
    for (const w of list) {
      if (out.length >= n) return out;
      out.push(w);
    }
  }
  return out;
}

/** A kept short line without a sentence end, between body blocks, reads as a subheading. */
function asKept(b: Block): Block {
  const subheading = b.type === 'paragraph' && b.text.length < STRICT.lengthLow && !/[.!?:;,…"“”»«)]$/u.test(b.text);
  return subheading ? { ...b, type: 'heading', level: 2 } : b;
}

function blockMarkdown(b: Block): string {
  const text = escapeMarkdown(b.text);
  if (b.type === 'heading') return `${'#'.repeat(Math.max(2, b.level ?? 2))} ${text}`;
  if (b.type === 'list-item') return `- ${text}`;
  return text;
}

/** Joins blocks into a document: list items stay together, everything else is a paragraph. */
function joinBlocks(blocks: readonly Block[], render: (b: Block) => string): string {
  let out = '';
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (i > 0) out += b.type === 'list-item' && prev?.type === 'list-item' ? '\n' : '\n\n';
    out += render(b);
  });
  return out;
}

/**
 * Sections that come after an article, not inside it: related links, comments, an author box.
 * A heading of one whose section goes on (another such hit within CLOSING_WINDOW blocks) says
 * the article has ended; a lone hit may be an inline box ("Read more" between paragraphs) or a
 * teaser line, and says nothing. They enter the core search as RULE_HIT.closing, or
 * RULE_HIT.comments for a comment section (core.ts).
 */
const CLOSING_KINDS: ReadonlySet<string> = new Set(['related', 'comments', 'author']);
const CLOSING_WINDOW = 3;

function closingSections(ruled: ReadonlyMap<number, Removal>, rules: readonly Rule[]): (i: number) => boolean {
  const closing = (i: number): boolean => {
    const r = ruled.get(i);
    return r !== undefined && CLOSING_KINDS.has(r.kind);
  };
  // Few blocks are closing hits: their row's scope is looked up only for them.
  const blockScoped = (id: string): boolean => rules.find((r) => r.id === id)?.scope === 'block';
  return (i) => {
    if (!closing(i) || blockScoped(ruled.get(i)!.rule)) return false;
    for (let d = 1; d <= CLOSING_WINDOW; d++) if (closing(i + d)) return true;
    return false;
  };
}

/**
 * jusText tries RELAXED thresholds when STRICT finds no good block at all. We try them too when
 * STRICT finds little prose (a short post, a recipe, a product page): below this many characters
 * of good text. Balanced: 300-1000 tried, 450 gained on every trafilatura-dev kind (+0.001 to
 * +0.002) and held scrapinghub (-0.001 to +0.001 by kind); the knob's ends move it.
 */
const RELAX_BELOW_CHARS: Record<Favor, number> = { precision: 1, balanced: 450, recall: 1000 };

function goodChars(blocks: readonly Block[], verdicts: readonly Verdict[]): number {
  let n = 0;
  verdicts.forEach((v, i) => {
    if (v.cls === 'good') n += blocks[i]!.text.length;
  });
  return n;
}

/** What the classifier and the rules made of a dump's blocks, before the article is assembled. */
export interface Judged {
  blocks: TextBlock[];
  lower: string[];
  blockWords: string[][];
  lang: string | null;
  ruled: Map<number, Removal>;
  /** Final verdicts: context pass and core applied. */
  verdicts: Verdict[];
  title: TitleGuess;
  firstGood: number;
  rules: Rule[];
  profile: Profile;
  typed: TypeDecision;
  /** The dump's byline and date, near its title. */
  dated: { byline: string | null; published: string | null };
  /** The dump was saved twice-decoded and was read as first written (mojibake.ts). */
  repaired: boolean;
}

const REPAIRED_NOTE = 'the dump was saved twice-decoded (UTF-8 read as a one-byte charset): read as UTF-8';

/** Joiners and direction marks have nothing to show alone: such a line (a page's empty paragraph) is a blank one. */
const INVISIBLE_LINE = /^[ \t\u200b-\u200f\u2060]+$/gm;
const visibleLines = (dump: string): string => (/[\u200c-\u200f\u2060]/.test(dump) ? dump.replace(INVISIBLE_LINE, '') : dump);

/** Segment, classify, apply the rule table, revise with neighbours and the core. */
export function judge(dump: string, options: Options = {}): Judged {
  const favor = options.favor ?? 'balanced';
  // A form feed (a page break in a dump) is a block break, not a space: cleanText would drop it.
  const text = repairMojibake(dump);
  const blocks = segment(cleanText(visibleLines(text).replace(/[\f\v]/g, '\n\n')));
  // Split once: language detection reads the page's first words, the classifier each block's.
  const lower = blocks.map((b) => b.text.toLowerCase());
  const blockWords = lower.map(wordsOfLowerCase);
  const lang = detectLangOfWords(firstWords(blockWords, DETECT_SAMPLE_WORDS));
  const stopwords = stopwordsFor(lang);
  const copied = repeatedBlocks(lower, (i) => blocks[i]!.type === 'list-item');
  // Each block's stopword densities are read once, whichever pass asks first.
  const ownMemo = new Map<number, number>();
  const memo = new Map<number, number>();
  // The page's own language sets the thresholds; a block of ten or more words may be prose in
  // another language (a quote, a bilingual post), judged by the list that fits it best.
  const own = (i: number): number => ownMemo.get(i) ?? ownMemo.set(i, stopwords ? stopwordDensity(blockWords[i]!, stopwords) : 0).get(i)!;
  const measure = (i: number): number => {
    const d = own(i);
    // A block that reads as its page's language (the usual case) needs no other list.
    return stopwords && d < FOREIGN_BELOW && blockWords[i]!.length >= FOREIGN_MIN_WORDS ? Math.max(d, bestStopwordDensity(blockWords[i]!)) : d;
  };
  const density = (i: number): number => memo.get(i) ?? memo.set(i, measure(i)).get(i)!;
  const densities = stopwords ? blocks.flatMap((b, i) => (b.text.length > STRICT.lengthHigh ? [own(i)] : [])) : [];
  const classifyPage = (repeats: readonly boolean[]): Verdict[] => {
    const classifyAll = (t: Thresholds): Verdict[] => {
      const calibrated = calibrate(t, densities, favor);
      return blocks.map((b, i) => classifyBlock(b, stopwords, repeats[i]!, calibrated, () => density(i)));
    };
    let verdicts = classifyAll(STRICT);
    if (goodChars(blocks, verdicts) < RELAX_BELOW_CHARS[favor]) verdicts = classifyAll(RELAXED);
    return keyValueRows(blocks, quantityRows(blocks, tableRows(blocks, blockWords, verdicts)));
  };
  const firstRead = classifyPage(copied);
  // An article's item labels ("Pros", "Cons") come once per item: once the first reading shows
  // prose among the items, they are read again as no repeats (repeats.ts itemLabels).
  const labels = itemLabels(lower, (i) => firstRead[i]!.cls === 'good');
  const relabel = labels.some((l, i) => l && copied[i]);
  const repeated = relabel ? copied.map((r, i) => r && !labels[i]) : copied;
  const initial = relabel ? classifyPage(repeated) : firstRead;
  // A thread quotes its posts: there a long block printed again is a post and its quote, not a
  // teaser list printed twice (the output writes it once: SeenText).
  let quoting: Verdict[] | undefined;
  // On a grid or an index, a line each item prints (a colour, a size, "Free shipping") is part of the item.
  let items: Verdict[] | undefined;
  // Read as a region (a page of many parts), the first copy of a title printed twice is its item's or section's.
  let sections: Verdict[] | undefined;
  let titles: boolean[] | undefined;
  const titleCopies = (): boolean[] => (titles ??= firstTitleCopies(lower));
  const initialOf = (profile: Profile): Verdict[] => {
    if (profile.longRepeats === 'keep') return (quoting ??= classifyPage(repeated.map((r, i) => r && !isLong(lower[i]!))));
    if (profile.itemRepeats === 'keep') {
      if (!items) {
        const perItem = printedPerItem(lower);
        const first = titleCopies();
        items = classifyPage(repeated.map((r, i) => r && !perItem[i] && !first[i]));
      }
      return items;
    }
    if (profile.textRegion === 'region') {
      const first = titleCopies();
      return (sections ??= classifyPage(repeated.map((r, i) => r && !first[i])));
    }
    return initial;
  };
  let itemStart: number | undefined;
  const itemsFrom = (): number => (itemStart ??= itemRunStart(lower));
  const rules = rulesFor([...RULES, ...(options.rules ?? [])], lang);
  const inline: ReadonlySet<string> = new Set(rules.flatMap((r) => (r.inline ? [r.id] : [])));
  // A dump that marks no list item or heading (a browser's innerText, a scraper's get_text) gives
  // a section nothing to end at but prose, and a list or a menu has none: there a heading's
  // section is capped as on a grid (regionSectionMaxShare), and on a page read as a region a
  // hit among short lines is an entry of their run, not the heading of what follows.
  const unmarked = blocks.every((b) => b.type === 'paragraph');
  const shortLine = (i: number): boolean => i >= 0 && i < blocks.length && blockWords[i]!.length <= param('unmarkedEntryMaxWords') && !SENTENCE_END.test(blocks[i]!.text);
  const rowSet = rowSetOf(rules);
  const title = findTitle(blocks, initial.map((v) => v.cls), (i) => firstHit(rowSet, blocks[i]!.text) !== undefined);
  const protect = new Set<number>(title.index === null ? [] : [title.index]);
  const firstGood = initial.findIndex((v) => v.cls === 'good');
  const dated = dumpMetadata(blocks, title.index ?? Math.max(0, firstGood), rules);
  let features: PageFeatures | undefined;
  const featuresOf = (): PageFeatures => (features ??= { ...textFeatures(blocks, blockWords), schema: [], url: urlShape(options.url ?? null), ...authorship(dated.byline, dated.published) });
  /** The rules of a profile on the blocks, and what it keeps: its region, or the core. */
  const read = (profile: Profile) => {
    const applied = rulesOf(rules, profile);
    const init = initialOf(profile);
    // A region's later sections may follow a heading that reads like a comment section's ("Response"
    // in an API reference); a comment form's or policy's own text still ends the page.
    const headingsOpenSections = profile.textRegion === 'region' && profile.regionRest === 'section';
    const ruled = applyRules(blocks, applied, {
      // Only after some prose: a form note that is itself the page's first prose (a login box) is no comment section.
      restAllowedFrom: firstGood < 0 ? blocks.length : firstGood + 1,
      restHeadingsFrom: headingsOpenSections ? blocks.length : restStart(blocks, (i) => init[i]!.cls === 'good'),
      protect,
      entry: unmarked && profile.textRegion === 'region' ? (i) => shortLine(i - 1) && shortLine(i + 1) : undefined,
      // A near-good line without a sentence end is a teaser's headline, which a related section lists.
      isProse: (i) => init[i]!.cls === 'good' || (init[i]!.cls === 'neargood' && SENTENCE_END.test(blocks[i]!.text)),
      // On a grid or an index (or in an unmarked dump) no prose ends a section: a heading that would take half the page labels the items.
      sectionMaxShare: profile.itemsAfterProse || unmarked ? param('regionSectionMaxShare') : undefined,
    });
    // Rule hits are strong evidence: they enter the context pass as bad blocks, so neighbours see them.
    const closes = closingSections(ruled, applied);
    const ruledReason = (i: number): string => {
      const hit = ruled.get(i)!;
      if (closes(i)) return hit.kind === 'comments' ? RULE_HIT.comments : RULE_HIT.closing;
      return inline.has(hit.rule) ? RULE_HIT.inline : RULE_HIT.plain;
    };
    const ruledInitial = init.map((v, i): Verdict => (ruled.has(i) ? { cls: 'bad', reason: ruledReason(i) } : v));
    const region = (items: boolean): Verdict[] => keepRegion(blocks, ruledInitial, (i) => ruled.has(i), items, profile.linkRows === 'keep', title.index, items ? itemsFrom() : -1);
    let revised: Verdict[] | undefined;
    const core = (reach: CoreReach): Verdict[] => keepCore(blocks, ruledInitial, (revised ??= revise(ruledInitial)), favor, reach);
    const verdicts = profile.textRegion === 'region' ? region(profile.itemsAfterProse) : core('near');
    return { ruled, verdicts, region, core };
  };
  let typed = pageTypeOf('text', featuresOf, options.pageType);
  let profile = PROFILES[typed.type];
  let { ruled, verdicts, region, core } = read(profile);
  // Only a page read as an article (its core) gets the second look; retypeAfterCore says no to the rest.
  // The share is the best runs' alone: an index's items each join the run next to them.
  const kept = (v: readonly Verdict[]): number => v.reduce((n, x, i) => n + (x.cls === 'good' ? blockWords[i]!.length : 0), 0);
  const again = retypeAfterCore(typed, 'text', featuresOf, () => kept(core('best')) / Math.max(1, kept(region(true))));
  if (again !== typed) {
    typed = again;
    profile = PROFILES[typed.type];
    ({ ruled, verdicts } = read(profile));
  }
  return { blocks, lower, blockWords, lang, ruled, verdicts, title, firstGood, rules, profile, typed, dated, repaired: text !== dump };
}

export function extractFromText(dump: string, options: Options = {}): Result {
  const { blocks, lower, blockWords, lang, ruled, verdicts, title, profile, typed, dated, repaired } = judge(dump, options);
  const kept: Block[] = [];
  const seen = new SeenText();
  // A guessed title with article text right before and after it is a subheading, not the
  // headline: it stays in the body (scrapinghub plain and w3m +0.0007, the rest held).
  const body = (k: number): boolean => k >= 0 && k < blocks.length && verdicts[k]!.cls === 'good' && !ruled.has(k);
  const titleOut = title.index !== null && !(body(title.index - 1) && body(title.index + 1));
  const removed: Removal[] = [];
  blocks.forEach((b, i) => {
    if (i === title.index && titleOut) return;
    const byRule = ruled.get(i);
    const reason = byRule ? null : verdicts[i]!.cls !== 'good' ? verdicts[i]!.reason : seen.repeats(lower[i]!, blockWords[i]!) ? 'duplicate' : null;
    if (byRule) removed.push(byRule);
    else if (reason) removed.push({ rule: `classifier/${reason}`, kind: 'classifier', preview: preview(b.text) });
    else {
      // In a region, short lines are items (names, prices), not the subheadings they are between prose.
      kept.push(profile.textRegion === 'core' ? asKept(b) : b);
      seen.add(lower[i]!, blockWords[i]!);
    }
  });
  // No title guessed, but the article opens with a top-level heading (a markdown dump's '# '):
  // that is its title, '# ' not '## '. A short line read as a subheading is not.
  let headline = title.title;
  if (headline === null && kept[0]?.type === 'heading' && kept[0].level === 1) headline = kept.shift()!.text;
  return articleResult({
    format: 'text',
    type: profile.type,
    meta: { title: headline, lang, ...dated },
    markdown: joinBlocks(kept, blockMarkdown),
    text: joinBlocks(kept, (b) => b.text),
    removed,
    warnings: options.keepSelector || options.dropSelector ? ['CSS selectors apply to HTML only; this input is a text dump'] : [],
    notes: [...(repaired ? [REPAIRED_NOTE] : []), typeNote(typed)],
  }, options.minWords);
}
