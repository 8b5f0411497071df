import { quoted } from './display.js';
import { isUtf8 } from 'node:buffer';
import type * as Iconv from 'iconv-lite';
import { createRequire } from 'node:module';

/**
 * Bytes -> string. Order: refuse binary, --encoding, BOM, declared charset (meta / XML),
 * UTF-8 when valid (or nearly so), else Windows-1252. iconv-lite decodes the legacy
 * charsets because Node 20's TextDecoder gets windows-1252 0x80-0x9F wrong (BAD-INPUTS.md).
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; how: 'forced' | 'bom' | 'transport' | 'declared' | 'utf-8' | 'fallback' }
  | { ok: false; reason: string };

/** How far into the page a charset declaration is looked for; browsers use 1024, real pages overrun it. */
export const CHARSET_SCAN_BYTES = 4096;
/** Share of control bytes above which input is treated as binary, not text. */
const MAX_CONTROL_SHARE = 0.01;
const BINARY_SAMPLE_BYTES = 65536;
/** Invalid sequences per non-ASCII byte below which bytes are "mostly UTF-8" and get U+FFFD. */
const MOSTLY_UTF8_INVALID_SHARE = 0.05;

const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['gzip', [0x1f, 0x8b]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
];

/** WHATWG maps these labels to supersets; iconv-lite would decode them too narrowly. */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

const require = createRequire(import.meta.url);
let iconvLib: typeof Iconv | null = null;

/** Loaded on first use: valid UTF-8 without a declared charset (most dumps) never needs it, and it costs ~6 ms of start-up. */
function iconv(): typeof Iconv {
  return (iconvLib ??= require('iconv-lite') as typeof Iconv);
}

export function normalizeLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  const name = LABEL_ALIASES[l] ?? l;
  return iconv().encodingExists(name) ? name : null;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  // ASCII text in UTF-16 has a NUL in every other byte.
  if (n >= 8 && Math.max(evenNul, oddNul) > n * 0.3) return 'UTF-16 without BOM';
  return control > n * MAX_CONTROL_SHARE ? 'binary data' : null;
}

function bomEncoding(bytes: Uint8Array): [string, number] | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return ['utf-8', 3];
  if (startsWith(bytes, [0xff, 0xfe])) return ['utf-16le', 2];
  if (startsWith(bytes, [0xfe, 0xff])) return ['utf-16be', 2];
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i;

/** The charset a page declares in its first CHARSET_SCAN_BYTES, if it names one we can decode. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1');
  const m = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  const name = m?.[1] ? normalizeLabel(m[1]) : null;
  // A page cannot declare UTF-16 in ASCII bytes; browsers read such pages as UTF-8.
  return name?.startsWith('utf-16') ? 'utf-8' : name;
}

/** Count of invalid UTF-8 sequences and of non-ASCII bytes, in one pass. */
function utf8Errors(bytes: Uint8Array): { invalid: number; nonAscii: number } {
  let invalid = 0;
  let nonAscii = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    nonAscii++;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    // Overlong 3-byte forms and UTF-16 surrogates are invalid too.
    if (ok && b === 0xe0) ok = bytes[i + 1]! >= 0xa0;
    if (ok && b === 0xed) ok = bytes[i + 1]! < 0xa0;
    if (ok && b === 0xf0) ok = bytes[i + 1]! >= 0x90;
    if (ok && b === 0xf4) ok = bytes[i + 1]! < 0x90;
    if (ok) { nonAscii += need; i += need + 1; } else { invalid++; i++; }
  }
  return { invalid, nonAscii };
}

const UTF8 = new TextDecoder('utf-8');

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * `forced` (--encoding) beats everything; `transport` (an HTTP charset) yields to a BOM but
 * beats the page's own declaration, as in browsers.
 */
export function decode(bytes: Uint8Array, forced?: string, transport?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (forced !== undefined) {
    const name = normalizeLabel(forced);
    if (!name) return { ok: false, reason: `unknown encoding ${quoted(forced)}` };
    return { ok: true, text: clean(decodeWith(bytes.subarray(bom?.[1] ?? 0), name)), encoding: name, how: 'forced' };
  }
  if (bom) return { ok: true, text: clean(decodeWith(bytes.subarray(bom[1]), bom[0])), encoding: bom[0], how: 'bom' };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, reason: `binary input (${binary}), not a page` };
  const fromTransport = transport ? normalizeLabel(transport) : null;
  if (fromTransport) return { ok: true, text: clean(decodeWith(bytes, fromTransport)), encoding: fromTransport, how: 'transport' };
  const declared = declaredCharset(bytes);
  if (declared) return { ok: true, text: clean(decodeWith(bytes, declared)), encoding: declared, how: 'declared' };
  // The native check and decoder: most input is valid UTF-8, and iconv's stream wrapper costs more.
  if (isUtf8(bytes)) return { ok: true, text: clean(UTF8.decode(bytes)), encoding: 'utf-8', how: 'utf-8' };
  const { invalid, nonAscii } = utf8Errors(bytes);
  if (invalid <= nonAscii * MOSTLY_UTF8_INVALID_SHARE) {
    return { ok: true, text: clean(decodeWith(bytes, 'utf-8')), encoding: 'utf-8', how: 'utf-8' };
  }
  return { ok: true, text: clean(decodeWith(bytes, 'windows-1252')), encoding: 'windows-1252', how: 'fallback' };
}

/** NUL never belongs in text output; a BOM that survived decoding is not content. */
function clean(text: string): string {
  return text.replace(/\u0000/g, '').replace(/^\uFEFF/, '');
}
