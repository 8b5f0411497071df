import { createWriteStream, unlinkSync } from 'node:fs';
import { link, lstat, mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { basename, dirname, join, relative, sep } from 'node:path';
import { quoteName } from '../display.js';
import type { OutputFormat } from '../types.js';

/**
 * The temporary file is created with 'wx', so a clash fails loudly rather than overwriting; the
 * suffix only keeps two writers of one path in one process apart. Math.random is enough for
 * that, and node:crypto would cost every run a few milliseconds of start-up.
 */
const tmpSuffix = (): string => Math.random().toString(36).slice(2, 10);

/**
 * Output files: written whole or not at all (a temp file in the same directory, then a rename
 * or link), never over an input, and never over an existing file unless forced.
 */

/** code: the errno code of a failed write, so a caller can tell a full disk from one bad path. */
export type Written = { ok: true } | { ok: false; reason: string; exists?: boolean; code?: string };

const EXTENSIONS: Record<OutputFormat, string> = { markdown: '.md', text: '.txt', json: '.json' };

/** dir + input's relative path, with the extension the format calls for. */
export function outputPath(dir: string, rel: string, format: OutputFormat): string {
  return join(dir, rel.replace(/(?<=[^/])\.[^./]*$/, '') + EXTENSIONS[format]);
}

async function regularOrMissing(path: string): Promise<'regular' | 'missing' | 'special'> {
  try {
    return (await stat(path)).isFile() ? 'regular' : 'special';
  } catch {
    return 'missing';
  }
}

/** A file's identity (device and inode): the same for every name it has, hard links and symlinks included. */
async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Identities of the files that must never be written: the inputs. */
export async function inputIdentities(paths: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const p of paths) {
    const id = await identity(p);
    if (id) out.add(id);
  }
  return out;
}

/**
 * Creates the directories from root down to dir one by one, refusing any that is a symbolic link
 * (or not a directory): a link inside --output-dir (out/sub -> ../elsewhere) must not take a write
 * out of it. root itself is the directory the user named, link or not.
 */
async function makeDirsInside(root: string, dir: string): Promise<string | null> {
  const rel = relative(root, dir);
  if (rel.startsWith('..')) return `${quoteName(dir)}: outside the output directory`;
  let at = root;
  for (const part of rel ? rel.split(sep) : []) {
    at = join(at, part);
    const info = await lstat(at).catch(() => null);
    if (!info) await mkdir(at).catch((err: NodeJS.ErrnoException) => { if (err.code !== 'EEXIST') throw err; });
    else if (info.isSymbolicLink()) return `${quoteName(at)}: refusing to write through a symbolic link in the output directory`;
    else if (!info.isDirectory()) return `${quoteName(at)}: cannot write (not a directory)`;
  }
  return null;
}

const reasonOf = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));

export interface WriteTarget {
  force: boolean;
  /** Identities of the inputs, which are never written. */
  protect: ReadonlySet<string>;
  /** The --output-dir the file must stay inside; nothing below it is followed if it is a link. */
  root?: string;
}

const cannotWrite = (path: string, err: unknown): Written => ({ ok: false, reason: `${quoteName(path)}: cannot write (${reasonOf(err)})`, code: (err as NodeJS.ErrnoException).code });
const alreadyExists = (path: string): Written => ({ ok: false, reason: `${quoteName(path)}: already exists (use --force to replace it)`, exists: true });

/** Whether path may be written, and how: 'special' files (devices, FIFOs) in place, others by a temporary file. */
async function checkTarget(path: string, opts: WriteTarget): Promise<Written | 'special' | 'temp'> {
  if (opts.root !== undefined) {
    try {
      await mkdir(opts.root, { recursive: true });
      const refused = await makeDirsInside(opts.root, dirname(path));
      if (refused) return { ok: false, reason: refused };
      if ((await lstat(path).catch(() => null))?.isSymbolicLink()) return { ok: false, reason: `${quoteName(path)}: refusing to write through a symbolic link in the output directory` };
    } catch (err) {
      return cannotWrite(path, err);
    }
  }
  const kind = await regularOrMissing(path);
  const id = kind === 'missing' ? null : await identity(path);
  if (id && opts.protect.has(id)) return { ok: false, reason: `${quoteName(path)}: refusing to overwrite an input` };
  if (kind === 'special') return 'special';
  if (kind === 'regular' && !opts.force) return alreadyExists(path);
  return 'temp';
}

