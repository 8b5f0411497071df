import { createRequire } from 'node:module';
import type { Rule } from '../types.js';
import { DEFAULT_LINE_MAX_WORDS, DEFAULT_TEXT_MAX_WORDS, MAX_ATTR_TOKEN_CHARS, MAX_CHARS_PER_WORD, wordCount } from './match.js';

/**
 * Catastrophic backtracking in a rule's regex, found before the row runs on any page. recheck
 * (makenowjust-labs; the one maintained checker that proves what it says: it finds the ambiguous
 * part of a pattern and builds the attack string that pumps it, for exponential and polynomial
 * cases alike, where safe-regex2 only counts nested quantifiers and misses overlapping
 * alternatives). Loaded only when a row is checked: user --rules rows at load time, and the
 * built-in table in a test.
 *
 * A row never reads more than its bound (maxWords words, 40 characters a word; an attr row one
 * class token), so what matters is how many times the attack's ambiguous part fits inside that
 * bound: a pattern exponential in principle is harmless when only a few repetitions fit.
 */

/**
 * Exponential: at most this many repetitions of the ambiguous part may fit in the row's bound.
 * Each repetition multiplies the work (by 2 to 6 in the rows measured); 8 keeps the worst case
 * in the milliseconds. The breadcrumb row once let 100 fit: 14 took 390 s.
 */
export const MAX_EXPONENTIAL_REPEATS = 8;
/** Polynomial: repetitions^degree steps at most (about a tenth of a second of backtracking). */
export const MAX_POLYNOMIAL_STEPS = 1e8;
/**
 * recheck's own limit per pattern; past it the answer is "unknown", which is let through (only a
 * proven risk refuses a row). The slowest built-in pattern takes ~7 s on an idle core; the
 * margin keeps a busy machine's answers the same.
 */
const CHECK_TIMEOUT_MS = 60_000;

interface Pump {
  pump: string;
}
interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: 'exponential' | 'polynomial' | 'safe'; degree?: number; summary: string };
  attack?: { pumps: Pump[]; pattern: string };
}
type CheckSync = (source: string, flags: string, params?: { timeout?: number }) => Diagnostics;

let checker: CheckSync | undefined;
function checkSync(): CheckSync {
  checker ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync;
  return checker;
}

/** How much text a row's regex can ever see. */
export function boundOf(rule: Rule): { chars: number; words: number } {
  const { text, line, attr, maxWords } = rule.match;
  if (attr) return { chars: MAX_ATTR_TOKEN_CHARS, words: Number.POSITIVE_INFINITY };
  const words = maxWords ?? (line ? DEFAULT_LINE_MAX_WORDS : text ? DEFAULT_TEXT_MAX_WORDS : 0);
  return { chars: words * MAX_CHARS_PER_WORD, words };
}

/** Why this row's regex can backtrack for too long on text within its bound, or null. */
export function backtrackRisk(rule: Rule): string | null {
  const re = rule.match.text ?? rule.match.line ?? rule.match.attr;
  if (!re) return null;
  const d = checkSync()(re.source, re.flags, { timeout: CHECK_TIMEOUT_MS });
  if (d.status !== 'vulnerable' || !d.complexity || !d.attack) return null;
  const bound = boundOf(rule);
  const pumped = d.attack.pumps.map((p) => p.pump).join('');
  const words = wordCount(pumped);
  const repeats = Math.min(Math.floor(bound.chars / Math.max(1, pumped.length)), words > 0 ? Math.floor(bound.words / words) : Number.POSITIVE_INFINITY);
  const attack = `an input like ${d.attack.pattern.slice(0, 80)}`;
  if (d.complexity.type === 'exponential' && repeats > MAX_EXPONENTIAL_REPEATS) {
    return `its pattern backtracks exponentially (${attack}; ${repeats} repetitions fit in ${bound.chars} characters): make each part of a line match one way only`;
  }
  const degree = d.complexity.degree ?? 2;
  if (d.complexity.type === 'polynomial' && repeats ** degree > MAX_POLYNOMIAL_STEPS) {
    return `its pattern backtracks in polynomial time of degree ${degree} (${attack}; ${repeats} repetitions fit in ${bound.chars} characters): make each part of a line match one way only, or lower maxWords`;
  }
  return null;
}
