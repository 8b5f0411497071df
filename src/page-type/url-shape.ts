import type { PageType } from '../types.js';

/**
 * What a URL's path says about its page, from the path segments software gives each kind of page
 * (shop engines, forum engines, doc generators), never from site names. The first row whose
 * pattern finds a segment wins; the patterns are tried on the lower-cased path only.
 */
export interface UrlShape {
  type: PageType;
  /** A whole path segment (or a segment's start, where the pattern says so). */
  segment: RegExp;
  /** When set, a later segment must match it too: a short word alone is many sites' word. */
  then?: RegExp;
  /** When set, the segment must end the path: a section's own page, not a page under it. */
  last?: boolean;
  why: string;
}

export const URL_SHAPES: readonly UrlShape[] = [
  { type: 'forum', segment: /^(?:forums?|threads?|questions|discussions?|community|showthread\.php|viewtopic\.php|boards?)$/, why: 'forum engines (phpBB, vBulletin, XenForo, Q&A sites) name threads so' },
  // "topic" and "t" alone also name a news site's topic index, a guide's category or a shop's product.
  { type: 'forum', segment: /^topics?$/, then: /^\d/, why: "Invision and NodeBB put a thread's number right after 'topic'" },
  { type: 'forum', segment: /^t$/, then: /^\d+$/, why: "Discourse puts a thread's number after 't' (and its slug)" },
  { type: 'product', segment: /^(?:products?|itm|dp|p|item|sku|pd)$/, why: 'shop engines (Shopify, WooCommerce, marketplaces) put one product under such a segment' },
  { type: 'collection', segment: /^(?:collections?|categor(?:y|ies)|shop|c|catalog|department|browse|store)$/, why: 'shop engines list a category under such a segment' },
  { type: 'documentation', segment: /^(?:docs?|documentation|api|reference|manual|guides?|wiki|kb|developer|sdk|handbook|man)$/, why: 'doc generators and wikis publish under such a segment' },
  { type: 'listing', segment: /^(?:tags?|archives?|authors?|search|list|directory|index)$/, why: 'CMSs list posts by tag, author or date under such a segment' },
  { type: 'listing', segment: /^(?:news|blog|articles|posts|stories|insights|press|updates)$/, last: true, why: "a CMS's section of posts ends the path at its name (/news, /blog): its page lists them; a post's path goes on past it" },
  { type: 'article', segment: /^(?:news|blog|articles?|posts?|stories|story|\d{4})$/, why: 'CMSs publish posts under such a segment, or a year' },
  { type: 'service', segment: /^(?:services?|solutions?|pricing|plans|features|platform|use-cases|industries|enterprise|integrations)$/, why: 'company sites put what they sell under such a segment' },
];

/**
 * What a host's first label says, where the path says nothing: software for docs, help centres
 * and forums is often served from a subdomain of its own (docs.example.com, community.example.com),
 * its pages' paths bare slugs.
 */
export const HOST_SHAPES: readonly UrlShape[] = [
  { type: 'documentation', segment: /^(?:docs?|developers?|learn|wiki|support|help|kb|documentation)$/, why: 'doc generators, wikis and help centres are served from such a subdomain' },
  { type: 'forum', segment: /^(?:forums?|community|communities|discuss|discussions?|answers|boards?|bbs)$/, why: 'forum engines (Discourse, phpBB, Q&A sites) are served from such a subdomain' },
];

/** The path's shape, or null when nothing in it speaks (a bare slug). */
export function urlShape(url: string | null): PageType | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const path = parsed.pathname.toLowerCase();
  const segments = path.split('/').filter(Boolean);
  for (const row of URL_SHAPES) if (segments.some((s, i) => row.segment.test(s) && (!row.last || i === segments.length - 1) && (!row.then || segments.slice(i + 1).some((n) => row.then!.test(n))))) return row.type;
  // A host of two labels (example.com) has no subdomain to speak; 'www' never speaks.
  const labels = parsed.hostname.toLowerCase().split('.');
  if (labels.length > 2) for (const row of HOST_SHAPES) if (row.segment.test(labels[0]!)) return row.type;
  // A site's front page: a company's pitch, or a news site's index (the conditions tell them apart).
  // A query names a page behind the front page's path (WordPress's "/?p=123" is a post).
  const front = segments.length === 0 || (segments.length === 1 && /^(?:home|index\.\w+)$/.test(segments[0]!));
  return front && !parsed.search ? 'service' : null;
}
