import type { InputFormat, PageType } from '../types.js';
import type { PageFeatures } from './features.js';
import { param, type ParamName } from '../params.js';

/**
 * The type stage's decision list: the first row whose tests all hold names the page's type;
 * none holding, the page is an article (the kind extract reads best, and the cheapest mistake).
 * Each test reads one named feature (features.ts); no test reads text or reasons.
 */

type NumericFeature = { [K in keyof PageFeatures]: PageFeatures[K] extends number ? K : never }[keyof PageFeatures];

export type Test =
  | { feature: NumericFeature; atLeast: number | ParamName }
  | { feature: NumericFeature; below: number | ParamName }
  | { feature: 'url'; is: PageType }
  | { feature: 'url'; isNot: PageType }
  | { feature: 'schema'; says: PageType }
  | { feature: 'schema'; silentOn: PageType };

export interface TypeCondition {
  id: string;
  type: PageType;
  all: readonly Test[];
  why: string;
}

const value = (v: number | ParamName): number => (typeof v === 'number' ? v : param(v));

export function holds(test: Test, f: PageFeatures): boolean {
  if ('atLeast' in test) return f[test.feature] >= value(test.atLeast);
  if ('below' in test) return f[test.feature] < value(test.below);
  if ('is' in test) return f.url === test.is;
  if ('isNot' in test) return f.url !== test.isNot;
  if ('says' in test) return f.schema.includes(test.says);
  return !f.schema.includes(test.silentOn);
}

export function decideType(f: PageFeatures, conditions: readonly TypeCondition[]): { type: PageType; by: string | null } {
  for (const c of conditions) if (c.all.every((t) => holds(t, f))) return { type: c.type, by: c.id };
  return { type: 'article', by: null };
}

/** HTML pages: what they declare (schema.org, URL) first, then their structure. */
const HTML_CONDITIONS: readonly TypeCondition[] = [
  { id: 'type/forum-schema', type: 'forum', all: [{ feature: 'schema', says: 'forum' }], why: 'the page declares a question, an answer or a forum post' },
  { id: 'type/forum-url', type: 'forum', all: [{ feature: 'url', is: 'forum' }, { feature: 'proseShare', below: 'typeForumProseMax' }], why: 'a thread URL, and the text is not one long run of prose' },
  { id: 'type/forum-url-posts', type: 'forum', all: [{ feature: 'url', is: 'forum' }, { feature: 'itemCount', atLeast: 'typeGridItems' }, { feature: 'itemShare', atLeast: 'typeItemShare' }], why: 'a thread URL whose text sits mostly in many alike parts, its posts, however much prose they hold' },
  { id: 'type/forum-marks', type: 'forum', all: [{ feature: 'postMarks', atLeast: 'typePostMarks' }, { feature: 'dated', below: 1 }, { feature: 'url', isNot: 'article' }], why: "many of posts' controls and counters, no byline or date of an article, and no post's URL (under one, the marks are its comments')" },
  { id: 'type/docs-url-index', type: 'listing', all: [{ feature: 'url', is: 'documentation' }, { feature: 'linkShare', atLeast: 'typeLinkShare' }], why: "a documentation URL whose text is mostly links: a wiki's or a manual's index of its pages (a list or a category page), not one of them" },
  { id: 'type/docs-url', type: 'documentation', all: [{ feature: 'url', is: 'documentation' }], why: 'a documentation URL' },
  { id: 'type/docs-code', type: 'documentation', all: [{ feature: 'codeBlocks', atLeast: 'typeCodeBlocks' }, { feature: 'schema', silentOn: 'article' }], why: 'several code blocks on a page that is no declared article' },
  { id: 'type/product-schema', type: 'product', all: [{ feature: 'schema', says: 'product' }, { feature: 'schema', silentOn: 'article' }], why: 'the page declares a product or an offer' },
  { id: 'type/product-url', type: 'product', all: [{ feature: 'url', is: 'product' }, { feature: 'prices', atLeast: 1 }], why: 'a product URL with a price' },
  { id: 'type/collection-url', type: 'collection', all: [{ feature: 'url', is: 'collection' }], why: 'a category URL' },
  { id: 'type/collection-grid', type: 'collection', all: [{ feature: 'prices', atLeast: 'typeGridPrices' }, { feature: 'itemCount', atLeast: 'typeGridItems' }, { feature: 'proseShare', below: 'typeProseFew' }, { feature: 'dated', below: 1 }, { feature: 'url', isNot: 'article' }], why: 'a grid of priced items and little prose' },
  { id: 'type/collection-schema', type: 'collection', all: [{ feature: 'schema', says: 'collection' }, { feature: 'prices', atLeast: 'typeGridPrices' }], why: 'the page declares itself a collection (CollectionPage, SearchResultsPage) and shows prices' },
  { id: 'type/listing-url', type: 'listing', all: [{ feature: 'url', is: 'listing' }, { feature: 'schema', silentOn: 'article' }], why: 'an index URL (a tag, an archive, a section of posts) on a page that declares no article' },
  { id: 'type/index-schema', type: 'listing', all: [{ feature: 'schema', says: 'collection' }], why: 'the page declares itself a collection of other pages (a section front, an archive)' },
  { id: 'type/listing-schema', type: 'listing', all: [{ feature: 'schema', says: 'listing' }, { feature: 'proseShare', below: 'typeProseFew' }], why: 'the page declares a list of items and has little prose' },
  { id: 'type/listing-items', type: 'listing', all: [{ feature: 'itemShare', atLeast: 'typeItemShare' }, { feature: 'proseShare', below: 'typeProseFew' }, { feature: 'schema', silentOn: 'article' }, { feature: 'url', isNot: 'article' }], why: 'most of the text is in alike items, little in prose' },
  { id: 'type/listing-links', type: 'listing', all: [{ feature: 'linkShare', atLeast: 'typeLinkShare' }, { feature: 'proseShare', below: 'typeProseFew' }, { feature: 'url', isNot: 'service' }, { feature: 'schema', silentOn: 'article' }], why: 'most of the text is links, little is prose' },
  { id: 'type/listing-articles', type: 'listing', all: [{ feature: 'articles', atLeast: 'typeArticleCards' }, { feature: 'proseShare', below: 'typeProseFew' }, { feature: 'schema', silentOn: 'article' }], why: 'many <article> cards and little prose' },
  { id: 'type/service-url', type: 'service', all: [{ feature: 'url', is: 'service' }, { feature: 'dated', below: 1 }], why: 'a front page or a services URL, with no byline or date' },
  { id: 'type/article-schema', type: 'article', all: [{ feature: 'schema', says: 'article' }], why: 'the page declares an article' },
  { id: 'type/article-dated', type: 'article', all: [{ feature: 'dated', atLeast: 1 }], why: 'a byline or a date' },
  { id: 'type/article-prose', type: 'article', all: [{ feature: 'proseShare', atLeast: 'typeProseArticle' }], why: 'most of the text is prose' },
  { id: 'type/service-sections', type: 'service', all: [{ feature: 'headings', atLeast: 'typeServiceHeadings' }, { feature: 'url', isNot: 'article' }], why: 'many headed sections of short text, no byline or date' },
];

