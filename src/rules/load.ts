import { backtrackRisk } from './redos.js';
import { createRequire } from 'node:module';
import { loadJsdom } from '../html/deps.js';
import { RULE_KINDS, type Rule, type RuleKind, type RuleMatch, type RuleScope } from '../types.js';
import { blockHit, elementHit } from './match.js';

/**
 * --rules FILE: extra rows in the built-in table's shape, as JSON or YAML, checked as strictly
 * as the built-in rows are: known kind and scope, exactly one matcher, a regex that compiles,
 * and examples that hit and miss as they say. Patterns are strings: "jobs?" (case-insensitive,
 * Unicode) or "/Jobs?/u" with explicit flags.
 */

const KINDS: readonly RuleKind[] = RULE_KINDS;
const SCOPES: readonly RuleScope[] = ['block', 'section', 'contents', 'box', 'rest'];
const MATCHERS = ['text', 'line', 'attr', 'selector'] as const;

export class RulesError extends Error {}

// Loaded on first use: only runs with --rules pay for the YAML parser at start-up.
const parseYaml = (source: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);

function regex(source: unknown, where: string): RegExp {
  if (typeof source !== 'string' || !source) throw new RulesError(`${where}: must be a non-empty string`);
  const literal = /^\/([\s\S]+)\/([dgimsuvy]*)$/.exec(source);
  try {
    // 'g' and 'y' make test() stateful between blocks; they are never what a row means.
    return literal ? new RegExp(literal[1]!, literal[2]!.replace(/[gy]/g, '')) : new RegExp(source, 'iu');
  } catch (err) {
    throw new RulesError(`${where}: invalid regular expression (${(err as Error).message})`);
  }
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new RulesError(`${where}: must be a list of strings`);
  return value as string[];
}

function hitsExample(rule: Rule, example: string): boolean {
  if (rule.match.selector) {
    const { document } = new (loadJsdom().JSDOM)('').window;
    document.body.innerHTML = example;
    const el = document.body.firstElementChild;
    return el ? elementHit(rule, el) : false;
  }
  if (rule.match.attr) return elementHit(rule, { id: '', getAttribute: () => example, matches: () => false });
  return blockHit(rule, { text: example });
}

function toRule(raw: unknown, index: number, seen: Set<string>): Rule {
  const at = `rule ${index + 1}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RulesError(`${at}: must be an object`);
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id.trim()) throw new RulesError(`${at}: needs an "id" string`);
  const where = `${at} (${r.id})`;
  if (seen.has(r.id)) throw new RulesError(`${where}: duplicate id`);
  seen.add(r.id);
  if (!KINDS.includes(r.kind as RuleKind)) throw new RulesError(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
  const scope = (r.scope ?? 'block') as RuleScope;
  if (!SCOPES.includes(scope)) throw new RulesError(`${where}: "scope" must be one of ${SCOPES.join(', ')}`);
  const lang = r.lang === undefined ? ['*'] : strings(r.lang, `${where}: "lang"`);
  const m = (r.match ?? {}) as Record<string, unknown>;
  const given = MATCHERS.filter((k) => m[k] !== undefined);
  if (given.length !== 1) throw new RulesError(`${where}: "match" needs exactly one of ${MATCHERS.join(', ')}`);
  const match: RuleMatch = {};
  if (m.selector !== undefined) {
    if (typeof m.selector !== 'string' || !m.selector.trim()) throw new RulesError(`${where}: match.selector must be a CSS selector`);
    try {
      new (loadJsdom().JSDOM)('').window.document.querySelector(m.selector);
    } catch {
      throw new RulesError(`${where}: match.selector is not a valid CSS selector`);
    }
    match.selector = m.selector;
  } else {
    const key = given[0] as 'text' | 'line' | 'attr';
    match[key] = regex(m[key], `${where}: match.${key}`);
  }
  if (m.maxWords !== undefined) {
    if (!Number.isInteger(m.maxWords) || (m.maxWords as number) < 1) throw new RulesError(`${where}: match.maxWords must be a positive integer`);
    match.maxWords = m.maxWords as number;
  }
  const ex = (r.examples ?? {}) as Record<string, unknown>;
  const rule: Rule = {
    id: r.id,
    kind: r.kind as RuleKind,
    lang,
    match,
    scope,
    examples: { hit: strings(ex.hit, `${where}: examples.hit`), miss: strings(ex.miss, `${where}: examples.miss`) },
    note: typeof r.note === 'string' ? r.note : '',
  };
  for (const e of rule.examples.hit) if (!hitsExample(rule, e)) throw new RulesError(`${where}: does not hit its example ${JSON.stringify(e)}`);
  for (const e of rule.examples.miss) if (hitsExample(rule, e)) throw new RulesError(`${where}: hits its miss example ${JSON.stringify(e)}`);
  // A row that can backtrack for minutes would cost every page of a batch its --timeout.
  const risk = backtrackRisk(rule);
  if (risk) throw new RulesError(`${where}: ${risk}`);
  return rule;
}

/** Text of a rules file -> rows, or a RulesError saying which row is wrong and why. */
export function parseRules(source: string, builtinIds: ReadonlySet<string> = new Set()): Rule[] {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (err) {
    throw new RulesError(`not valid JSON or YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(data) ? data : (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw new RulesError('expected a list of rules (or an object with a "rules" list)');
  const seen = new Set(builtinIds);
  return list.map((raw, i) => toRule(raw, i, seen));
}
