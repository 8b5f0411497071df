import type { InputFormat } from '../types.js';

/**
 * Record streams: a WARC (or WARC.gz) archive or an NDJSON file holds many pages. Their readers
 * (warc.ts, ndjson-records.ts) turn a byte stream into Records one at a time, so the core still
 * sees one page at a time and never knows it came from an archive.
 */

export type ContainerFormat = 'warc' | 'ndjson';

/** What a record carries through to its output line, whatever happened to it. */
export interface RecordMeta {
  /** The WARC-Record-ID, or the NDJSON record's id (any JSON value), or null. */
  id: unknown;
  url: string | null;
  /** WARC-Date; null for NDJSON. */
  date: string | null;
}

/** A page to extract: bytes, how to read them (when the container says), and where it came from. */
export interface PageRecord extends RecordMeta {
  kind: 'page';
  /** 1-based position among the container's records (all of them, skipped ones too). */
  n: number;
  bytes: Uint8Array;
  /** html or text when the container says (an HTTP Content-Type, a WET record, an NDJSON field). */
  format?: InputFormat;
  /** The charset the HTTP header named. */
  charset?: string;
}

/** A record that is a page but cannot be extracted (too large, no content field): its line says why. */
export interface BadRecord extends RecordMeta {
  kind: 'bad';
  n: number;
  code: 'too-large' | 'bad-input';
  reason: string;
}

/** A record that is not a page (a WARC request, metadata, revisit, an image response): counted only. */
export interface SkippedRecord {
  kind: 'skipped';
  n: number;
  /** The WARC-Type, or 'not-a-page' for a response whose content type is no page, 'status' for non-2xx. */
  why: string;
}

export type RecordItem = PageRecord | BadRecord | SkippedRecord;

/** The stream itself could not be read to its end: truncated, corrupt, unreadable. Retrying may help. */
export class StreamError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];

export const isGzip = (head: Uint8Array): boolean => head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];

/**
 * A container by its first bytes (already gunzipped): "WARC/1.x" opens every WARC record; an
 * NDJSON file opens with a JSON object. An HTML page or a text dump does neither.
 */
export function sniffContainer(head: Uint8Array): ContainerFormat | null {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  const start = Buffer.from(head.buffer, head.byteOffset + i, Math.min(8, head.length - i)).toString('latin1');
  if (/^WARC\/\d/.test(start)) return 'warc';
  // On one line: a pretty-printed JSON document ("{\n  ...") is no record stream.
  if (!/^\{[ \t]*"/.test(start)) return null;
  // A record is one line: when the head holds the first line's end, that line is a JSON object. A
  // page whose text opens with a wrapped JSON blob ('{"categories":' and a line break) is a page.
  const body = head.subarray(i);
  const end = body.indexOf(0x0a);
  if (end < 0) return 'ndjson';
  try {
    const first: unknown = JSON.parse(Buffer.from(body.buffer, body.byteOffset, end).toString('utf8'));
    return first !== null && typeof first === 'object' && !Array.isArray(first) ? 'ndjson' : null;
  } catch {
    return null;
  }
}
