/**
 * Needles: literal strings of which any match of a row's regex must contain at least one.
 * Blocks without any of a row's needles cannot hit it, and one scan for all rows' needles is
 * far cheaper than running every row on every block (rows are alternations led by \b, which
 * V8 tries at every position of the text).
 *
 * The reading is conservative: anything it does not understand (backreferences, code-point
 * escapes, the v flag, a syntax error) gives null, and such a row runs on every block.
 */

type Needles = string[] | null;

/** One item of a sequence: a literal character, a group's alternatives, or anything else. */
interface Item {
  lit?: string;
  alts?: Item[][];
  /** Zero-width (\b, ^, $, lookarounds): a literal run goes on across it. */
  zero?: boolean;
  min: number;
  max: number;
}

class Unsupported extends Error {}

/** A class with more characters than this ([aeiou…]) rules out too little to be worth a needle each. */
const MAX_CLASS_LITERALS = 6;

const QUANTIFIER = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/;
const LITERAL_ESCAPE = /^[\^$\\.*+?()[\]{}|/\-'"!#%&,:;<=>@`~ ]$/;

function parse(source: string): Item[][] {
  let i = 0;
  const alternatives = (): Item[][] => {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  };
  const group = (): Item => {
    i++;
    let look = false;
    if (source.startsWith('?:', i)) i += 2;
    else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (look = true);
    else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (look = true);
    else if (/^\?<[A-Za-z_$]/.test(source.slice(i, i + 3))) i = source.indexOf('>', i) + 1; // named: a backreference would throw in escape()
    else if (source[i] === '?') throw new Unsupported();
    const alts = alternatives();
    if (source[i++] !== ')') throw new Unsupported();
    return look ? { zero: true, min: 1, max: 1 } : { alts, min: 1, max: 1 };
  };
  /**
   * A class of a few plain characters ([Bb], [›»|]) is a choice of literals, matched in lower
   * case: one letter in both cases is that letter. Anything else (ranges, escapes, negation,
   * long lists) is one unknown character.
   */
  const charClass = (): Item => {
    const open = ++i;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    if (i++ >= source.length) throw new Unsupported();
    const body = source.slice(open, i - 1);
    const chars = [...new Set([...body].map((c) => c.toLowerCase()))];
    if (!body || /[\\^\-\[]/.test(body) || chars.length > MAX_CLASS_LITERALS) return { min: 1, max: 1 };
    if (chars.length === 1) return { lit: chars[0]!, min: 1, max: 1 };
    return { alts: chars.map((c) => [{ lit: c, min: 1, max: 1 }]), min: 1, max: 1 };
  };
  const escape = (): Item => {
    const e = source[i + 1] ?? '';
    i += 2;
    if (e === 'b' || e === 'B') return { zero: true, min: 1, max: 1 };
    if (e === 'p' || e === 'P') {
      i = source.indexOf('}', i) + 1;
      if (i === 0) throw new Unsupported();
      return { min: 1, max: 1 };
    }
    if (LITERAL_ESCAPE.test(e)) return { lit: e, min: 1, max: 1 };
    if (/^[dDwWsS]$/.test(e)) return { min: 1, max: 1 };
    throw new Unsupported(); // \n, \u, \x, \c, \0, \k, backreferences: not worth reading
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const c = source[i]!;
      let item: Item;
      if (c === '(') item = group();
      else if (c === '[') item = charClass();
      else if (c === '\\') item = escape();
      else if (c === '^' || c === '$') (i++, (item = { zero: true, min: 1, max: 1 }));
      else if (c === '.') (i++, (item = { min: 1, max: 1 }));
      else if ('*+?{}'.includes(c)) throw new Unsupported();
      else (i++, (item = { lit: c, min: 1, max: 1 }));
      const q = QUANTIFIER.exec(source.slice(i, i + 20));
      if (q) {
        i += q[0].length;
        const head = q[0][0];
        item.min = head === '*' || head === '?' ? 0 : head === '+' ? 1 : Number(q[1]);
        item.max = head === '*' || head === '+' ? Infinity : head === '?' ? 1 : q[2] ? (q[3] ? Number(q[3]) : Infinity) : item.min;
      }
      items.push(item);
    }
    return items;
  };
  const alts = alternatives();
  if (i !== source.length) throw new Unsupported();
  return alts;
}

function ofAlternatives(alts: Item[][]): Needles {
  const out: string[] = [];
  for (const seq of alts) {
    const n = ofSequence(seq);
    if (!n) return null;
    out.push(...n);
  }
  return out;
}

const RARE_CHAR_STRENGTH = 3;
const COMMON_CHAR = /[a-z0-9 .,;:!?'"()\-]/;

/**
 * How much a needle rules out: its length, where a character outside lower-case ASCII letters,
 * digits and common punctuation counts three times: '©' occurs in few blocks, 'ap' in most.
 */
export function needleStrength(needle: string): number {
  let n = 0;
  for (const c of needle) n += COMMON_CHAR.test(c) ? 1 : RARE_CHAR_STRENGTH;
  return n;
}

/** A sequence needs every one of its runs of plain characters, and one needle of each required group: the strongest choice wins (needleStrength). */
function ofSequence(seq: Item[]): Needles {
  const choices: string[][] = [];
  let run = '';
  const flush = (): void => {
    if (run) choices.push([run]);
    run = '';
  };
  for (const item of seq) {
    if (item.zero) continue;
    if (item.lit !== undefined && item.min >= 1) {
      run += item.lit;
      if (item.max !== 1) flush(); // "s+": the run needs one "s", and what follows may not touch it
      continue;
    }
    flush();
    if (item.alts && item.min >= 1) {
      const n = ofAlternatives(item.alts);
      if (n) choices.push(n);
    }
  }
  flush();
  let best: Needles = null;
  let bestStrength = 0;
  for (const choice of choices) {
    const weakest = Math.min(...choice.map(needleStrength));
    if (weakest > bestStrength) (best = choice), (bestStrength = weakest);
  }
  return best;
}

/** The needles of a regex, for text as the regex reads it; null when it must run on every text. */
export function needlesOf(re: RegExp): Needles {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  try {
    const n = ofAlternatives(parse(re.source));
    return n && [...new Set(n)];
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
