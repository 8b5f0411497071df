import { collapseSpace } from '../clean-text.js';
import { PRICE, type StructureFeatures } from '../page-type/features.js';
import { param } from '../params.js';
import { descendants } from './walk.js';
import { POST_MARK, POST_MARK_MAX_WORDS } from '../lexicon/index.js';

const isPostMark = (raw: string): boolean => {
  const text = collapseSpace(raw);
  return text !== '' && words(text) <= POST_MARK_MAX_WORDS && POST_MARK.test(text);
};

/**
 * Features the HTML path does not measure, at the values no row reads as a sign: HTML threads
 * declare themselves or are undated (proseBeforeMarks cost articles with long comment sections),
 * an HTML index declares itself or shows its items as cards (itemShare, articles), and a service
 * page shows its sections to Readability's second look (headings). coreShare and keptShare are
 * measured later, by that second look.
 */
const UNMEASURED = { proseBeforeMarks: 1, datedItems: 0, proseBeforeDatedItems: 0, callsToAction: 0, coreShare: 1, keptShare: 1, fellBack: 0 } as const;

/** The page's structure, measured for the type stage (page-type/detect.ts), before any cleaning. */

const words = (s: string): number => (s ? s.split(' ').length : 0);

/** The largest group of alike siblings (same tag and class) that each hold a link: cards, rows, posts. */
function repeatedItems(body: Element, all: readonly Element[], links: readonly Element[]): { count: number; words: number } {
  // Which elements hold a link: one walk up from each link, not a query per element.
  const holdsLink = new Set<Element>();
  for (const a of links) {
    if (!a.hasAttribute('href')) continue;
    for (let el: Element | null = a; el && el !== body && !holdsLink.has(el); el = el.parentElement) holdsLink.add(el);
  }
  let best = { count: 0, words: 0 };
  for (const parent of [body, ...all]) {
    if (!holdsLink.has(parent) && parent !== body) continue;
    const groups = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const key = `${c.localName}.${c.getAttribute('class') ?? ''}`;
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
    for (const group of groups.values()) {
      if (group.length < param('typeItemsMin')) continue;
      const withLinks = group.filter((el) => holdsLink.has(el));
      if (withLinks.length < param('typeItemsMin')) continue;
      const w = withLinks.reduce((n, el) => n + words(collapseSpace(el.textContent ?? '')), 0);
      if (w > best.words) best = { count: withLinks.length, words: w };
    }
  }
  return best;
}

export function htmlFeatures(doc: Document): StructureFeatures {
  const body = doc.body;
  if (!body) return { words: 0, proseShare: 0, codeBlocks: 0, prices: 0, itemCount: 0, itemShare: 0, articles: 0, headings: 0, linkShare: 0, postMarks: 0, ...UNMEASURED };
  const text = collapseSpace(body.textContent ?? '');
  const total = Math.max(1, words(text));
  // One walk, then counts by tag: a walk of jsdom's tree costs more than the tests on what it finds.
  const all = descendants(body);
  const tagged = (...tags: string[]): Element[] => all.filter((el) => tags.includes(el.localName));
  let prose = 0;
  for (const p of tagged('p')) {
    const w = words(collapseSpace(p.textContent ?? ''));
    if (w >= param('typeProseMinWords')) prose += w;
  }
  const links = tagged('a');
  const items = repeatedItems(body, all, links);
  return {
    words: total,
    proseShare: prose / total,
    codeBlocks: tagged('pre').length,
    prices: text.match(PRICE)?.length ?? 0,
    itemCount: items.count,
    itemShare: items.words / total,
    articles: tagged('article').length,
    headings: tagged('h2', 'h3').length,
    linkShare: links.reduce((n, a) => n + words(collapseSpace(a.textContent ?? '')), 0) / total,
    // firstElementChild, not childElementCount: jsdom builds a collection of the children for the count.
    postMarks: all.filter((el) => el.firstElementChild === null && isPostMark(el.textContent ?? '')).length,
    ...UNMEASURED,
  };
}
