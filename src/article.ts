import { CharClass } from './char-class.js';
import { cleanText, collapseSpace } from './clean-text.js';
import type { InputFormat, Metadata, PageType, Removal, Result } from './types.js';

/** Fewer words than this in the body is "no article", not a tiny one. */
export const MIN_ARTICLE_WORDS = 5;
const EXCERPT_CHARS = 200;

export interface ArticleParts {
  format: InputFormat;
  type: PageType;
  meta: Partial<Metadata>;
  markdown: string;
  text: string;
  removed: Removal[];
  warnings?: string[];
  notes?: string[];
}

const WORD = new CharClass('\\p{L}\\p{N}_');

export function countWords(text: string): number {
  return WORD.count(text);
}

function excerptOf(text: string): string | null {
  const first = collapseSpace(text.split(/\n\s*\n/)[0] ?? '');
  if (!first) return null;
  return first.length > EXCERPT_CHARS ? `${first.slice(0, EXCERPT_CHARS - 1)}…` : first;
}

/** The one place that decides "article or not" and fills the metadata defaults. */
export function articleResult(parts: ArticleParts, minWords = MIN_ARTICLE_WORDS): Result {
  const wordCount = countWords(parts.text);
  if (wordCount < Math.max(1, minWords)) {
    const reason = wordCount === 0 ? 'no article found: nothing on the page reads as article text' : `no article found: only ${wordCount} words of article text`;
    return { ok: false, code: 'no-article', reason, removed: parts.removed };
  }
  const m = parts.meta;
  // Metadata comes from the page like the body, and is cleaned like it (terminal escapes, controls).
  const clean = (s: string | null | undefined): string | null => (s ? collapseSpace(cleanText(s)) || null : null);
  return {
    ok: true,
    article: {
      title: clean(m.title),
      byline: clean(m.byline),
      published: clean(m.published),
      lang: clean(m.lang),
      siteName: clean(m.siteName),
      url: clean(m.url),
      description: clean(m.description),
      image: clean(m.image),
      excerpt: clean(m.description) ?? excerptOf(parts.text),
      format: parts.format,
      type: parts.type,
      markdown: parts.markdown.trim(),
      text: parts.text.trim(),
      wordCount,
      removed: parts.removed,
      warnings: parts.warnings ?? [],
      notes: parts.notes ?? [],
    },
  };
}
