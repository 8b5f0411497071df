import { safeJson } from '../display.js';
import type { RecordMeta } from '../io/records.js';
import type { Article } from '../types.js';
import type { Property } from './fields.js';
import { jsonObject } from './index.js';

/**
 * The record protocol's one output line per input record: the record's id, url and date passed
 * through, then the result. Keys in a fixed order and nothing that changes between runs (no
 * times, no durations), so a rerun writes the same bytes and a retry is idempotent.
 */

/** Why a record has no article, as a stable word a pipeline can count or filter on. */
export const FAILURE_CODES = ['no-article', 'scripted', 'bad-input', 'too-large', 'timeout', 'out-of-memory', 'internal'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

const passThrough = (meta: RecordMeta): Record<string, unknown> => ({ id: meta.id ?? null, url: meta.url, date: meta.date });

/**
 * The page's own canonical URL is `canonical` here: `url` is the record's, as the crawler
 * fetched it. --explain's removal list stays out of the line: at crawl scale it would double it.
 */
function resultFields(a: Article, property: Property | undefined): Record<string, unknown> {
  if (property) return { [property === 'url' ? 'canonical' : property]: a[property] };
  const { url, removed: _removed, ...rest } = jsonObject(a);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    fields[key] = value;
    if (key === 'siteName') fields.canonical = url;
  }
  return fields;
}

export function recordLine(meta: RecordMeta, a: Article, property?: Property): string {
  return `${safeJson({ ...passThrough(meta), ok: true, ...resultFields(a, property) })}\n`;
}

export function recordFailureLine(meta: RecordMeta, code: FailureCode, reason: string): string {
  return `${safeJson({ ...passThrough(meta), ok: false, code, reason })}\n`;
}
