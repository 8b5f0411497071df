import { collapseSpace } from '../clean-text.js';
import type { Removal } from '../types.js';
import { preview } from '../rules/engine.js';
import { byTag } from './walk.js';

/**
 * Pages that load the next story as the reader scrolls, and pages whose comments or teasers are
 * <article> elements, hold several articles; Readability takes the longest, which is often the
 * wrong one. The page's own title names its story: when exactly one of the top-level articles
 * is headed by that title, the other top-level articles go, unless a label heads them.
 * Measured on the dev corpus: of the 22 pages with two or more substantial top-level articles,
 * 14 have exactly one headed by the title, and the truth is in that one on 13; on the 14th (a
 * recipe) the other articles are the page's own sections, headed by labels ("Zubereitung").
 */

/** Less text than this is a card or a teaser, not an article that could be the page's. */
const MIN_ARTICLE_CHARS = 500;
/** A heading shorter than this ("News") matches too many titles to say anything. */
const MIN_HEADING_CHARS = 10;

/** Another story has a headline (or, as a teaser card, none); a section of the same page ("Zubereitung") has a label. */
const MIN_HEADLINE_WORDS = 4;

const normal = (s: string): string => collapseSpace(s).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
const headingOf = (a: Element): string => collapseSpace(byTag(a, 'h1', 'h2', 'h3')[0]?.textContent ?? '');

/** `boilerplate` says whether a heading is one the rule table removes ("Related posts", "Comments"). */
export function keepTitledArticle(body: Element, title: string | null, boilerplate: (heading: string) => boolean): Removal[] {
  if (!title) return [];
  const all = byTag(body, 'article').filter((a) => collapseSpace(a.textContent ?? '').length > MIN_ARTICLE_CHARS);
  // The stories may sit one level down, in one wrapper <article> for the whole feed.
  let articles = all.filter((a) => !a.parentElement?.closest('article'));
  while (articles.length === 1) {
    const wrapper = articles[0];
    articles = all.filter((a) => a.parentElement?.closest('article') === wrapper);
  }
  if (articles.length < 2) return [];
  const wanted = normal(title);
  const titled = articles.filter((a) => {
    const text = normal(headingOf(a));
    return text.length >= MIN_HEADING_CHARS && wanted.includes(text);
  });
  if (titled.length !== 1) return [];
  const isLabel = (heading: string): boolean => heading !== '' && heading.split(' ').length < MIN_HEADLINE_WORDS && !boilerplate(heading);
  const otherStories = articles.filter((a) => a !== titled[0] && !isLabel(headingOf(a)));
  return otherStories.map((a) => {
    a.remove();
    return { rule: 'classifier/other-article', kind: 'classifier' as const, preview: preview(a.textContent ?? '') };
  });
}