/**
 * Temporary files not yet put in place: a signal (SIGTERM from a scheduler, ^C) removes them
 * before the process dies (bin/extract.js), so a killed run leaves no partial file behind. Only
 * SIGKILL can leave one, under a hidden name that no output ever takes.
 */
const pendingTemps = new Set<string>();

export function removeTempFiles(): void {
  for (const tmp of pendingTemps) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pendingTemps.clear();
}

function tempFor(path: string): string {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${tmpSuffix()}.tmp`);
  pendingTemps.add(tmp);
  return tmp;
}

/** The finished temporary file takes the name: replacing it when forced, else only if it is still free. */
async function placeTemp(tmp: string, path: string, force: boolean): Promise<Written> {
  try {
    return await placeTempOnce(tmp, path, force);
  } finally {
    pendingTemps.delete(tmp);
  }
}

async function placeTempOnce(tmp: string, path: string, force: boolean): Promise<Written> {
  try {
    if (force) await rename(tmp, path);
    else {
      // link() fails if the target appeared meanwhile, where rename() would silently replace it.
      await link(tmp, path).catch(async (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST' || (await regularOrMissing(path)) !== 'missing') throw err;
        await rename(tmp, path); // a filesystem without hard links
      });
      await unlink(tmp).catch(() => {});
    }
    return { ok: true };
  } catch (err) {
    await unlink(tmp).catch(() => {});
    return (err as NodeJS.ErrnoException).code === 'EEXIST' ? alreadyExists(path) : cannotWrite(path, err);
  }
}

export async function writeFileAtomic(path: string, data: string, opts: WriteTarget): Promise<Written> {
  const check = await checkTarget(path, opts);
  if (typeof check !== 'string') return check;
  if (check === 'special') {
    // A device or FIFO (/dev/stdout, /dev/full, a named pipe) is written in place: renaming over it would replace it.
    try {
      const handle = await open(path, 'w');
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      return { ok: true };
    } catch (err) {
      return cannotWrite(path, err);
    }
  }
  const tmp = tempFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data, { flag: 'wx' });
  } catch (err) {
    await unlink(tmp).catch(() => {});
    pendingTemps.delete(tmp);
    return cannotWrite(path, err);
  }
  return placeTemp(tmp, path, opts.force);
}

/** A file written piece by piece and, only once whole, put in place: a shard of a record stream. */
export interface StreamedFile {
  write(data: string): Promise<Written>;
  /** Ends the file and gives it its name. */
  commit(): Promise<Written>;
  /** Leaves nothing behind. */
  abort(): Promise<void>;
}

/** gzip: the file is gzip-compressed as it is written (a .jsonl.gz shard). */
export async function openStreamed(path: string, opts: WriteTarget & { gzip: boolean }): Promise<Written & { file?: StreamedFile }> {
  const check = await checkTarget(path, opts);
  if (typeof check !== 'string') return check;
  const tmp = check === 'special' ? path : tempFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    return cannotWrite(path, err);
  }
  const out = createWriteStream(tmp, { flags: check === 'special' ? 'w' : 'wx' });
  const sink: Writable = opts.gzip ? createGzip() : out;
  if (opts.gzip) sink.pipe(out);
  let failure: unknown = null;
  const fail = (err: unknown): void => void (failure ??= err);
  out.on('error', fail);
  sink.on('error', fail);
  const file: StreamedFile = {
    write: async (data) => {
      if (failure) return cannotWrite(path, failure);
      if (!sink.write(data)) await new Promise<void>((resolve) => { sink.once('drain', resolve); out.once('error', () => resolve()); });
      return failure ? cannotWrite(path, failure) : { ok: true };
    },
    commit: async () => {
      sink.end();
      await finished(out).catch(fail);
      if (failure) {
        await file.abort();
        return cannotWrite(path, failure);
      }
      return check === 'special' ? { ok: true } : placeTemp(tmp, path, opts.force);
    },
    abort: async () => {
      out.destroy();
      if (check !== 'special') await unlink(tmp).catch(() => {});
      pendingTemps.delete(tmp);
    },
  };
  return { ok: true, file };
}
