import { wordCount } from '../rules/match.js';
import { param } from '../params.js';
import type { Block, Favor } from '../types.js';
import type { Verdict } from './classify.js';

/**
 * How a rule hit enters the core search (assemble.ts decides which): article furniture or other
 * boilerplate, the heading of a section that closes the article, or a comment section's.
 */
export const RULE_HIT = { plain: 'rule', inline: 'rule-inline', closing: 'rule-closing', comments: 'rule-comments' } as const;
const RULE_HITS: ReadonlySet<string> = new Set(Object.values(RULE_HIT));

/**
 * Our pass after jusText's: the page's core (the maximum-sum run of prose, and the runs that
 * continue it), what joins it at its edges (a heading, short sentences, a standfirst), and what
 * below it is no article (small runs, anything under a comment section).
 */

/**
 * Weights of the core search, in characters of text: a good block counts in full, a near-good
 * one by coreWeightNeargood, a short one not at all (any weight pulls menus into the core); a
 * block bad on its own (link row, repeated line, rule hit) counts against the run, at least
 * coreBadMinChars even when short, coreWeightBad times over (params.ts).
 */
/**
 * Bad only for its words (few stopwords, no sentence): ingredient lists, table rows and specs
 * inside an article read so too. Such a block counts against the core coreWeightLexicalBad times.
 */
const LEXICAL_BAD = new Set(['few-stopwords', 'no-sentence']);
/** Bad only where it stands: furniture inside articles (Rule.inline) weighs against a run as LEXICAL_BAD does. */
const LIGHT_BAD: ReadonlySet<string> = new Set([...LEXICAL_BAD, RULE_HIT.inline]);

/**
 * A row of an ingredient list or a data table (data-runs.ts) is short by nature, yet each one is
 * as much the article as a short paragraph: it weighs as at least coreDataRowMinChars characters,
 * so a recipe's list outweighs the rating widget or the repeated tab heading between it and the steps.
 */
const DATA_ROWS: ReadonlySet<string> = new Set(['quantity-row', 'table-row']);

/** A block's weight in the core search (see CORE_WEIGHT). */
function coreWeight(block: Block, v: Verdict): number {
  const len = block.text.length;
  if (v.cls === 'good') return len;
  if (v.cls === 'bad') return -Math.max(param('coreBadMinChars'), len) * param(LIGHT_BAD.has(v.reason) ? 'coreWeightLexicalBad' : 'coreWeightBad');
  const weight = v.cls === 'neargood' ? param('coreWeightNeargood') : 0;
  if (DATA_ROWS.has(v.reason)) return Math.max(len, param('coreDataRowMinChars')) * weight;
  return len * weight;
}

interface Run {
  span: [number, number];
  sum: number;
}

/** The maximum-sum run of weights[from..to). */
function bestRun(weights: readonly number[], from: number, to: number): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > (best?.sum ?? 0)) best = { span: [start, i], sum };
  }
  return best;
}

/**
 * Which runs beside the core join it: 'near', the nearest one worth coreSplitMinShare (a
 * listicle's next section past its next photo credit), unless a closing section lies between;
 * 'best', only the best run on that side (what the type stage measures: an index's items each
 * join the one next to them, and the share it reads would no longer tell an index from an article).
 */
export type CoreReach = 'near' | 'best';

/**
 * The maximum-sum run beyond `edge`, walking by `step`, whose near end lies at most maxGap blocks
 * from it: the nearest piece of the article past a box, even where a bigger run waits farther
 * off (a listicle's next sections beyond its next box).
 */
function nearRun(weights: readonly number[], edge: number, step: 1 | -1, maxGap: number): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let near = edge + step;
  for (let i = edge + step; i >= 0 && i < weights.length; i += step) {
    if (sum <= 0) {
      if (Math.abs(i - edge) - 1 > maxGap) break;
      sum = 0;
      near = i;
    }
    sum += weights[i]!;
    if (sum > (best?.sum ?? 0)) best = { span: step === 1 ? [near, i] : [i, near], sum };
  }
  return best;
}

