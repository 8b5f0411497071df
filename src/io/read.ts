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

const tooLarge = (max: number): ReadResult => ({ ok: false, reason: `input too large (over ${max} bytes; see --max-bytes)` });

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
    if (info.isFile() && info.size > maxBytes) return { ok: false, reason: `${label}: input too large (${info.size} bytes, limit ${maxBytes}; see --max-bytes)` };
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
