import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chooseShards, manifestShards } from '../src/cli/shards.js';
import { DEFAULT_RECORD_FIELDS, ndjsonRecords, parseRecordFields } from '../src/io/ndjson-records.js';
import { sniff } from '../src/io/peek.js';
import { type RecordItem, StreamError, sniffContainer } from '../src/io/records.js';
import { warcRecords } from '../src/io/warc.js';
import { chunksOf, collect, warcBytes } from './warc-helpers.js';

/** The record readers (WARC, WARC.gz, NDJSON), container sniffing and shard choice. */

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const MAX = 1 << 20;
const warc = (bytes: Uint8Array, gzip = false, maxBytes = MAX) => collect(warcRecords(chunksOf(bytes), { gzip, maxBytes }));
const ndjson = (text: string | Uint8Array, opts: { gzip?: boolean; maxBytes?: number; fields?: typeof DEFAULT_RECORD_FIELDS } = {}) =>
  collect(ndjsonRecords(chunksOf(typeof text === 'string' ? enc(text) : text, 13), { gzip: opts.gzip ?? false, maxBytes: opts.maxBytes ?? MAX, fields: opts.fields ?? DEFAULT_RECORD_FIELDS }));
const pages = (items: RecordItem[]) => items.flatMap((i) => (i.kind === 'page' ? [i] : []));
const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

describe('sniffing a container from its first bytes', () => {
  test.each([
    ['a WARC', 'WARC/1.1\r\nWARC-Type: warcinfo\r\n', 'warc'],
    ['a WARC 1.0 after a BOM and blank line', '\ufeff\r\nWARC/1.0\r\n', 'warc'],
    ['NDJSON', '{"id": 1, "html": "<p>x</p>"}\n', 'ndjson'],
    ['NDJSON with a space inside the brace', '{ "url": "http://a/"}\n', 'ndjson'],
    ['an HTML page', '<!doctype html><html>', null],
    ['a text dump', 'Selenskyj sucht nach neuen Sicherheitsgarantien\n\nKiew.', null],
    ['a text dump that opens with a brace', '{Draft} notes from the meeting', null],
    ['a pretty-printed JSON document', '{\n  "title": "x"\n}', null],
    ['a dump that opens with a wrapped JSON blob', '{"categories":\n["docs","develop"],"description":"Overview\nof data types', null],
    ['NDJSON whose first record is longer than the head', `{"id": 1, "html": "${'x'.repeat(5000)}`, 'ndjson'],
    ['NDJSON with CRLF line ends', '{"id": 1, "text": "a"}\r\n{"id": 2, "text": "b"}\r\n', 'ndjson'],
  ])('%s', (_, head, format) => {
    expect(sniffContainer(enc(head))).toBe(format);
  });

  test('a gzip stream is looked into: WARC.gz is a container, a gzipped page is not', () => {
    expect(sniff(gzipSync('WARC/1.1\r\nWARC-Type: warcinfo\r\n'))).toEqual({ format: 'warc', gzip: true });
    expect(sniff(gzipSync('<html><body>x</body></html>'))).toEqual({ format: null, gzip: true });
    expect(sniff(Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2]))).toEqual({ format: null, gzip: true });
  });
});

