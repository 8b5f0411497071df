import { stat } from 'node:fs/promises';
import { quoteName } from '../display.js';
import type { InputFormat } from '../types.js';
import { basename, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

/**
 * Command-line arguments -> the inputs they name: files, directories (walked recursively),
 * globs (expanded by us, so quoting them keeps a shell from hitting its argument limit), http(s)
 * URLs and '-' for stdin. Each input carries `rel`, the path its output takes under --output-dir,
 * and `label`, its name as messages show it (quoted with visible escapes when it is not plain).
 */

export type Input =
  | { kind: 'stdin'; label: string; rel: string }
  /** looks: what the file's first bytes look like, which only picks the worker that runs it. */
  | { kind: 'file'; label: string; rel: string; path: string; looks?: InputFormat }
  | { kind: 'url'; label: string; rel: string; url: string }
  /** An argument that names no input: reported like an unreadable file, never a stop. */
  | { kind: 'invalid'; label: string; rel: string; reason: string }
  /** One page of a WARC or NDJSON stream; its bytes come with it (cli/records.ts). */
  | { kind: 'record'; label: string; rel: string };

export interface Expanded {
  inputs: Input[];
  /** Several inputs, or a directory or glob (whose count the user does not know beforehand). */
  batch: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.-]+):/i;
/** Characters that may make an argument a glob; tinyglobby (loaded only then) has the last word. */
const MAYBE_GLOB = /[*?[\]{}()!+@]/;
const globber = (): Promise<typeof import('tinyglobby')> => import('tinyglobby');

/** A path under --output-dir: relative, inside it, never climbing out with '..'. */
function safeRel(path: string): string {
  const rel = normalize(path).split(sep).filter((part) => part && part !== '.' && part !== '..').join(sep);
  return rel || 'index';
}

/** A file name's worth of a URL path segment: at most this many characters (file systems allow 255 bytes). */
const MAX_SEGMENT_CHARS = 120;

/** FNV-1a, 32 bits, as 8 hex digits: tells apart pages that differ only in their query. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** One decoded URL path segment as one file name: never '..', a separator or a control character. */
function segmentName(raw: string): string {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    s = raw;
  }
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/g, '_');
  if (/^\.+$/.test(s)) s = s.replace(/\./g, '_');
  return s.length > MAX_SEGMENT_CHARS ? `${s.slice(0, MAX_SEGMENT_CHARS)}_${shortHash(s)}` : s;
}

/**
 * example.org/news/a -> example.org/news/a; a trailing slash names an index page. The path is
 * split on its real slashes before decoding, so '%2F..%2F' stays inside its segment and never
 * climbs to another host's folder; the query and fragment become a short hash, never a path.
 */
export function urlRel(url: URL): string {
  const segments = url.pathname.split('/').slice(1);
  if (segments.length === 0 || segments[segments.length - 1] === '') segments[segments.length === 0 ? 0 : segments.length - 1] = 'index';
  const names = segments.filter((s) => s !== '').map(segmentName);
  const extra = url.search + url.hash;
  // Before the extension, which the output's own replaces.
  if (extra) names[names.length - 1] = names[names.length - 1]!.replace(/(?=(?<=[^.])\.[^.]*$)|$/, `_${shortHash(extra)}`);
  return [url.hostname, ...names].join('/');
}

function fileRel(arg: string): string {
  return isAbsolute(arg) || normalize(arg).startsWith('..') ? basename(arg) : safeRel(arg);
}

/** The directories before a glob's first wildcard: outputs keep the path below them. */
function globBase(pattern: string, isDynamicPattern: (p: string) => boolean): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function fromArg(arg: string, cwd: string): Promise<{ inputs: Input[]; many: boolean }> {
  if (arg === '-') return { inputs: [{ kind: 'stdin', label: '-', rel: 'stdin' }], many: false };
  const exists = await kindOf(resolve(cwd, arg));
  const scheme = SCHEME.exec(arg)?.[1]?.toLowerCase();
  if (!exists && scheme) {
    if (scheme !== 'http' && scheme !== 'https') return { inputs: [{ kind: 'invalid', label: quoteName(arg), rel: 'invalid', reason: `unsupported URL scheme "${scheme}:" (only http and https)` }], many: false };
    try {
      const url = new URL(arg);
      return { inputs: [{ kind: 'url', label: quoteName(arg), rel: urlRel(url), url: url.href }], many: false };
    } catch {
      return { inputs: [{ kind: 'invalid', label: quoteName(arg), rel: 'invalid', reason: 'not a valid URL' }], many: false };
    }
  }
  if (exists === 'dir') {
    const { glob } = await globber();
    const root = resolve(cwd, arg);
    const files = (await glob('**/*', { cwd: root, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false })).sort();
    if (files.length === 0) return { inputs: [{ kind: 'invalid', label: quoteName(arg), rel: 'invalid', reason: 'no files in this directory' }], many: true };
    return { inputs: files.map((f) => ({ kind: 'file', label: quoteName(join(arg, f)), rel: safeRel(f), path: join(root, f) })), many: true };
  }
  const tg = !exists && MAYBE_GLOB.test(arg) ? await globber() : null;
  if (tg?.isDynamicPattern(arg)) {
    const { glob, isDynamicPattern } = tg;
    const base = resolve(cwd, globBase(arg, isDynamicPattern));
    const files = (await glob(arg, { cwd, onlyFiles: true, dot: false, expandDirectories: false })).sort();
    if (files.length === 0) return { inputs: [{ kind: 'invalid', label: quoteName(arg), rel: 'invalid', reason: 'no file matches this pattern' }], many: true };
    return { inputs: files.map((f) => ({ kind: 'file', label: quoteName(f), rel: safeRel(relative(base, resolve(cwd, f))), path: resolve(cwd, f) })), many: true };
  }
  // A missing file stays an input: reading it gives the one clear error.
  return { inputs: [{ kind: 'file', label: quoteName(arg), rel: fileRel(arg), path: resolve(cwd, arg) }], many: false };
}

export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<Expanded> {
  // A name given twice is two inputs, as cat reads it twice; under --output-dir the second is a clash.
  const inputs: Input[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    const found = await fromArg(arg, cwd);
    batch ||= found.many;
    inputs.push(...found.inputs);
  }
  return { inputs, batch };
}
