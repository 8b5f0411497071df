/**
 * How names, arguments and messages are shown on a terminal. Everything extract prints may come
 * from a hostile page or a hostile file name, so nothing it prints holds a C0 or C1 control
 * character (other than newline and tab) or a bidirectional override: names and arguments are
 * shown with visible escapes, as git and ls show them, and page text is stripped (clean-text.ts).
 */

/** C1, DEL and the bidi embeddings, overrides and isolates; with C0 added below as each use needs. */
const UNSAFE_ABOVE_C0 = '\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
/** Everything unsafe but newline and tab: what messages and output may not hold. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${UNSAFE_ABOVE_C0}]`, 'g');
/**
 * The same class without the g flag, to ask first: V8's global replace walks a long string with
 * no match about ten times slower than test(), and output almost never holds one.
 */
const HAS_UNSAFE = new RegExp(UNSAFE.source);
/** In a name, newline and tab are unsafe too, and quotes and backslashes need escaping. */
const UNSAFE_OR_QUOTE = new RegExp(`[\\u0000-\\u001f${UNSAFE_ABOVE_C0}"\\\\]`, 'g');

const NAMED: Record<string, string> = { '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e', '"': '\\"', '\\': '\\\\' };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
}

/** A name as is when it is plain, else in double quotes with C-style escapes ("a\ebc"). */
export function quoteName(name: string): string {
  return quoted(name) === `"${name}"` ? name : quoted(name);
}

/** An argument value in double quotes, escaped the same way: `--drop-selector "a\e[2J"`. */
export function quoted(value: string): string {
  return `"${value.replace(UNSAFE_OR_QUOTE, escapeChar)}"`;
}

/** A message for stderr with every unsafe character shown as an escape; newlines and tabs stay. */
export function visible(message: string): string {
  return HAS_UNSAFE.test(message) ? message.replace(UNSAFE, escapeChar) : message;
}

/** Output text with every unsafe character removed: the last guard before stdout or a file. */
export function stripUnsafe(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, '') : text;
}

/**
 * JSON whose bytes hold no unsafe character: JSON.stringify escapes C0 itself but writes C1,
 * DEL and the bidi controls raw. The parsed values are unchanged.
 */
export function safeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  return HAS_UNSAFE.test(json) ? json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
