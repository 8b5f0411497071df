import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decode, declaredCharset } from '../src/decode.js';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const cp1252 = (s: string): Uint8Array => iconv.encode(s, 'windows-1252');
const text = (r: ReturnType<typeof decode>): string => (r.ok ? r.text : `ERROR ${r.reason}`);

describe('decode', () => {
  test.each([
    ['UTF-8 without declaration', utf8('<p>Grüße aus München</p>'), 'Grüße aus München', 'utf-8'],
    ['windows-1252 declared as iso-8859-1, with „quotes“', cp1252('<meta charset=iso-8859-1><p>„Grüße“</p>'), '„Grüße“', 'windows-1252'],
    ['windows-1252 without declaration (invalid UTF-8)', cp1252('<p>Straße „zu“ Öl</p>'), 'Straße „zu“ Öl', 'windows-1252'],
    ['BOM wins over a meta charset', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<meta charset=windows-1252><p>Grüße</p>')]), 'Grüße', 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Grüße</p>', 'utf-16le')]), 'Grüße', 'utf-16le'],
    ['bogus meta label falls back to sniffing', utf8('<meta charset=bogus-label><p>Grüße</p>'), 'Grüße', 'utf-8'],
    ['meta charset without a value', utf8('<meta http-equiv="Content-Type" content="text/html; charset"><p>Grüße</p>'), 'Grüße', 'utf-8'],
  ])('%s', (_name, bytes, contains, encoding) => {
    const r = decode(bytes);
    expect(text(r)).toContain(contains);
    expect(r.ok && r.encoding).toBe(encoding);
  });

  test('invalid UTF-8 sequences in mostly-UTF-8 text become U+FFFD and NULs are dropped', () => {
    const bytes = Buffer.concat([utf8('Grüße Grüße Grüße Grüße Grüße Grüße Grüße Grüße Grüße Grüße Grüße '.repeat(5)), Buffer.from([0xc3, 0x28, 0x00])]);
    const r = decode(bytes);
    expect(text(r)).toContain('\ufffd');
    expect(text(r)).not.toContain('\u0000');
  });

  test.each([
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4])],
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['pdf', utf8('%PDF-1.7 ...')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['UTF-16 without BOM', iconv.encode('<p>hello world, this is text</p>', 'utf-16le')],
  ])('refuses %s', (_name, bytes) => {
    const r = decode(bytes);
    expect(r.ok).toBe(false);
  });

  test('--encoding overrides sniffing, and an unknown name is an error', () => {
    expect(text(decode(utf8('Grüße'), 'windows-1252'))).toBe('GrÃ¼ÃŸe');
    expect(decode(utf8('x'), 'no-such-charset').ok).toBe(false);
  });

  test('a declaration is looked for in the first 4096 bytes, not only 1024', () => {
    const late = utf8(`<!--${'x'.repeat(1100)}--><meta charset="windows-1252">`);
    expect(declaredCharset(late)).toBe('windows-1252');
    const tooLate = utf8(`<!--${'x'.repeat(5000)}--><meta charset="windows-1252">`);
    expect(declaredCharset(tooLate)).toBeNull();
  });
});