describe('WARC records', () => {
  const archive = (gzip: boolean) =>
    warcBytes([
      { type: 'warcinfo' },
      { type: 'request', url: 'http://example.org/a' },
      { type: 'response', url: 'http://example.org/a', date: '2024-05-01T10:00:00Z', http: { 'Content-Type': 'text/html; charset=windows-1252' }, body: Uint8Array.from([...enc('<p>caf'), 0xe9, ...enc('</p>')]) },
      { type: 'response', url: 'http://example.org/logo.png', http: { 'Content-Type': 'image/png' }, body: 'PNG' },
      { type: 'response', url: 'http://example.org/gone', statusline: 'HTTP/1.1 404 Not Found', http: { 'Content-Type': 'text/html' }, body: '<p>not found</p>' },
      { type: 'metadata', url: 'http://example.org/a', contentType: 'application/warc-fields', body: 'outlinks: x\r\n' },
      { type: 'resource', url: 'http://example.org/r', contentType: 'text/html', body: '<p>resource</p>' },
      { type: 'conversion', url: 'http://example.org/a', contentType: 'text/plain', body: 'Plain text of the page.' },
    ], gzip);

  test.each([false, true])('pages come out in order with id, url, date, format and charset; the rest is counted by type (gzip %s)', async (gzip) => {
    const items = await warc(await archive(gzip), gzip);
    expect(items.map((i) => (i.kind === 'skipped' ? `skip:${i.why}` : i.kind))).toEqual(['skip:warcinfo', 'skip:request', 'page', 'skip:not-a-page', 'skip:status', 'skip:metadata', 'page', 'page']);
    const [html, resource, wet] = pages(items);
    expect(html).toMatchObject({ n: 3, id: '<urn:test:2>', url: 'http://example.org/a', date: '2024-05-01T10:00:00Z', format: 'html', charset: 'windows-1252' });
    expect(Buffer.from(html!.bytes)).toEqual(Buffer.from([...enc('<p>caf'), 0xe9, ...enc('</p>')]));
    expect(resource).toMatchObject({ format: 'html', url: 'http://example.org/r' });
    expect(wet).toMatchObject({ format: 'text' });
    expect(text(wet!.bytes)).toBe('Plain text of the page.');
  });

  test('WARC.gz (one gzip member per record) reads the same as the plain archive', async () => {
    const specs = [
      { type: 'warcinfo' as const },
      { type: 'response' as const, url: 'http://example.org/1', http: { 'Content-Type': 'text/html' }, body: '<p>one</p>' },
      { type: 'response' as const, url: 'http://example.org/2', http: { 'Content-Type': 'text/html' }, body: '<p>two</p>' },
    ];
    const plain = pages(await warc(await warcBytes(specs)));
    const gz = pages(await warc(await warcBytes(specs, true), true));
    expect(gz.map((p) => [p.url, text(p.bytes)])).toEqual([['http://example.org/1', '<p>one</p>'], ['http://example.org/2', '<p>two</p>']]);
    expect(gz.map((p) => text(p.bytes))).toEqual(plain.map((p) => text(p.bytes)));
  });

  test('content encodings are undone: chunked and gzip bodies come out as the page', async () => {
    const gz = gzipSync('<p>zipped</p>');
    const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
    const items = await warc(await warcBytes([{ type: 'response', http: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, body: chunked }]));
    expect(text(pages(items)[0]!.bytes)).toBe('<p>zipped</p>');
  });

  test('a record over --max-bytes is a bad record, and the records after it still come', async () => {
    const items = await warc(await warcBytes([
      { type: 'response', url: 'http://example.org/big', http: { 'Content-Type': 'text/html' }, body: `<p>${'x'.repeat(5000)}</p>` },
      { type: 'response', url: 'http://example.org/small', http: { 'Content-Type': 'text/html' }, body: '<p>small</p>' },
    ]), false, 1000);
    expect(items[0]).toMatchObject({ kind: 'bad', code: 'too-large', url: 'http://example.org/big' });
    expect(items[1]).toMatchObject({ kind: 'page', url: 'http://example.org/small' });
  });

  test.each([
    ['inside a record body', (b: Buffer) => b.subarray(0, b.lastIndexOf('<p>last') + 4), false],
    ['inside a record header', (b: Buffer) => b.subarray(0, b.lastIndexOf('WARC/1.1') + 30), false],
    ['a gzip member cut in half', (b: Buffer) => b.subarray(0, b.length - 40), true],
  ])('an archive cut %s is a stream error, after the whole records before the cut', async (_, cut, gzip) => {
    const bytes = await warcBytes([
      { type: 'response', url: 'http://example.org/1', http: { 'Content-Type': 'text/html' }, body: '<p>first page</p>' },
      { type: 'response', url: 'http://example.org/2', http: { 'Content-Type': 'text/html' }, body: `<p>last page ${'y'.repeat(300)}</p>` },
    ], gzip);
    const seen: RecordItem[] = [];
    await expect(async () => {
      for await (const item of warcRecords(chunksOf(cut(bytes)), { gzip, maxBytes: MAX })) seen.push(item);
    }).rejects.toThrow(StreamError);
    expect(seen.map((i) => (i.kind === 'page' ? i.url : i.kind))).toEqual(['http://example.org/1']);
  });
});