/**
 * Text dumps declare nothing and keep no structure but lines: prices, code and a byline or date
 * are what a dump still shows. Reading an article as a page of many parts costs more in a dump
 * than in HTML (the region has no element boundaries), so only strong signs count.
 */
const TEXT_CONDITIONS: readonly TypeCondition[] = [
  { id: 'type/forum-url', type: 'forum', all: [{ feature: 'url', is: 'forum' }, { feature: 'proseShare', below: 'typeForumProseMax' }], why: 'a thread URL (--url), and the text is not one long run of prose' },
  { id: 'type/docs-url', type: 'documentation', all: [{ feature: 'url', is: 'documentation' }], why: 'a documentation URL (--url)' },
  { id: 'type/product-url', type: 'product', all: [{ feature: 'url', is: 'product' }, { feature: 'prices', atLeast: 1 }], why: 'a product URL (--url) with a price' },
  { id: 'type/collection-url', type: 'collection', all: [{ feature: 'url', is: 'collection' }], why: 'a category URL (--url)' },
  { id: 'type/forum-marks', type: 'forum', all: [{ feature: 'postMarks', atLeast: 'typePostMarks' }, { feature: 'dated', below: 1 }], why: "many lines of posts' controls and counters" },
  { id: 'type/forum-thread', type: 'forum', all: [{ feature: 'postMarks', atLeast: 'typeThreadMarks' }, { feature: 'proseBeforeMarks', below: 'typeThreadLeadShare' }], why: "posts' controls from the first post on, before the page's prose: a thread, though dated" },
  { id: 'type/article-dated', type: 'article', all: [{ feature: 'dated', atLeast: 1 }], why: 'a byline or a date under the title' },
  { id: 'type/docs-code', type: 'documentation', all: [{ feature: 'codeBlocks', atLeast: 'typeTextCodeLines' }], why: 'many lines of code' },
  { id: 'type/collection-grid', type: 'collection', all: [{ feature: 'prices', atLeast: 'typeGridPrices' }, { feature: 'proseShare', below: 'typeProseFew' }], why: 'many prices and little prose' },
  // Little prose alone says nothing in a dump: many articles' dumps break their paragraphs into short lines.
];

/**
 * A page the decision list read as an article gets a second look once that reading is known
 * (detect.ts retypeAfterCore): `coreShare` is the words the article reading keeps over the
 * words the region reading of the row's type keeps, the one measure a page of many parts cannot
 * fake. Its tests are all `below`: the share is measured only for a page that meets a row's
 * other tests, since it costs a second reading.
 */
