import { WARCRecord, WARCSerializer } from 'warcio';

/** WARC files for the tests, made with warcio's writer (digests and lengths as a crawler writes them). */

export interface RecordSpec {
  type: 'response' | 'request' | 'resource' | 'conversion' | 'metadata' | 'revisit' | 'warcinfo';
  url?: string;
  date?: string;
  /** HTTP headers of a response; the status line is statusline (default 200 OK). */
  http?: Record<string, string>;
  statusline?: string;
  /** The WARC header Content-Type of a resource or conversion record. */
  contentType?: string;
  body?: string | Uint8Array;
}

export async function warcBytes(records: readonly RecordSpec[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : (r.body ?? new Uint8Array(0));
    const content = (async function* () {
      if (body.length) yield body;
    })();
    let record: WARCRecord;
    if (r.type === 'warcinfo') record = await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'extract tests' });
    else {
      const warcHeaders: Record<string, string> = { 'WARC-Record-ID': `<urn:test:${parts.length}>` };
      if (r.contentType) warcHeaders['Content-Type'] = r.contentType;
      const withHttp = r.type === 'response' || r.type === 'request' || r.type === 'revisit';
      record = WARCRecord.create(
        {
          url: r.url ?? 'http://example.org/',
          date: r.date ?? '2024-05-01T10:00:00Z',
          type: r.type,
          warcVersion: 'WARC/1.1',
          warcHeaders,
          ...(withHttp ? { httpHeaders: r.http ?? {}, statusline: r.statusline ?? (r.type === 'request' ? 'GET / HTTP/1.1' : 'HTTP/1.1 200 OK') } : {}),
        },
        content,
      );
    }
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

/** An article page of paragraphs with a title: enough text that extract finds an article. */
export function articlePage(title: string, paragraphs = 4): string {
  const p = Array.from({ length: paragraphs }, (_, i) => `<p>${title}, paragraph ${i + 1}: the committee met on Tuesday and agreed that the old bridge over the river will be repaired before the winter, after engineers found cracks in two of its supports.</p>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>\n${p}</article></body></html>`;
}

export async function* chunksOf(bytes: Uint8Array, size = 97): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
