import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** The only code that reads input: a file path, or stdin for '-'. Bytes, never strings. */

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Default cap on input size: bigger pages are refused before any parsing (BAD-INPUTS.md #10). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file (ENOENT)',
  EISDIR: 'is a directory (EISDIR)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'permission denied (EPERM)',
  ELOOP: 'too many symbolic links (ELOOP)',
  ENOTDIR: 'a path component is not a directory (ENOTDIR)',
};

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (err instanceof Error ? err.message : String(err));
}

const over = (max: number): string => `input too large (over ${max} bytes; see --max-bytes)`;
const tooLarge = (max: number): ReadResult => ({ ok: false, reason: over(max) });
/** A file whose size is known before reading it. */
const fileTooLarge = (label: string, size: number, max: number): ReadResult => ({ ok: false, reason: `${label}: input too large (${size} bytes, limit ${max}; see --max-bytes)` });

/** A stream, or what is left of one after a peek (io/peek.ts). */
export async function readStream(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > maxBytes) {
      if ('destroy' in stream) stream.destroy();
      return tooLarge(maxBytes);
    }
    chunks.push(buf);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** label: the name the user gave, as messages show it. */
export async function readFileInput(path: string, maxBytes: number, label: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: `${label}: is a directory (EISDIR)` };
    if (info.isFile() && info.size > maxBytes) return fileTooLarge(label, info.size, maxBytes);
    const handle = await open(path, 'r');
    try {
      const result = await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
      return result.ok ? result : { ok: false, reason: `${label}: ${result.reason}` };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, reason: `${label}: ${describe(err)}` };
  }
}

/** The largest read at a time: a file that grows while it is read is still cut at maxBytes. */
const CHUNK_BYTES = 1 << 20;

/**
 * readFileInput without the event loop, for a worker, which runs one input at a time: each
 * asynchronous step of a read is a round trip through libuv's thread pool, and a batch of small
 * text dumps paid more for those than for reading. Only for a regular file (null otherwise): a
 * FIFO can block its open or its reads, and a worker blocked in a call cannot be ended at --timeout.
 */
export function readRegularFileSync(path: string, maxBytes: number, label: string): ReadResult | null {
  let fd: number | null = null;
  try {
    const info = statSync(path);
    if (!info.isFile()) return null;
    if (info.size > maxBytes) return fileTooLarge(label, info.size, maxBytes);
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, reason: `${label}: ${over(maxBytes)}` };
      chunks.push(buf.subarray(0, n));
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch {
    // The asynchronous reader gives the same error in its own words.
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
