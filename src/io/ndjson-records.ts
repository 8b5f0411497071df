import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputFormat } from '../types.js';
import { type RecordItem, StreamError } from './records.js';

/**
 * NDJSON records -> pages: one JSON object per line, {"id", "url", "html"} or {"id", "url", "text"}
 * (names settable with --record-fields), as Spark's RDD.pipe, Hadoop Streaming and
 * `parallel --pipe` feed a filter. A line that is no such object is that record's error line;
 * blank lines are no records.
 */

export interface RecordFields {
  id: string;
  url: string;
  html: string;
  text: string;
}

export const DEFAULT_RECORD_FIELDS: RecordFields = { id: 'id', url: 'url', html: 'html', text: 'text' };

/** "id=doc_id,html=body" -> the field names, the others default. null: not that shape. */
export function parseRecordFields(spec: string): RecordFields | null {
  const fields = { ...DEFAULT_RECORD_FIELDS };
  for (const pair of spec.split(',')) {
    const m = /^\s*(id|url|html|text)\s*=\s*(\S(?:.*\S)?)\s*$/.exec(pair);
    if (!m) return null;
    fields[m[1] as keyof RecordFields] = m[2]!;
  }
  return fields;
}

const NEWLINE = 0x0a;

/** Lines as bytes; a line over max bytes comes as null (its bytes are dropped as they arrive). */
async function* lines(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  for await (const raw of source) {
    let chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE)) {
      if (!tooLong) parts.push(chunk.subarray(0, at));
      yield tooLong || size + at > maxBytes ? null : Buffer.concat(parts);
      chunk = chunk.subarray(at + 1);
      parts = [];
      size = 0;
      tooLong = false;
    }
    size += chunk.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(chunk);
  }
  if (tooLong) yield null;
  else if (size > 0) yield Buffer.concat(parts);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function* ndjsonRecords(source: AsyncIterable<Uint8Array>, opts: { gzip: boolean; maxBytes: number; fields: RecordFields }): AsyncGenerator<RecordItem> {
  const { fields } = opts;
  const input = opts.gzip ? Readable.from(source).pipe(createGunzip()) : source;
  let n = 0;
  try {
    for await (const line of lines(input as AsyncIterable<Uint8Array>, opts.maxBytes)) {
      if (line !== null && line.toString('latin1').trim() === '') continue;
      n++;
      const none = { id: null, url: null, date: null };
      if (line === null) {
        yield { kind: 'bad', n, ...none, code: 'too-large', reason: `record over ${opts.maxBytes} bytes (see --max-bytes)` };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line.toString('utf8'));
      } catch {
        yield { kind: 'bad', n, ...none, code: 'bad-input', reason: 'not a JSON object' };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { kind: 'bad', n, ...none, code: 'bad-input', reason: 'not a JSON object' };
        continue;
      }
      const record = value as Record<string, unknown>;
      const meta = { id: record[fields.id] ?? null, url: str(record[fields.url]), date: null };
      const html = str(record[fields.html]);
      const text = html === null ? str(record[fields.text]) : null;
      const content = html ?? text;
      if (content === null) {
        yield { kind: 'bad', n, ...meta, code: 'bad-input', reason: `no string field "${fields.html}" or "${fields.text}"` };
        continue;
      }
      const format: InputFormat = html !== null ? 'html' : 'text';
      yield { kind: 'page', n, ...meta, bytes: Buffer.from(content, 'utf8'), format, charset: 'utf-8' };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new StreamError(`the record stream is ${code === 'Z_BUF_ERROR' ? 'cut short: gzip ends early' : `unreadable (${(err as Error).message})`} (after record ${n})`);
  }
}
