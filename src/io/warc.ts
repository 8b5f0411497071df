import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { WARCRecord } from 'warcio';
import type { InputFormat } from '../types.js';
import { type RecordItem, StreamError } from './records.js';

/**
 * WARC and WARC.gz -> records, with webrecorder's warcio (the maintained reader of the format,
 * the one pywb and Browsertrix use; it de-chunks and decodes Content-Encoding). Two things it
 * leaves to us: gzip, which node's zlib inflates faster than its pako and which, unlike pako
 * there, reports a cut member; and a record cut short, which warcio returns as if whole.
 */

/** Page content types: what goes through which path. Anything else is skipped and counted. */
function formatOf(contentType: string | null | undefined): InputFormat | 'none' | undefined {
  if (!contentType) return undefined;
  const mime = contentType.split(';', 1)[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'text';
  return 'none';
}

const charsetOf = (contentType: string | null | undefined): string | undefined => /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];

/**
 * Bytes of the record's block still unread once it was consumed: above 0, the stream ended inside
 * it. warcio keeps the count on its LimitReader; a version without it skips the check.
 */
function unread(record: WARCRecord): number {
  const left = (record._reader as { limit?: unknown }).limit;
  return typeof left === 'number' ? left : 0;
}

/** The record's decoded content, or null once it passes max bytes (the rest is skipped, not read). */
async function contentOf(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) {
      await record.skipFully();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The page a record holds, its format and charset; or why it is not a page. */
function pageOf(record: WARCRecord): { format?: InputFormat; charset?: string } | { skip: string } {
  const type = record.warcType ?? '';
  if (type === 'conversion') return { format: 'text', charset: charsetOf(record.warcContentType) };
  if (type !== 'response' && type !== 'resource') return { skip: type || 'untyped' };
  // A crawler's own files are resources too (wget's arguments and log: metadata://...): only a
  // resource fetched from the web is a page.
  if (type === 'resource' && !/^https?:/i.test(record.warcTargetURI ?? '')) return { skip: type };
  const http = type === 'response' ? record.httpHeaders : null;
  if (http) {
    const status = Number((http as unknown as { statusCode?: number | string }).statusCode);
    if (!(status >= 200 && status < 300)) return { skip: 'status' };
  }
  const contentType = http ? http.headers.get('content-type') : record.warcContentType;
  const format = formatOf(contentType);
  if (format === 'none') return { skip: 'not-a-page' };
  return { format, charset: charsetOf(contentType) };
}

/** The raw stream, inflated when gzip; an error of the source marks the stream, not the record. */
function bytesOf(source: AsyncIterable<Uint8Array>, gzip: boolean, failed: { error?: Error }): AsyncIterable<Uint8Array> {
  const raw = gzip ? Readable.from(source).pipe(createGunzip()) : source;
  return (async function* () {
    try {
      for await (const chunk of raw) yield chunk as Uint8Array;
    } catch (err) {
      failed.error = err as Error;
      throw err;
    }
  })();
}

export async function* warcRecords(source: AsyncIterable<Uint8Array>, opts: { gzip: boolean; maxBytes: number }): AsyncGenerator<RecordItem> {
  const { WARCParser } = await import('warcio');
  const failed: { error?: Error } = {};
  const parser = new WARCParser(bytesOf(source, opts.gzip, failed));
  let n = 0;
  /** Records read whole: where a cut archive stopped making sense. */
  let whole = 0;
  const streamError = (what: string): StreamError => new StreamError(`the archive is ${what} (after record ${whole})`);
  try {
    for await (const record of parser) {
      n++;
      if (!record.warcType || !record.warcHeader('Content-Length')) throw streamError('cut or corrupt: a record without WARC-Type or Content-Length');
      const meta = { id: record.warcHeader('WARC-Record-ID') ?? null, url: record.warcTargetURI ?? null, date: record.warcDate ?? null };
      const page = pageOf(record);
      if ('skip' in page) {
        await record.skipFully();
        if (unread(record) > 0) throw streamError('cut short inside a record');
        whole = n;
        yield { kind: 'skipped', n, why: page.skip };
        continue;
      }
      let bytes: Uint8Array | null;
      try {
        bytes = await contentOf(record, opts.maxBytes);
      } catch (err) {
        if (failed.error) throw err;
        // A content encoding that does not decode: this record's fault, and the stream goes on.
        await record.skipFully().catch(() => {});
        if (unread(record) > 0) throw streamError('cut short inside a record');
        whole = n;
        yield { kind: 'bad', n, ...meta, code: 'bad-input', reason: `content does not decode (${(err as Error).message})` };
        continue;
      }
      if (unread(record) > 0) throw streamError('cut short inside a record');
      whole = n;
      if (bytes === null) yield { kind: 'bad', n, ...meta, code: 'too-large', reason: `record content over ${opts.maxBytes} bytes (see --max-bytes)` };
      else yield { kind: 'page', n, ...meta, bytes, ...page };
    }
  } catch (err) {
    if (err instanceof StreamError) throw err;
    const why = failed.error ? ((failed.error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'cut short: gzip ends early' : `unreadable (${failed.error.message})`) : `unreadable (${(err as Error).message})`;
    throw streamError(why);
  }
}