/**
 * The article's core: the run of blocks with the most prose in it, boilerplate counted against
 * it (a maximum-sum run). jusText alone judges each block by its neighbours only, so an article
 * made of near-good blocks (short paragraphs, recipe lines, lists) loses them all beside a menu.
 */
export function coreSpan(blocks: readonly Block[], initial: readonly Verdict[]): [number, number] | null {
  return bestRun(blocks.map((b, i) => coreWeight(b, initial[i]!)), 0, blocks.length)?.span ?? null;
}

/**
 * An article split by boxes (a gallery, an ad block, a quote card) is several runs: the best
 * one, and beside it, at most coreSplitMaxGap blocks away, a run worth at least coreSplitMinShare
 * of it, and so on outwards; without a gap limit, comment sections far below came in.
 */

/** The core's runs: the best, and on either side the runs that continue the article. */
export function coreSpans(blocks: readonly Block[], initial: readonly Verdict[]): Array<[number, number]> {
  return coreRuns(blocks, initial).spans;
}

/**
 * A comment section (its form, its heading with the comments below) follows the article; a
 * related list or a "most read" box may sit above it, a comment section hardly ever does. So
 * when the best run lies below the first one, and there is prose above it worth at least
 * coreAboveCommentsMinShare of that run, the article is the best run above: a short post whose
 * sidebar blurb or a long comment outweighs it. Only below comments: related and author
 * sections sit inside articles too.
 */

function beforeComments(weights: readonly number[], initial: readonly Verdict[], best: Run | null): Run | null {
  const comments = initial.findIndex((v) => v.reason === RULE_HIT.comments);
  if (!best || comments < 0 || comments >= best.span[0]) return best;
  const above = bestRun(weights, 0, comments);
  return above && above.sum >= param('coreAboveCommentsMinShare') * best.sum ? above : best;
}

/**
 * A closing section (related links, comments, an author box: assemble.ts) inside the best run
 * ends it there, when the run above it holds at least coreSplitMinShare of the whole: long teasers
 * or comments below outweighed the section's heading. The run below may still join like any other.
 */
function endAtClosing(weights: readonly number[], initial: readonly Verdict[], best: Run | null): Run | null {
  if (!best) return best;
  const [start, end] = best.span;
  for (let k = start + 1; k <= end; k++) {
    if (initial[k]!.reason !== RULE_HIT.closing && initial[k]!.reason !== RULE_HIT.comments) continue;
    const above = bestRun(weights, start, k);
    return above && above.sum >= param('coreSplitMinShare') * best.sum ? above : best;
  }
  return best;
}

/** The core's spans, and the weight of its main run (what later runs are measured against). */
function coreRuns(blocks: readonly Block[], initial: readonly Verdict[], reach: CoreReach = 'near'): { spans: Array<[number, number]>; mainSum: number } {
  const weights = blocks.map((b, i) => coreWeight(b, initial[i]!));
  const main = endAtClosing(weights, initial, beforeComments(weights, initial, bestRun(weights, 0, blocks.length)));
  if (!main) return { spans: [], mainSum: 0 };
  const spans: Array<[number, number]> = [main.span];
  let [start, end] = main.span;
  // The article may go on past several boxes: each run that joins becomes the edge to look beyond.
  // `best` (the side's best run) is asked for only when nearness alone does not decide: it walks the rest of the page.
  const joins = (r: Run | null, best: () => Run | null, near: boolean): r is Run =>
    r !== null && r.sum >= param('coreSplitMinShare') * main.sum && ((near && reach === 'near') || r.span[0] === best()?.span[0]);
  for (;;) {
    const right = nearRun(weights, end, 1, param('coreSplitMaxGap'));
    const left = nearRun(weights, start, -1, param('coreSplitMaxGap'));
    const across = right ? initial.slice(end + 1, right.span[0]) : [];
    // Below a comment section nothing is the article (dropSmallRunsAfter): no run joins across one.
    // Past a closing section (related links, an author box) the nearest run may be teasers: it
    // joins only as the best run below, as a box inside the article leaves it.
    const closed = across.some((x) => x.reason === RULE_HIT.closing);
    const goRight = joins(right, () => bestRun(weights, end + 1, blocks.length), !closed) && !across.some((x) => x.reason === RULE_HIT.comments);
    const goLeft = joins(left, () => bestRun(weights, 0, start), true);
    if (goRight) {
      spans.push(right.span);
      end = right.span[1];
    }
    if (goLeft) {
      spans.push(left.span);
      start = left.span[0];
    }
    if (!goRight && !goLeft) return { spans, mainSum: main.sum };
  }
}

