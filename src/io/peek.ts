import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { constants, gunzipSync } from 'node:zlib';
import { detectFormat } from '../detect.js';
import type { InputFormat } from '../types.js';
import { type ContainerFormat, isGzip, sniffContainer } from './records.js';

/**
 * Whether an input is a record container (WARC, WARC.gz, NDJSON), told from its first bytes
 * without consuming the stream: stdin is read once, so what was peeked is handed on with the rest.
 */

const HEAD_BYTES = 4096;

export interface Sniffed {
  format: ContainerFormat | null;
  gzip: boolean;
}

/** The start of a gzip member, inflated as far as the given bytes go (a head is never a whole file). */
function inflateHead(head: Uint8Array): Uint8Array {
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array(0);
  }
}

export function sniff(head: Uint8Array): Sniffed {
  const gzip = isGzip(head);
  return { format: sniffContainer(gzip ? inflateHead(head) : head), gzip };
}

/** A page's kind from its first bytes (tags are ASCII in every charset pages use but UTF-16): a guess, never the decision. */
export function looksLike(head: Uint8Array): InputFormat {
  return detectFormat(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1'));
}

/**
 * Only a regular file is sniffed: a FIFO or a device gives its bytes once, so peeking would eat
 * the page (such an input is read as a page, or as records with --input-format).
 */
export async function sniffFile(path: string): Promise<Sniffed & { looks?: InputFormat }> {
  // Synchronous: a batch sniffs every file before it starts, and four trips through libuv's thread
  // pool per file cost more than the reads (a regular file's open and read do not block for long).
  let fd: number | null = null;
  try {
    if (!statSync(path).isFile()) return { format: null, gzip: false };
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const head = buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0));
    return { ...sniff(head), looks: looksLike(head) };
  } catch {
    // Unreadable: not a container; reading it as a page gives the one clear error.
    return { format: null, gzip: false };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The stream's first bytes and the whole stream again (peeked bytes first). */
export async function peekStream(stream: Readable): Promise<{ head: Buffer; whole: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buf = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(buf);
    size += buf.length;
  }
  async function* whole(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
  }
  return { head: Buffer.concat(chunks), whole: whole() };
}
