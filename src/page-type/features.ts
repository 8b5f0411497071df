import type { PageType } from '../types.js';

/**
 * What the type stage knows about a page: named measurements, each from one source. The HTML
 * path measures them on the DOM (html/type-features.ts), the text path on the dump's blocks
 * (text/type-features.ts); conditions.ts decides from them alone.
 */
/** An amount with a currency sign or code next to it. */
export const PRICE = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|£|EUR|USD|GBP|kr)(?![\p{L}]))/gu;
/**
 * One to three bare numbers, maybe with k or M ("1.2k", "12 340"): no currency, no unit. In a
 * region it is a counter (views, votes, likes, replies). Each number starts after a space, so
 * a long run of digits is read once.
 */
export const COUNTER = /^\d[\d.,]*[kKmM]?(?:\s+\d[\d.,]*[kKmM]?){0,2}$/;

/** What a page's byline and publication date say: `dated` (either) and `signed` (a byline). */
export const authorship = (byline: string | null, published: string | null): Pick<PageFeatures, 'dated' | 'signed'> => ({ dated: byline || published ? 1 : 0, signed: byline ? 1 : 0 });

/** The features each path measures on the page's structure; the rest come from what the page declares. */
export type StructureFeatures = Omit<PageFeatures, 'schema' | 'url' | 'dated' | 'signed'>;

export interface PageFeatures {
  /** What the page's schema.org / og:type says it is, strongest first (empty when silent). */
  schema: PageType[];
  /** What its URL path says (url-shape.ts), or null. */
  url: PageType | null;
  /** Words of text on the page. */
  words: number;
  /** Share of the words that sit in paragraphs of prose (25+ words). */
  proseShare: number;
  /** Code blocks (<pre>, or runs of code-like lines in a dump). */
  codeBlocks: number;
  /** Amounts with a currency. */
  prices: number;
  /** The largest group of alike items (cards, rows, posts), and its share of the page's words. */
  itemCount: number;
  itemShare: number;
  /** <article> elements (0 in dumps). */
  articles: number;
  /** Section headings (h2, h3; heading-like lines in a dump). */
  headings: number;
  /** 1 when the page declares a publication date or an author (articles do; shop and service pages seldom). */
  dated: number;
  /** 1 when the page names its author (a byline). Shop, service and index pages may carry a date from their CMS, seldom an author. */
  signed: number;
  /** Share of the words that sit in links. */
  linkShare: number;
  /**
   * Text: the words the best run of prose keeps (text/core.ts) over the words the page's region
   * keeps (text/region.ts). Measured only once the core is known, for a dump no condition typed;
   * 1 elsewhere.
   */
  coreShare: number;
  /**
   * HTML: the words the first reading keeps over the page's words; 1 until that reading is known.
   * It is about coreShare or less without a second reading (the region seldom keeps more words
   * than the page's text holds), so a row can ask it first.
   */
  keptShare: number;
  /**
   * HTML: 1 when the first reading found no article (Readability gave up and the densest block
   * stood in); 0 until that reading is known, and on dumps.
   */
  fellBack: number;
  /** Short lines that are a post's controls or counters ("Reply", "Posts: 412", "#3"; lexicon/). */
  postMarks: number;
  /**
   * Share of the prose words (paragraphs of typeProseMinWords) that come before the first post
   * mark; 1 on a page without marks. A thread marks its first post at once, an article with
   * comments only after its own prose. Measured on dumps; 1 on HTML.
   */
  proseBeforeMarks: number;
  /**
   * Distinct dates shown in short blocks: an index of posts shows one per item, an article one
   * or two (its comments' come after its prose). Measured on dumps; 0 on HTML, which declares
   * its articles.
   */
  datedItems: number;
  /**
   * Share of the prose words that come before the third distinct date of a short block: an
   * index dates its items from the first, an article shows its own prose before the archive or
   * teasers beside it. Measured on dumps (0 without prose); 0 on HTML.
   */
  proseBeforeDatedItems: number;
  /** Short lines that ask the reader to act ("Get started", "Book a demo"; lexicon/). Measured on dumps; 0 on HTML. */
  callsToAction: number;
}
