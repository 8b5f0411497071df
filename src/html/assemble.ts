import { articleResult } from '../article.js';
import { cleanText, collapseSpace } from '../clean-text.js';
import { detectLang, normalizeLang } from '../lang.js';
import { rulesFor } from '../rules/engine.js';
import { RULES } from '../rules/table/index.js';
import type { Favor, Result } from '../types.js';
import { postclean, preclean } from './clean.js';
import { toMarkdown } from './markdown.js';
import { parseHtml } from './parse.js';
import { runReadability } from './readability.js';
import { toText } from './text.js';

/** HTML -> article: parse, pre-clean, Readability (or fallback), post-clean, render. */

function canonicalUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return href ? new URL(href, doc.baseURI).href : null;
  } catch {
    return null;
  }
}

/** Readability often keeps the headline as the first heading; the title line already says it. */
function dropLeadingTitle(root: Element, title: string | null): void {
  if (!title) return;
  const first = root.querySelector('h1, h2');
  if (first && collapseSpace(first.textContent ?? '').toLowerCase() === collapseSpace(title).toLowerCase()) {
    const before = collapseSpace(root.textContent ?? '').indexOf(collapseSpace(first.textContent ?? ''));
    if (before >= 0 && before < 200) first.remove();
  }
}

export function extractFromHtml(html: string, url?: string, favor: Favor = 'balanced'): Result {
  const doc = parseHtml(html, url);
  try {
    return extractFromDocument(doc, url, favor);
  } finally {
    // Frees the window's resources now rather than when the event loop next turns (BAD-INPUTS.md: batch memory).
    doc.defaultView?.close();
  }
}

const MIN_HEADLINE_CHARS = 10;

/**
 * <title> usually carries the site's name ("Headline | Site"); the page's own <h1> does not.
 * When an h1 is part of the title, the h1 is the headline.
 */
function headline(doc: Document, title: string | null): string | null {
  if (!title) return null;
  const full = collapseSpace(title).toLowerCase();
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const text = collapseSpace(h1.textContent ?? '');
    if (text.length >= MIN_HEADLINE_CHARS && text.length < full.length && full.includes(text.toLowerCase())) return text;
  }
  return title;
}

function extractFromDocument(doc: Document, url: string | undefined, favor: Favor): Result {
  // Templates often declare a language the text is not in; the text's own stopwords decide.
  const declared = normalizeLang(doc.documentElement.getAttribute('lang'));
  const detected = detectLang(doc.body?.textContent ?? '');
  const lang = detected ?? declared;
  const rules = rulesFor(RULES, detected, declared);
  const removed = doc.body ? preclean(doc.body, rules, favor) : [];
  const found = runReadability(doc);
  if (!found) return { ok: false, code: 'no-article', reason: 'no article found: the page has no text', removed };
  removed.push(...postclean(found.root, rules, favor));
  const title = headline(doc, found.title ? cleanText(found.title) : null);
  dropLeadingTitle(found.root, title);
  const base = doc.baseURI;
  return articleResult({
    format: 'html',
    meta: {
      title,
      byline: found.byline,
      published: found.published,
      lang,
      siteName: found.siteName,
      excerpt: found.excerpt,
      url: url ?? canonicalUrl(doc),
    },
    markdown: cleanText(toMarkdown(found.root, base)),
    text: cleanText(toText(found.root)),
    removed,
    warnings: found.via === 'fallback' ? ['Readability found no article; used the densest text block instead'] : [],
  });
}
