import type { Block, Removal, Rule } from '../types.js';
import { cleanText, collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { wordCount } from './match.js';
import { firstHit, rowSetOf } from './row-set.js';

/**
 * The one rule engine. It knows matchers and scopes, never kinds: a new kind of boilerplate
 * is a new row in rules/table/, not a new branch here.
 */

const PREVIEW_CHARS = 80;

export function preview(text: string): string {
  const t = collapseSpace(cleanText(text));
  return t.length > PREVIEW_CHARS ? `${t.slice(0, PREVIEW_CHARS - 1)}…` : t;
}

/**
 * Rows for a page's languages (declared and detected may differ; both count), English
 * (boilerplate is English on many sites) and '*'. No known language: all rows.
 */
export function rulesFor(rules: readonly Rule[], ...langs: Array<string | null>): Rule[] {
  const known = langs.filter((l): l is string => Boolean(l));
  if (known.length === 0) return [...rules];
  return rules.filter((r) => r.lang.includes('*') || r.lang.includes('en') || known.some((l) => r.lang.includes(l)));
}

const levelOf = (b: Block): number => (b.type === 'heading' ? b.level ?? 2 : 7);

/**
 * A section ends where prose of sectionEndWords resumes, or a shorter paragraph of sentences
 * outside links (sectionEndSentenceWords: params.ts): news styles of one sentence a paragraph
 * lost the rest of the article to a widget's heading ("Trending") left among them.
 */
function isLongProse(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  const words = wordCount(b.text);
  return words >= param('sectionEndWords') || (words >= param('sectionEndSentenceWords') && b.linkDensity < param('sectionEndMaxLinkDensity') && /[.!?"”]$/u.test(b.text));
}

/** Index after the last block a hit at i reaches. */
function scopeEnd(blocks: readonly Block[], i: number, rule: Rule, opts: ApplyOptions): number {
  // A list item or a link ("View comments") is an entry in a menu, never the heading of what follows.
  const hit = blocks[i]!;
  if (rule.scope === 'block' || hit.type === 'list-item' || opts.entry?.(i) || hit.linkDensity >= param('linkBlockMinDensity')) return i + 1;
  // A paragraph of prose that asks for comments ("… Leave a comment below!") is the article's
  // own last word, not the head of a comment section: it goes alone.
  if (rule.scope !== 'box' && hit.type === 'paragraph' && wordCount(hit.text) >= param('sectionEndWords')) return i + 1;
  if (rule.scope === 'rest' && i >= ((rule.match.line ? opts.restHeadingsFrom : undefined) ?? opts.restAllowedFrom ?? 0)) return blocks.length;
  const level = levelOf(blocks[i]!);
  const prose = opts.isProse ?? ((j: number) => isLongProse(blocks[j]!));
  // A table of contents lists the headings that follow it: where one of its first entries comes
  // again, the contents are over (a later entry may repeat inside a long contents: "Outlook" per chapter).
  const entries = rule.scope === 'contents' ? new Set<string>() : null;
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const b = blocks[j]!;
    const headed = rule.scope === 'box' && j === i + 1;
    if ((b.type === 'heading' && levelOf(b) <= level) || (prose(j) && !headed)) break;
    if (entries) {
      const entry = entryOf(b.text);
      if (entries.has(entry)) break;
      if (entries.size < param('contentsRestartEntries')) entries.add(entry);
    }
  }
  return j;
}

/** A line as a contents entry: no numbering, list marker or edit link around its words. */
function entryOf(text: string): string {
  return collapseSpace(text.toLowerCase().replace(/\[edit\]|^[\s\d.)\-–*•]+|[\s:.]+$/gu, ' '));
}

/** Index of the first block with restAfterWords of prose above it (isProse says which blocks count): from there on a 'rest' hit reaches the end. */
export function restStart(blocks: readonly Block[], isProse: (index: number) => boolean): number {
  let words = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (words >= param('restAfterWords')) return i;
    if (isProse(i)) words += wordCount(blocks[i]!.text);
  }
  return blocks.length;
}

export interface ApplyOptions {
  /** 'rest' rows reach to the end only from this index on (after the article has begun); before it they act as 'section'. */
  restAllowedFrom?: number;
  /**
   * The same for 'rest' rows that match a whole line (a heading): a sidebar box titled "Join the
   * discussion" can sit above the article, where a comment form's own text never does.
   */
  restHeadingsFrom?: number;
  /** Blocks the caller reads as entries of a run of lines (a menu or a list printed without marks): they go alone, as a list item does. */
  entry?: (index: number) => boolean;
  /** Blocks the caller protects (e.g. the title); they are never removed. */
  protect?: ReadonlySet<number>;
  /** Where prose resumes and a section ends; by default a paragraph of sectionEndWords or more. */
  isProse?: (index: number) => boolean;
  /** A section that would take more than this share of the blocks' words goes alone instead (a grid or an index: see text/assemble.ts). */
  sectionMaxShare?: number;
}

/** The section cap (ApplyOptions.sectionMaxShare) of a block list: its word limit, and any section's words by one subtraction. */
function sectionCap(blocks: readonly Block[], share: number): { max: number; wordsIn: (from: number, to: number) => number } {
  const at = [0];
  for (const b of blocks) at.push(at[at.length - 1]! + wordCount(b.text));
  return { max: share * at[blocks.length]!, wordsIn: (from, to) => at[to]! - at[from]! };
}

/** Section-opening hits whose text the page repeats itemRepeats times or more: labels of a list's items, which open no section. */
function itemLabels(blocks: readonly Block[], direct: ReadonlyArray<Rule | undefined>): Set<number> {
  const byEntry = new Map<string, number[]>();
  direct.forEach((rule, i) => {
    if (!rule || rule.scope === 'block') return;
    const entry = entryOf(blocks[i]!.text);
    const at = byEntry.get(entry);
    if (at) at.push(i);
    else byEntry.set(entry, [i]);
  });
  return new Set([...byEntry.values()].filter((at) => at.length >= param('itemRepeats')).flat());
}

/**
 * Applies text/line rows to a block list. Returns the removed indices, each with its reason.
 * A block hit by a row of its own keeps that row as its reason even inside another hit's section.
 */
export function applyRules(blocks: readonly Block[], rules: readonly Rule[], opts: ApplyOptions = {}): Map<number, Removal> {
  const rows = rowSetOf(rules);
  const direct = blocks.map((b, i) => (opts.protect?.has(i) ? undefined : firstHit(rows, b.text)));
  const removed = new Map<number, Removal>();
  const mark = (j: number, rule: Rule): void => {
    if (!removed.has(j) && !opts.protect?.has(j)) removed.set(j, { rule: rule.id, kind: rule.kind, preview: preview(blocks[j]!.text) });
  };
  const labels = itemLabels(blocks, direct);
  const cap = opts.sectionMaxShare === undefined ? null : sectionCap(blocks, opts.sectionMaxShare);
  direct.forEach((rule, i) => {
    if (!rule) return;
    mark(i, rule);
    const reach = labels.has(i) ? i + 1 : scopeEnd(blocks, i, rule, opts);
    const end = cap && rule.scope !== 'rest' && cap.wordsIn(i + 1, reach) > cap.max ? i + 1 : reach;
    for (let j = i + 1; j < end; j++) if (!direct[j]) mark(j, rule);
  });
  return removed;
}