export const CORE_CONDITIONS: Readonly<Record<InputFormat, readonly TypeCondition[]>> = {
  // A dump: the core is the best run of prose (text/core.ts).
  text: [
    { id: 'type/thin-core-dated', type: 'listing', all: [{ feature: 'datedItems', atLeast: 'typeDatedItems' }, { feature: 'proseShare', below: 'typeDatedItemsProseMax' }, { feature: 'proseBeforeDatedItems', below: 'typeDatedItemsLeadShare' }, { feature: 'coreShare', below: 'typeTextDatedCoreShare' }], why: "many short items each with a date of its own, little prose, and the best run of prose keeps a small part of what the page's region keeps: an index of posts, not an article with an archive or dated teasers after its prose" },
    { id: 'type/thin-core', type: 'listing', all: [{ feature: 'dated', below: 1 }, { feature: 'coreShare', below: 'typeTextCoreShare' }], why: "the best run of prose keeps a sliver of what the page's region keeps: an index of short items" },
    { id: 'type/thin-core-sections', type: 'service', all: [{ feature: 'dated', below: 1 }, { feature: 'coreShare', below: 'typeTextSectionsCoreShare' }], why: "the best run of prose keeps a small part of what the page's region keeps: one of several sections" },
    { id: 'type/thin-core-few-prose', type: 'service', all: [{ feature: 'dated', below: 1 }, { feature: 'words', atLeast: 'typeTextSectionsMinWords' }, { feature: 'proseShare', below: 'typeTextSectionsProseMax' }, { feature: 'itemShare', below: 'typeItemShare' }, { feature: 'coreShare', below: 'typeTextFewProseCoreShare' }], why: "an undated page of some length with little prose and no one list, whose best run of prose keeps a small part of what its region keeps: short sections (a service or product page), not an article" },
    { id: 'type/thin-core-calls', type: 'service', all: [{ feature: 'dated', below: 1 }, { feature: 'callsToAction', atLeast: 'typeTextCallsMin' }, { feature: 'proseShare', below: 'typeTextCallsProseMax' }, { feature: 'coreShare', below: 'typeTextCallsCoreShare' }], why: "an undated dump that asks the reader to act again and again (Get started, Book a demo), whose best run of prose keeps a small part of what its region keeps: a service page's sections, not an article" },
    { id: 'type/thin-core-unsigned', type: 'service', all: [{ feature: 'signed', below: 1 }, { feature: 'coreShare', below: 'typeTextUnsignedCoreShare' }], why: "the best run of prose keeps a sliver of what the page's region keeps, on a dump that names no author: one of several sections, though a date is shown" },
  ],
  // HTML: the core is what Readability keeps; it keeps one of a service page's sections.
  html: [
    { id: 'type/no-article-thread', type: 'forum', all: [{ feature: 'fellBack', atLeast: 1 }, { feature: 'keptShare', below: 'typeHtmlFallbackKeptShare' }], why: "Readability found no article and the densest block left holds a sliver of the page: the page's text is in parts the article reading removes, as a discussion's posts in comment markup under a link" },
    { id: 'type/thin-readability', type: 'service', all: [{ feature: 'dated', below: 1 }, { feature: 'schema', silentOn: 'article' }, { feature: 'headings', atLeast: 'typeServiceHeadings' }, { feature: 'coreShare', below: 'typeHtmlCoreShare' }], why: "Readability keeps a small part of what the page's region reads, on an undated page of many headed sections: one section of a service page" },
    { id: 'type/thin-readability-unsigned', type: 'service', all: [{ feature: 'signed', below: 1 }, { feature: 'headings', atLeast: 'typeServiceHeadings' }, { feature: 'coreShare', below: 'typeHtmlUnsignedCoreShare' }], why: "Readability keeps a sliver of what the page's region reads, on a page of many headed sections that names no author: a service page, though its CMS declares an article or a date" },
    { id: 'type/sliver-readability', type: 'service', all: [{ feature: 'headings', atLeast: 'typeServiceHeadings' }, { feature: 'keptShare', below: 'typeHtmlSliverCoreShare' }, { feature: 'coreShare', below: 'typeHtmlSliverCoreShare' }], why: "Readability keeps a sliver of what the page's region reads, on a page of many headed sections, whatever the page declares: one part of a page of many (a ranking or a guide whose parts sit in boxes of their own)" },
    { id: 'type/thin-readability-items', type: 'listing', all: [{ feature: 'signed', below: 1 }, { feature: 'itemCount', atLeast: 'typeGridItems' }, { feature: 'itemShare', atLeast: 'typeItemShare' }, { feature: 'linkShare', atLeast: 'typeHtmlItemsLinkShare' }, { feature: 'coreShare', below: 'typeHtmlItemsCoreShare' }], why: "most of the page's words sit in many alike linked items, a good part of them in links, no author is named, and Readability keeps part of what the items read: an index of teasers, not an article" },
    { id: 'type/half-readability-few-links', type: 'service', all: [{ feature: 'linkShare', below: 'typeHtmlFewLinksShare' }, { feature: 'keptShare', below: 'typeHtmlHalfCoreShare' }, { feature: 'coreShare', below: 'typeHtmlHalfCoreShare' }], why: "Readability keeps under half of what the page's region reads, on a page with few links, where the region reads no menus or teasers: the page's text is in several parts, and Readability kept one" },
  ],
};

export const TYPE_CONDITIONS: Readonly<Record<InputFormat, readonly TypeCondition[]>> = { html: HTML_CONDITIONS, text: TEXT_CONDITIONS };
