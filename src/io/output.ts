import { link, lstat, mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
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

/** root: the --output-dir the file must stay inside; nothing below it is followed if it is a link. */
export async function writeFileAtomic(path: string, data: string, opts: { force: boolean; protect: ReadonlySet<string>; root?: string }): Promise<Written> {
  if (opts.root !== undefined) {
    try {
      await mkdir(opts.root, { recursive: true });
      const refused = await makeDirsInside(opts.root, dirname(path));
      if (refused) return { ok: false, reason: refused };
      if ((await lstat(path).catch(() => null))?.isSymbolicLink()) return { ok: false, reason: `${quoteName(path)}: refusing to write through a symbolic link in the output directory` };
    } catch (err) {
      return { ok: false, reason: `${quoteName(path)}: cannot write (${reasonOf(err)})`, code: (err as NodeJS.ErrnoException).code };
    }
  }
  const kind = await regularOrMissing(path);
  const id = kind === 'missing' ? null : await identity(path);
  if (id && opts.protect.has(id)) return { ok: false, reason: `${quoteName(path)}: refusing to overwrite an input` };
  if (kind === 'special') {
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
      return { ok: false, reason: `${quoteName(path)}: cannot write (${reasonOf(err)})`, code: (err as NodeJS.ErrnoException).code };
    }
  }
  if (kind === 'regular' && !opts.force) return { ok: false, reason: `${quoteName(path)}: already exists (use --force to replace it)`, exists: true };
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${tmpSuffix()}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data, { flag: 'wx' });
    if (opts.force) await rename(tmp, path);
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
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, reason: `${quoteName(path)}: already exists (use --force to replace it)`, exists: true };
    return { ok: false, reason: `${quoteName(path)}: cannot write (${reasonOf(err)})`, code: (err as NodeJS.ErrnoException).code };
  }
}
