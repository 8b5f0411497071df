import { articleResult, MIN_ARTICLE_WORDS } from '../article.js';
import { cleanText, collapseSpace } from '../clean-text.js';
import { detectLang, normalizeLang } from '../lang.js';
import { normalizeDate } from '../meta/date.js';
import { preview, rulesFor } from '../rules/engine.js';
import { blockHit, wordCount } from '../rules/match.js';
import { RULES } from '../rules/table/index.js';
import type { Options, Removal, Result, Rule } from '../types.js';
import { dropJunk, postclean, preclean, removeLinkRows } from './clean.js';
import { declaredMetadata, type DeclaredMeta } from './metadata.js';
import { toMarkdown } from './markdown.js';
import { documentOf, prepareHtml, releaseDocument } from './parse.js';
import { AmplificationError, prefilter } from './prefilter.js';
import { simpleSelector } from './simple-selector.js';
import { densestBlock, runReadability } from './readability.js';
import { keepTitledArticle } from './titled-article.js';
import { keepStandfirst, standfirstOf } from './standfirst.js';
import { dropCopiedParts, dropCopies, dropOverlays, mainRegion, pruneRegion } from './region.js';
import { isScriptShell, SCRIPT_SHELL_REASON, structuredInstead } from './stand-ins.js';
import { PROFILES, rulesOf, SWITCHABLE_KINDS } from '../page-type/profiles.js';
import { pageTypeOf, retypeAfterCore, type TypeDecision, typeNote } from '../page-type/detect.js';
import { authorship, type PageFeatures } from '../page-type/features.js';
import { declaredTypes } from '../page-type/schema.js';
import { urlShape } from '../page-type/url-shape.js';
import { htmlFeatures } from './type-features.js';
import { byTag } from './walk.js';
import { toText } from './text.js';
import { extractFromText } from '../text/assemble.js';
import { param } from '../params.js';

/** HTML -> article: parse, pre-clean, Readability (or fallback), post-clean, render. */

/** Readability often keeps the headline as the first heading; the title line already says it. */
function dropLeadingTitle(root: Element, title: string | null): void {
  if (!title) return;
  const first = byTag(root, 'h1', 'h2')[0];
  if (first && collapseSpace(first.textContent ?? '').toLowerCase() === collapseSpace(title).toLowerCase()) {
    const before = collapseSpace(root.textContent ?? '').indexOf(collapseSpace(first.textContent ?? ''));
    if (before >= 0 && before < 200) first.remove();
  }
}

export function extractFromHtml(html: string, options: Options = {}): Result {
  const all = [...RULES, ...(options.rules ?? [])];
  // Language-free element rows that parse5's tree can test run there; a kept selection must not lose anything to them.
  // Kinds a page type may switch off wait for the type stage, which needs the parsed page.
  const early = options.keepSelector ? [] : all.filter((r) => r.lang.includes('*') && !SWITCHABLE_KINDS.has(r.kind) && (r.match.attr || (r.match.selector && simpleSelector(r.match.selector))));
  let pre: ReturnType<typeof prefilter>;
  try {
    // A selector names elements: with one, the page goes to jsdom whatever its size.
    const selecting = options.keepSelector !== undefined || options.dropSelector !== undefined;
    pre = prefilter(prepareHtml(html), early, selecting ? Infinity : param('htmlMaxElements'));
  } catch (cause) {
    if (cause instanceof AmplificationError) return { ok: false, code: 'bad-input', reason: cause.message, removed: [] };
    throw cause;
  }
  if ('text' in pre) return asText(pre, options);
  const { tree, html: prepared } = pre;
  const docs: Document[] = [];
  const parse = (): Document => {
    docs.push(documentOf(tree, prepared, options.url));
    return docs[docs.length - 1]!;
  };
  try {
    const rows = all.filter((r) => !early.includes(r));
    const read = (decided?: TypeDecision): Reading => extractFromDocument(parse(), parse, rows, [...pre.removed], options, decided);
    const first = read();
    let result = first.result;
    if (result.ok && !options.keepSelector) {
      const words = result.article.wordCount;
      // The reading that measured the share, kept for when its type is the one decided.
      const regions = new Map<string | null, Result>();
      const measured = (): PageFeatures => {
        const f = first.features();
        return { ...f, keptShare: words / Math.max(1, f.words), fellBack: first.fellBack ? 1 : 0 };
      };
      const again = retypeAfterCore(first.typed, 'html', measured, (candidate) => {
        const { result: region, copyWords } = read(candidate);
        regions.set(candidate.by, region);
        // The region's words as it reads them, copies included: what the share's thresholds were set on.
        return region.ok ? words / Math.max(1, region.article.wordCount + copyWords) : 1;
      });
      if (again !== first.typed) result = regions.get(again.by) ?? read(again).result;
    }
    return !result.ok && result.code === 'no-article' && isScriptShell(html, prepared()) ? { ...result, code: 'scripted', reason: SCRIPT_SHELL_REASON } : result;
  } finally {
    for (const doc of docs) releaseDocument(doc);
  }
}