/**
 * Short sentences next to a run, with nothing between: an article's first or last lines ("Und,
 * hast du dein Ikigai schon gefunden?"), the steps of a recipe or a how-to, one a line. A
 * sentence of SENTENCE_MIN_WORDS or more, not a link, joins the run, and the next one beyond it
 * too; a label, a link or a block that is not short ends the chain. Measured (3, 5 and 7 words;
 * after the run only, or on both sides): trafilatura-dev plain +0.002, w3m, local lynx,
 * html2text, links +0.001, scrapinghub held; a colon as a sentence end cost precision. A list
 * item that ends in '!' is a call to action in a promo list ("Die besten Bücher rund um KI!"),
 * no step: it ends the chain (the same figures, and the seed page's list stays out). A sentence
 * bad only for its words (a standfirst of names and nouns: "Stadtwerke Nord erhöhen zum
 * 1. März die Preise für Strom und Gas.") chains too: every dump set and stand-in gained
 * (trafilatura-dev plain and w3m +0.0007, local elinks and links +0.0008, the rest +0.0002 to
 * +0.0006). So does a sentence the page prints twice (a subheading also listed in a table of
 * contents, "Wie oft muss ich gießen?"): trafilatura-dev plain +0.0011, w3m, local elinks and
 * links +0.0007, the rest held.
 */
