/**
 * Tuned numbers of the page type stage and the region strategy: each with its unit, the range
 * worth trying and the evidence that chose it. `npm run sweep -- NAME` runs the bench over the
 * dev sets for values across the range (bench/sweep.mjs) and prints F1 per value and set; it
 * sets values with overrideParams, which nothing in the product calls.
 * (Older thresholds still live beside the code that reads them; see ARCHITECTURE.md.)
 */

export interface Param {
  value: number;
  unit: string;
  range: readonly [number, number];
  step: number;
  why: string;
}

const PARAMS_TABLE = {
  typeProseArticle: {
    value: 0.4, unit: 'share of the page\'s words in paragraphs of 25+ words', range: [0.2, 0.6], step: 0.05,
    why: 'HTML: at least this much prose makes a page without other signs an article',
  },
  typeProseFew: {
    value: 0.3, unit: 'share of words in prose', range: [0.1, 0.5], step: 0.05,
    why: 'a grid, a list or a service page has less prose than this',
  },
  typeForumProseMax: {
    value: 0.6, unit: 'share of words in prose', range: [0.4, 0.9], step: 0.1,
    why: 'a thread URL with more prose than this is an article under a forum-like path',
  },
  typeProseMinWords: {
    value: 25, unit: 'words in one paragraph', range: [15, 50], step: 5,
    why: 'a paragraph this long is prose, not a card\'s blurb or a label (proseShare counts these)',
  },
  typeItemsMin: {
    value: 3, unit: 'alike sibling elements', range: [2, 6], step: 1,
    why: 'HTML: fewer alike siblings than this are no grid or list of items',
  },
  typeTextItemMaxWords: {
    value: 30, unit: 'words in one list item', range: [10, 60], step: 10,
    why: 'text: a list item this short is a card, an entry or a spec line; a longer one is prose',
  },
  typeCodeBlocks: {
    value: 3, unit: 'code blocks (<pre>)', range: [1, 10], step: 1,
    why: 'HTML: this many code blocks on a page that declares no article make it documentation',
  },
  typeGridPrices: {
    value: 10, unit: 'amounts with a currency', range: [4, 30], step: 2,
    why: 'a category grid shows a price per item',
  },
  typeGridItems: {
    value: 6, unit: 'alike sibling elements with a link', range: [3, 20], step: 1,
    why: 'HTML: the smallest grid of items',
  },
  typeItemShare: {
    value: 0.5, unit: 'share of words in the largest group of alike items', range: [0.3, 0.8], step: 0.05,
    why: 'HTML: a listing keeps most of its text in alike items',
  },
  typeLinkShare: {
    value: 0.5, unit: 'share of the page\'s words in links', range: [0.3, 0.9], step: 0.1,
    why: 'HTML: an index is mostly links',
  },
  typeArticleCards: {
    value: 5, unit: '<article> elements', range: [3, 15], step: 1,
    why: 'HTML: a list of posts shows each as an <article> card',
  },
  typeServiceHeadings: {
    value: 5, unit: 'h2/h3 headings', range: [2, 12], step: 1,
    why: 'HTML: a service page is many headed sections',
  },
  typeTextCoreShare: {
    value: 0.1, unit: "share of the region's kept words that the core keeps", range: [0.01, 0.5], step: 0.05,
    why: "text: a dump no condition typed, whose best run of prose keeps less than this of what its region keeps, is an index of short items (a listing), read whole. Swept 0.01, 0.1, 0.15, 0.2, 0.35, 0.5: 0.1 is the largest value that lowered no set's dumps; from 0.15 the article sets' w3m dumps lose, 0.5 costs them 0.005",
  },
  typeTextCodeLines: {
    value: 5, unit: 'lines of code in a dump', range: [2, 20], step: 1,
    why: 'text: this many code lines make a dump documentation',
  },
  shellMaxWords: {
    value: 100, unit: 'words in the HTML once scripts, styles and markup are gone', range: [20, 300], step: 20,
    why: 'a page without an article and with fewer words than this, that loads scripts, is an application shell',
  },
  shellMinScripts: {
    value: 1, unit: '<script> elements', range: [1, 10], step: 1,
    why: 'a shell loads at least one script (its text comes from there)',
  },
  typePostMarks: {
    value: 16, unit: "lines that are a post's controls or counters", range: [4, 24], step: 4,
    why: 'a thread prints them on every post; an article with comments (a recipe blog) prints fewer. Swept 8, 12, 16 on the dumps: 16 keeps trafilatura-dev at its article figures (w3m 0.9234 at 8, 0.9243 at 16), wcxb-dev forum dumps gain either way',
  },
  structuredMinWords: {
    value: 50, unit: 'words of content found on the page', range: [20, 200], step: 30,
    why: 'below this, the JSON-LD text may stand in for what the page shows',
  },
  structuredMinGain: {
    value: 3, unit: 'times the words found on the page', range: [2, 10], step: 1,
    why: 'the JSON-LD text stands in only when it says this much more',
  },
  regionMainMinShare: {
    value: 0.3, unit: 'share of the body\'s text', range: [0.1, 0.7], step: 0.1,
    why: 'a <main> with less of the text is a hero or a widget, not the region',
  },
  regionBeforeHeadlineMax: {
    value: 0.5, unit: 'share of the region\'s text', range: [0.1, 0.9], step: 0.1,
    why: 'text before the headline up to this share is masthead, breadcrumbs and menus',
  },
  regionRepeatMinWords: {
    value: 8, unit: 'words', range: [4, 20], step: 2,
    why: 'a block this long printed again is a copy; shorter ones ("Reply", a price) repeat on their own',
  },
  regionMenuMinItems: {
    value: 4, unit: 'list items', range: [3, 10], step: 1,
    why: 'a list of this many short links is a menu',
  },
  regionMenuMinLinkDensity: {
    value: 0.9, unit: 'share of an item\'s text in links', range: [0.5, 1], step: 0.1,
    why: 'a menu entry is a link and nothing else',
  },
  regionMenuMaxItemWords: {
    value: 4, unit: 'words per item', range: [2, 8], step: 1,
    why: 'a menu entry is a few words; a card has a title and text',
  },
} satisfies Record<string, Param>;

export type ParamName = keyof typeof PARAMS_TABLE;
export const PARAMS: Readonly<Record<ParamName, Param>> = PARAMS_TABLE;

const overrides = new Map<ParamName, number>();

export function param(name: ParamName): number {
  return overrides.get(name) ?? PARAMS[name].value;
}

/** For bench/sweep.mjs only: run with other values. */
export function overrideParams(values: Partial<Record<ParamName, number>>): void {
  overrides.clear();
  for (const [k, v] of Object.entries(values)) if (k in PARAMS && typeof v === 'number') overrides.set(k as ParamName, v);
}
