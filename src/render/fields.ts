import type { Article } from '../types.js';

/** The metadata fields, in the order JSON and front matter list them (stable for diffs and jq). */
export const FIELDS = ['title', 'byline', 'published', 'lang', 'siteName', 'url', 'description', 'image', 'excerpt', 'wordCount', 'format', 'type'] as const;
export type Field = (typeof FIELDS)[number];

/** What -p accepts: the field names, the bodies, and the names people reach for first. */
const ALIASES: Record<string, Field | 'markdown' | 'text'> = {
  author: 'byline',
  date: 'published',
  'site-name': 'siteName',
  sitename: 'siteName',
  site: 'siteName',
  canonical: 'url',
  'word-count': 'wordCount',
  words: 'wordCount',
  'page-type': 'type',
};

export type Property = Field | 'markdown' | 'text';

export function propertyName(name: string): Property | null {
  if ((FIELDS as readonly string[]).includes(name) || name === 'markdown' || name === 'text') return name as Property;
  return ALIASES[name.toLowerCase()] ?? null;
}

export const PROPERTY_NAMES: readonly string[] = [...FIELDS, 'markdown', 'text', ...Object.keys(ALIASES)];

export function fieldValues(a: Article): Array<[Field, string | number | null]> {
  return FIELDS.map((f) => [f, a[f]]);
}