/**
 * A page of more elements than jsdom takes at a bounded cost (it spends ~1.5 KB and tens of
 * microseconds an element, and Readability and turndown walk them again) is read as its visible
 * text: the article stays, its links and images do not.
 */
function asText(pre: { text: string; elements: number; removed: Removal[] }, options: Options): Result {
  const result = extractFromText(pre.text, options);
  const note = `the page has ${pre.elements} elements (over ${param('htmlMaxElements')}): read as its text, without links or images`;
  if (!result.ok) return { ...result, removed: [...pre.removed, ...result.removed] };
  return { ...result, article: { ...result.article, format: 'html', removed: [...pre.removed, ...result.article.removed], notes: [note, ...result.article.notes] } };
}

const MIN_HEADLINE_CHARS = 10;

/**
 * <title> usually carries the site's name ("Headline | Site"); the page's own <h1> does not.
 * When an h1 is part of the title, the h1 is the headline.
 */
function headline(h1s: readonly string[], title: string | null): string | null {
  // No <title>: the page's first headline is its title, so the markdown still opens with '# '.
  if (!title) return h1s.map(collapseSpace).find((t) => t.length >= MIN_HEADLINE_CHARS && /\p{L}/u.test(t)) ?? null;
  const full = collapseSpace(title).toLowerCase();
  for (const h1 of h1s) {
    const text = collapseSpace(h1);
    if (text.length >= MIN_HEADLINE_CHARS && text.length < full.length && full.includes(text.toLowerCase())) return text;
  }
  return title;
}

/**
 * A title that is an identifier, not words: a slug or id with digits ("d-161500790"), as some
 * pages put in JSON-LD "name", where Readability may read it.
 */
export function plausibleTitle(title: string | null): string | null {
  if (!title || !/\p{L}/u.test(title)) return null;
  return /^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*$/u.test(title) && /\d/.test(title) ? null : title;
}

/** The user's --drop-selector: gone before anything reads the page. */
function dropSelected(body: Element, selector: string): Removal[] {
  return Array.from(body.querySelectorAll(selector)).map((el) => {
    el.remove();
    return { rule: 'user/drop-selector', kind: 'user' as const, preview: preview(el.textContent ?? '') || `<${el.tagName.toLowerCase()}>` };
  });
}

/** The user's --keep-selector: every match, in page order, is the article. */
function keptSelected(doc: Document, selector: string): Element | null {
  const matches = Array.from(doc.querySelectorAll(selector)).filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)));
  if (matches.length === 0) return null;
  const root = doc.createElement('div');
  for (const el of matches) root.append(el.cloneNode(true));
  dropJunk(root);
  return root;
}

/**
 * When the rules took all Readability found (an author box it mistook for the article), the
 * densest block of the page, once the text rows have run on all of it, is the next best guess.
 */
function densestAfterRules(body: Element | null, rules: readonly Rule[], favor: Options['favor']): { root: Element; removed: Removal[] } | null {
  if (!body) return null;
  const removed = postclean(body, rules, favor, true);
  const root = densestBlock(body);
  return root ? { root, removed } : null;
}

/** One reading of a page: its result, the type decision it was read as, and the features that decided it. */
interface Reading {
  result: Result;
  typed: TypeDecision;
  features: () => PageFeatures;
  /** Words of the blocks the region showed again and were written once (dropCopies). */
  copyWords: number;
  /** Readability found no article and the densest block stood in. */
  fellBack: boolean;
}

/** `decided`: the type stage's second look (retypeAfterCore) reads the page again as this type. */
function extractFromDocument(doc: Document, reparse: () => Document, table: readonly Rule[], removed: Removal[], options: Options, decided?: TypeDecision): Reading {
  const declaredMeta = declaredMetadata(doc);
  // Templates often declare a language the text is not in; the text's own stopwords decide.
  const declared = normalizeLang(declaredMeta.lang);
  const detected = detectLang(doc.body?.textContent ?? '');
  let measured: PageFeatures | undefined;
  // The type stage measures them before the pre-clean takes the page apart; a forced type (--type, or a second reading) never asks.
  const features = (): PageFeatures => (measured ??= {
    ...htmlFeatures(doc),
    schema: declaredTypes(declaredMeta.schemaTypes, declaredMeta.ogType),
    url: urlShape(declaredMeta.url ?? options.url ?? null),
    ...authorship(declaredMeta.byline, declaredMeta.published),
  });
  const typed = decided ?? pageTypeOf('html', features, options.pageType);
  const tally = { copyWords: 0, fellBack: false };
  return { result: readAs(doc, reparse, table, removed, options, typed, { declaredMeta, declared, detected }, tally), typed, features, ...tally };
}

