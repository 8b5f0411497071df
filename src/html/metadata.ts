import { collapseSpace } from '../clean-text.js';
import { normalizeDate } from '../meta/date.js';
import type { Metadata } from '../types.js';
import { safeUrl } from './markdown.js';
import { byTag } from './walk.js';

/**
 * Page metadata from what the page declares about itself, strongest source first:
 * JSON-LD (schema.org), OpenGraph, Twitter cards, plain <meta>, <link rel=canonical>, <html lang>.
 * Read before any cleaning, since the pre-clean removes scripts (and JSON-LD with them).
 */

export type DeclaredMeta = Omit<Metadata, 'excerpt'> & {
  /** Every schema.org type the JSON-LD names, and og:type: what the page says it is (the type stage reads them). */
  schemaTypes: string[];
  ogType: string | null;
  /** The page's text as its JSON-LD carries it (article body, question and answers, product description). */
  structuredText: string | null;
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Schema.org types that describe the page's main article, best first. */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review|Recipe|HowTo|Posting|SocialMediaPosting|DiscussionForumPosting)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|CollectionPage)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

/** Every object in a JSON-LD value, @graph and arrays flattened. */
function objects(value: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 6) return out;
  if (Array.isArray(value)) for (const v of value) objects(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) objects(value['@graph'], out, depth + 1);
  }
  return out;
}

/** A schema.org value as text: strings, names of objects, lists joined with commas. */
function text(value: Json | undefined, key = 'name'): string | null {
  if (typeof value === 'string') return collapseSpace(value) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => text(v, key)).filter((v): v is string => !!v);
    return parts.length ? [...new Set(parts)].join(', ') : null;
  }
  if (isObject(value)) return text(value[key], key);
  return null;
}

function firstUrl(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? firstUrl(value[0]) : null;
  if (isObject(value)) return firstUrl(value.url ?? value.contentUrl ?? value['@id']);
  return null;
}

const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const strings = (v: Json | undefined): string[] => asList(v).flatMap((x) => (typeof x === 'string' ? [x] : isObject(x) && typeof x.text === 'string' ? [x.text] : []));

const PRODUCT = /^(?:Product|ProductGroup)$/;

/**
 * The page's text as its structured data carries it: an article's body, a question with its
 * answers, a forum post with its comments, a product's description. Some pages keep it there
 * only (the visible page is drawn by scripts, or hides it in a widget).
 */
function structuredBody(found: readonly JsonObject[]): string | null {
  const texts: string[] = [];
  for (const o of found) {
    const types = typesOf(o);
    if (typeof o.articleBody === 'string') texts.push(o.articleBody);
    const q = types.includes('QAPage') && isObject(o.mainEntity) ? o.mainEntity : types.includes('Question') ? o : null;
    if (q) texts.push([...strings(q.name), ...strings(q.text), ...strings(q.acceptedAnswer), ...strings(q.suggestedAnswer)].join('\n\n'));
    if (types.includes('DiscussionForumPosting')) texts.push([...strings(o.text), ...strings(o.comment)].join('\n\n'));
    if (types.some((t) => PRODUCT.test(t)) && typeof o.description === 'string') texts.push(o.description);
  }
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.trim() ? longest : null;
}

/**
 * Does a product carry offers, its own or its variants' (hasVariant)? They sit inside it, where
 * no other object of the list is read: such an Offer counts as declared.
 */
function onOffer(o: Json, depth = 0): boolean {
  if (depth > 3) return false;
  if (Array.isArray(o)) return o.some((v) => onOffer(v, depth + 1));
  if (!isObject(o)) return false;
  return (o.offers !== undefined && o.offers !== null) || (o.hasVariant !== undefined && onOffer(o.hasVariant, depth + 1));
}

function jsonLd(scripts: readonly Element[]): { main: JsonObject | null; types: string[]; body: string | null } {
  const found: JsonObject[] = [];
  for (const script of scripts) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      found.push(...objects(JSON.parse(script.textContent ?? '') as Json));
    } catch {
      // Broken JSON-LD is common; the other sources still speak.
    }
  }
  const main = found.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? found.find((o) => typesOf(o).some((t) => PAGE_TYPES.test(t))) ?? null;
  const offered = (o: JsonObject): string[] => (typesOf(o).some((t) => PRODUCT.test(t)) && onOffer(o) ? ['Offer'] : []);
  return { main, types: [...new Set(found.flatMap((o) => [...typesOf(o), ...offered(o)]))], body: structuredBody(found) };
}

/**
 * Every <meta> by lower-cased property/name/itemprop, first one winning. One pass: a selector
 * query per name walks the whole document each time, and was a sixth of the HTML run time.
 */
function metaIndex(metas: readonly Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of metas) {
    const value = collapseSpace(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, value);
    }
  }
  return index;
}

/** Names that are not people: a byline of "admin" or a URL says nothing. */
function usableAuthor(name: string | null): string | null {
  if (!name || /^(?:https?:\/\/|admin$|administrator$|redaktion$|editor$|staff$)/i.test(name)) return null;
  return name;
}

export function declaredMetadata(doc: Document): DeclaredMeta {
  // One walk for all three tags: JSON-LD scripts may sit anywhere in the body.
  const tagged = byTag(doc, 'meta', 'script', 'link');
  const { main: ld, types: schemaTypes, body: structuredText } = jsonLd(tagged.filter((el) => el.localName === 'script'));
  const index = metaIndex(tagged.filter((el) => el.localName === 'meta'));
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const value = index.get(name.toLowerCase());
      if (value) return value;
    }
    return null;
  };
  const base = doc.baseURI;
  const url = (raw: string | null): string | null => safeUrl(raw, base);
  const canonical = tagged.find((el) => el.localName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? ''))?.getAttribute('href') ?? null;
  return {
    title: text(ld?.headline) ?? meta('og:title', 'twitter:title') ?? (collapseSpace(doc.title) || null),
    byline: usableAuthor(text(ld?.author) ?? meta('author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author')),
    published: normalizeDate(text(ld?.datePublished) ?? meta('article:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'citation_publication_date', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date')),
    lang: text(ld?.inLanguage) ?? meta('og:locale', 'language', 'content-language') ?? doc.documentElement.getAttribute('lang'),
    siteName: text(ld?.publisher) ?? meta('og:site_name', 'application-name'),
    url: url(canonical) ?? url(meta('og:url')) ?? url(firstUrl(ld?.mainEntityOfPage) ?? firstUrl(ld?.url)),
    description: text(ld?.description) ?? meta('og:description', 'twitter:description', 'description', 'dc.description'),
    image: url(firstUrl(ld?.image) ?? meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')),
    schemaTypes,
    ogType: meta('og:type'),
    structuredText,
  };
}
