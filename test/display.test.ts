import { describe, expect, test } from 'vitest';
import { quoted, quoteName, safeJson, stripUnsafe, visible } from '../src/display.js';

describe('display', () => {
  test.each([
    ['page.html', 'page.html'],
    ['dir/a b.html', 'dir/a b.html'],
    ['a\u001b[2Jb', '"a\\e[2Jb"'],
    ['tab\there\n', '"tab\\there\\n"'],
    ['c1\u009b', '"c1\\x9b"'],
    ['bidi\u202egnp.exe', '"bidi\\u{202e}gnp.exe"'],
    ['quote"back\\', '"quote\\"back\\\\"'],
  ])('quoteName(%j) = %s', (name, shown) => expect(quoteName(name)).toBe(shown));

  test('quoted always quotes', () => expect(quoted('a.b')).toBe('"a.b"'));

  test('visible keeps newlines and tabs, shows the rest', () => {
    expect(visible('line one\n\tline \u0007two\u2066')).toBe('line one\n\tline \\atwo\\u{2066}');
  });

  test('stripUnsafe removes what visible would show', () => {
    expect(stripUnsafe('a\u001b[2Jb\u0085c\u202ed\n\te')).toBe('a[2Jbcd\n\te');
  });

  test('safeJson parses back to the same value, with no unsafe byte in it', () => {
    const value = { s: 'x\u009b\u202e\u001b\u007fy' };
    const json = safeJson(value);
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