function readAs(doc: Document, reparse: () => Document, table: readonly Rule[], removed: Removal[], options: Options, typed: TypeDecision, langs: { declaredMeta: DeclaredMeta; declared: string | null; detected: string | null }, tally: { copyWords: number; fellBack: boolean }): Result {
  const { declaredMeta, declared, detected } = langs;
  const favor = options.favor ?? 'balanced';
  const profile = PROFILES[typed.type];
  const rules = rulesOf(rulesFor(table, detected, declared), profile);
  const boilerplate = (heading: string): boolean => rules.some((r) => blockHit(r, { text: heading }));
  if (doc.body && options.dropSelector) removed.push(...dropSelected(doc.body, options.dropSelector));
  const kept = options.keepSelector ? keptSelected(doc, options.keepSelector) : null;
  const warnings = options.keepSelector && !kept ? [`--keep-selector matched nothing; extracted as usual`] : [];
  // Read before the pre-clean and Readability take the page apart: where the page shows its standfirst.
  const lead = kept ? null : standfirstOf(doc, declaredMeta.description);
  if (doc.body && !kept) removed.push(...keepTitledArticle(doc.body, declaredMeta.title, boilerplate), ...preclean(doc.body, rules, favor));
  const h1s = byTag(doc, 'h1').map((h) => h.textContent ?? '');
  // The fallback needs the page as the pre-clean left it, which Readability may have taken apart.
  const fallbackBody = (): Element | null => {
    const body = reparse().body;
    if (body && options.dropSelector) dropSelected(body, options.dropSelector);
    if (body) {
      keepTitledArticle(body, declaredMeta.title, boilerplate);
      preclean(body, rules, favor);
    }
    return body;
  };
  const asIs = (root: Element, via: 'selector' | 'region') => ({ root, title: declaredMeta.title, byline: null, excerpt: null, siteName: null, published: null, via });
  const byRegion = !kept && profile.htmlRegion === 'region' && doc.body !== null;
  if (byRegion) removed.push(...dropOverlays(doc.body!));
  const found = kept ? asIs(kept, 'selector') : byRegion ? asIs(mainRegion(doc.body!), 'region') : runReadability(doc, fallbackBody);
  if (!found) return { ok: false, code: 'no-article', reason: 'no article found: the page has no text', removed };
  if (found.via === 'region') {
    removed.push(...pruneRegion(found.root, profile.pricedCards));
    if (profile.linkRows === 'drop') removeLinkRows(found.root, removed);
  }
  if (!kept) removed.push(...postclean(found.root, rules, favor, found.via === 'region' && profile.regionRest === 'section', profile.linkRows));
  if (found.via === 'readability') removed.push(...dropCopiedParts(found.root));
  if (found.via === 'region' && profile.copies === 'all') {
    const copies = dropCopies(found.root);
    removed.push(...copies.removed);
    tally.copyWords = copies.words;
  }
  if (found.via === 'readability' && wordCount(toText(found.root)) < MIN_ARTICLE_WORDS) {
    const next = densestAfterRules(fallbackBody(), rules, favor);
    if (next) {
      found.root = next.root;
      found.via = 'fallback';
      removed.push(...next.removed);
    }
  }
  tally.fellBack = found.via === 'fallback';
  const title = headline(h1s, plausibleTitle(found.title ? cleanText(found.title) : null) ?? plausibleTitle(declaredMeta.title));
  const fromData = kept ? null : structuredInstead(found.root, declaredMeta.structuredText);
  if (fromData) found.root = fromData;
  dropLeadingTitle(found.root, title);
  if (lead) keepStandfirst(found.root, lead);
  if (options.tables === false) for (const t of byTag(found.root, 'table')) t.remove();
  // How extract works on a short or plain page, not a problem for the user: --explain says it.
  const notes = [
    typeNote(typed),
    ...(found.via === 'fallback' ? ['Readability found no article; used the densest text block instead'] : []),
    ...(fromData ? ["the page shows little text; used the text of its structured data (JSON-LD) instead"] : []),
  ];
  return articleResult({
    format: 'html',
    type: profile.type,
    meta: {
      ...declaredMeta,
      title,
      byline: declaredMeta.byline ?? found.byline,
      published: declaredMeta.published ?? normalizeDate(found.published),
      lang: detected ?? declared,
      siteName: declaredMeta.siteName ?? found.siteName,
      description: declaredMeta.description ?? found.excerpt,
      url: declaredMeta.url ?? options.url ?? null,
    },
    markdown: cleanText(toMarkdown(found.root, doc.baseURI, { links: options.links !== false, images: options.images !== false })),
    text: cleanText(toText(found.root)),
    removed,
    warnings,
    notes,
  }, options.minWords);
}