const SENTENCE_MIN_WORDS = 3;
export const SENTENCE_END = /[.!?…]["”“»«)]?$/u;
const EXCLAIMED = /!["”“»«)]?$/u;

function isChainSentence(b: Block, v: Verdict): boolean {
  const callToAction = b.type === 'list-item' && EXCLAIMED.test(b.text);
  return (v.cls === 'short' || LEXICAL_BAD.has(v.reason) || v.reason === 'repeated') && b.linkDensity === 0 && !callToAction && SENTENCE_END.test(b.text) && wordCount(b.text) >= SENTENCE_MIN_WORDS;
}

/** Marks the sentences chained to a run from `start` on, walking by `step`. */
function chainSentences(blocks: readonly Block[], initial: readonly Verdict[], inCore: boolean[], start: number, step: 1 | -1): void {
  for (let k = start; k >= 0 && k < blocks.length && isChainSentence(blocks[k]!, initial[k]!); k += step) inCore[k] = true;
}

/**
 * Inside the core, every block not bad on its own (or bad only for its words) is the article's;
 * outside, jusText's verdicts stand, except for small runs after it (dropSmallRunsAfter).
 */
export function keepCore(blocks: readonly Block[], initial: readonly Verdict[], revised: readonly Verdict[], favor: Favor = 'balanced', reach: CoreReach = 'near'): Verdict[] {
  const inCore = new Array<boolean>(blocks.length).fill(false);
  const { spans, mainSum } = coreRuns(blocks, initial, reach);
  for (const [first, last] of spans) {
    // A short block right before a run introduces it (a heading, a dek, a label); the run's sum
    // cannot start there (short blocks weigh nothing). Measured: trafilatura-dev dumps +0.001 to
    // +0.002, the rest held; taking any short block after the run as well cost 0.008, so beyond
    // that only short sentences join (chainSentences).
    const from = first > 0 && initial[first - 1]!.cls === 'short' ? first - 1 : first;
    chainSentences(blocks, initial, inCore, last + 1, 1);
    chainSentences(blocks, initial, inCore, from - 1, -1);
    for (let i = from; i <= last; i++) {
      // A block bad only for its words (a spec line, a table row, an ingredient) between two of
      // the run's blocks is the article's too: every dump set gained or held (+0.000 to +0.002).
      const lexicalInside = i > first && i < last && LEXICAL_BAD.has(initial[i]!.reason);
      inCore[i] = initial[i]!.cls !== 'bad' || lexicalInside;
    }
  }
  // Between two runs of the core, what is not bad on its own is the article's too: a roundup
  // item's pros and cons, its spec lines, the items of a list after the item's last paragraph.
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < sorted.length; k++) for (let i = sorted[k - 1]![1] + 1; i < sorted[k]![0]; i++) if (initial[i]!.cls !== 'bad') inCore[i] = true;
  const out = revised.map((v, i): Verdict => (inCore[i] && v.cls !== 'good' ? { cls: 'good', reason: 'in-core' } : v));
  keepLeads(blocks, initial, out, inCore.indexOf(true));
  return dropSmallRunsAfter(blocks, initial, out, inCore.lastIndexOf(true), afterCoreMinShare(favor) * mainSum, param('coreAfterClosingMinShare') * mainSum);
}

/**
 * A news page's standfirst sits between headline and body, cut off from the body by the
 * article's furniture (dateline, byline, photo credit, share row): near-good on its own,
 * between bad blocks, so jusText drops it. Walking back from the core over at most
 * coreLeadMaxGap blocks that are no prose, a near-good sentence with no links is the article's
 * once a rule hit (that furniture) lies between it and the core; a good block (earlier prose)
 * or a link row ends the walk. A standfirst may end without a stop ("Mieter in vielen Städten
 * protestieren gegen hohe Preise und fordern einen Deckel"): one of coreLeadMinWords is no headline.
 */

function keepLeads(blocks: readonly Block[], initial: readonly Verdict[], out: Verdict[], coreStart: number): void {
  let furniture = false;
  for (let j = coreStart - 1, gap = 0; j >= 0 && gap < param('coreLeadMaxGap'); j--, gap++) {
    const v = initial[j]!;
    const b = blocks[j]!;
    if (v.cls === 'good' || v.reason === 'link-density') return;
    if (RULE_HITS.has(v.reason)) furniture = true;
    else if (furniture && v.cls === 'neargood' && b.linkDensity === 0 && (SENTENCE_END.test(b.text) || wordCount(b.text) >= param('coreLeadMinWords'))) {
      out[j] = { cls: 'good', reason: 'lead' };
      gap = -1;
    }
  }
}

/**
 * After the core, a run of good blocks worth less than this share of the core's main run is no
 * part of the article: a teaser, a sidebar's "about us", a newsletter blurb, each prose of its
 * own. (Before the core such runs are leads and intros, and stay.) Balanced: the share a run
 * beside the core needs to join it. The knob's ends move it as they move the stopword thresholds.
 */
const afterCoreMinShare = (favor: Favor): number => (favor === 'precision' ? 0.3 : favor === 'recall' ? 0.05 : param('coreSplitMinShare'));
/**
 * Below a closing section (related links, comments, an author box: assemble.ts), a run needs
 * coreAfterClosingMinShare of the core's worth: teasers of related stories and long comments are
 * prose of their own. Below a comment section no run stays.
 */

function dropSmallRunsAfter(blocks: readonly Block[], initial: readonly Verdict[], verdicts: Verdict[], coreEnd: number, minChars: number, minCharsAfterClosing: number): Verdict[] {
  if (coreEnd < 0) return verdicts;
  let min = minChars;
  for (let i = coreEnd + 1; i < verdicts.length; ) {
    // Below the article's comment section, nothing is the article (comments, sidebar, footer).
    if (initial[i]!.reason === RULE_HIT.comments) min = Infinity;
    else if (initial[i]!.reason === RULE_HIT.closing) min = Math.max(min, minCharsAfterClosing);
    if (verdicts[i]!.cls !== 'good') {
      i++;
      continue;
    }
    let end = i;
    let chars = 0;
    while (end < verdicts.length && verdicts[end]!.cls === 'good') chars += blocks[end++]!.text.length;
    if (chars < min) for (let k = i; k < end; k++) verdicts[k] = { cls: 'bad', reason: 'small-run-after-core' };
    i = end;
  }
  return verdicts;
}