describe('NDJSON records', () => {
  test('html and text fields pick the path; id (any JSON value) and url pass through; blank lines are no records', async () => {
    const items = await ndjson('{"id": "a1", "url": "https://example.org/a", "html": "<p>caf\\u00e9</p>"}\r\n\n{"id": 7, "text": "Plain text."}\n{"html": "<p>last, no newline</p>"}');
    expect(items).toMatchObject([
      { kind: 'page', n: 1, id: 'a1', url: 'https://example.org/a', date: null, format: 'html', charset: 'utf-8' },
      { kind: 'page', n: 2, id: 7, url: null, format: 'text' },
      { kind: 'page', n: 3, id: null },
    ]);
    expect(text(pages(items)[0]!.bytes)).toBe('<p>café</p>');
  });

  test('a line that is no such object is a bad record and the stream goes on', async () => {
    const items = await ndjson('not json\n[1, 2]\n{"id": "x", "body": "<p>?</p>"}\n{"id": "ok", "text": "fine"}\n');
    expect(items.map((i) => (i.kind === 'bad' ? i.reason : i.kind))).toEqual(['not a JSON object', 'not a JSON object', 'no string field "html" or "text"', 'page']);
    expect(items[2]).toMatchObject({ id: 'x' });
  });

  test('--record-fields renames the fields', async () => {
    const fields = parseRecordFields('id=doc_id, html=body,url=link')!;
    expect(fields).toEqual({ id: 'doc_id', url: 'link', html: 'body', text: 'text' });
    const items = await ndjson('{"doc_id": "d1", "link": "http://a.example/", "body": "<p>x</p>"}\n', { fields });
    expect(items[0]).toMatchObject({ kind: 'page', id: 'd1', url: 'http://a.example/', format: 'html' });
    expect(parseRecordFields('title=x')).toBeNull();
    expect(parseRecordFields('html')).toBeNull();
  });

  test('a line over --max-bytes is a bad record, read past without holding it', async () => {
    const long = JSON.stringify({ id: 'big', html: `<p>${'z'.repeat(500)}</p>` });
    const items = await ndjson(`${long}\n{"id": "next", "text": "after"}\n${long}`, { maxBytes: 100 });
    expect(items.map((i) => `${i.kind}:${i.kind === 'bad' ? i.code : ''}`)).toEqual(['bad:too-large', 'page:', 'bad:too-large']);
  });

  test('gzip: read through, and a cut gzip is a stream error', async () => {
    const gz = gzipSync('{"id": 1, "text": "one"}\n{"id": 2, "text": "two"}\n');
    expect(pages(await ndjson(gz, { gzip: true })).map((p) => p.id)).toEqual([1, 2]);
    await expect(ndjson(gz.subarray(0, gz.length - 12), { gzip: true })).rejects.toThrow(StreamError);
  });
});

describe('shards: a manifest and an array job index', () => {
  const manifest = manifestShards('# shards of crawl 12\ns/a.warc.gz\n\n  s/b.warc.gz  \r\ns/c.jsonl\n');

  test('one path per line; blank lines and comments are no shards', () => {
    expect(manifest).toEqual(['s/a.warc.gz', 's/b.warc.gz', 's/c.jsonl']);
  });

  test.each([
    ['JOB_COMPLETION_INDEX', 0, 's/a.warc.gz'],
    ['AWS_BATCH_JOB_ARRAY_INDEX', 1, 's/b.warc.gz'],
    ['SLURM_ARRAY_TASK_ID', 2, 's/c.jsonl'],
  ])('%s=%i picks that line', (name, index, shard) => {
    expect(chooseShards(manifest, undefined, { [name]: String(index) })).toEqual({ ok: true, shards: [shard], index });
  });

  test('--shard-index wins over the environment; no index runs them all', () => {
    expect(chooseShards(manifest, 2, { JOB_COMPLETION_INDEX: '0' })).toMatchObject({ shards: ['s/c.jsonl'] });
    expect(chooseShards(manifest, undefined, {})).toMatchObject({ shards: manifest, index: null });
  });

  test('an index past the end, or not a number, is refused with the reason', () => {
    expect(chooseShards(manifest, 3, {})).toMatchObject({ ok: false, reason: expect.stringMatching(/past the manifest's last shard \(3 shards/) });
    expect(chooseShards(manifest, undefined, { SLURM_ARRAY_TASK_ID: '1-3' })).toMatchObject({ ok: false, reason: expect.stringMatching(/SLURM_ARRAY_TASK_ID="1-3" is not a shard index/) });
    expect(chooseShards([], undefined, {})).toMatchObject({ ok: false });
  });
});
