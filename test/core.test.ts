import { expect, test } from 'vitest';
import { revise, type Verdict } from '../src/text/classify.js';
import { coreSpan, coreSpans, keepCore, RULE_HIT } from '../src/text/core.js';
import type { Block } from '../src/types.js';

const b = (text: string, over: Partial<Block> = {}): Block => ({ text, type: 'paragraph', linkDensity: 0, ...over });
const v = (cls: Verdict['cls']): Verdict => ({ cls, reason: cls });

test('the core is the run with the most prose, cut where boilerplate outweighs it', () => {
  const menu = b('Home', { linkDensity: 1 });
  const para = b('x'.repeat(150));
  const near = b('y'.repeat(100));
  const line = b('z'.repeat(20));
  const blocks = [menu, menu, para, line, near, line, near, menu, menu, menu, para];
  const initial = ['bad', 'bad', 'good', 'short', 'neargood', 'short', 'neargood', 'bad', 'bad', 'bad', 'good'].map((c) => v(c as Verdict['cls']));
  // 150 + 75 + 75 of prose; the three menu lines cost 3 x 80 x 4 before the lone paragraph after them.
  expect(coreSpan(blocks, initial)).toEqual([2, 6]);
  expect(coreSpan([menu], [v('bad')])).toBeNull();
});

test('a block bad only for its words counts against the core once; a menu or rule hit four times', () => {
  // A meal plan: prose, then ingredient lines without stopwords, then a long legal footer after a menu.
  const para = b('x'.repeat(300));
  const list = b('y'.repeat(90));
  const menu = b('Home', { linkDensity: 1 });
  const footer = b('z'.repeat(250));
  const blocks = [para, list, list, list, para, menu, footer];
  const lexical: Verdict = { cls: 'bad', reason: 'few-stopwords' };
  const initial = [v('good'), lexical, lexical, lexical, v('good'), v('bad'), v('good')];
  // 300 - 3 x 90 + 300 = 330 for the article, more than the 250 of the footer beyond the menu.
  expect(coreSpan(blocks, initial)).toEqual([0, 4]);
  // Were the lines menus, they would cost 1,080 and cut the article in two.
  expect(coreSpan(blocks, [v('good'), v('bad'), v('bad'), v('bad'), v('good'), v('bad'), v('good')])).toEqual([0, 0]);
});

test('inside the core, short and near-good blocks are kept; bad ones and everything outside keep their verdict', () => {
  // An article of near-good blocks only (short paragraphs, recipe lines) between menus: jusText drops it all.
  const menu = b('Home', { linkDensity: 1 });
  const near = b('y'.repeat(120));
  const blocks = [b('Login'), menu, near, b('Zutaten'), near, b('Werbung', { linkDensity: 1 }), near, near, menu, b('Impressum')];
  const initial = ['short', 'bad', 'neargood', 'short', 'neargood', 'bad', 'neargood', 'neargood', 'bad', 'short'].map((c) => v(c as Verdict['cls']));
  const revised = revise(initial);
  expect(revised.every((x) => x.cls === 'bad')).toBe(true);
  // The two near-good blocks after the ad are a run of their own beside the core: the article goes on.
  expect(keepCore(blocks, initial, revised).map((x) => x.cls)).toEqual(['bad', 'bad', 'good', 'good', 'good', 'bad', 'good', 'good', 'bad', 'bad']);
});

test('a run beside the core joins it when it is near and worth a fifth of it; a far or a small one does not', () => {
  const good = b('z'.repeat(500));
  const menu = b('Home', { linkDensity: 1 });
  const cls = (cs: string[]): Verdict[] => cs.map((c) => v(c as Verdict['cls']));
  // core 1000, a box of two bad blocks, then a run of 500: split article.
  expect(coreSpans([good, good, menu, menu, good], cls(['good', 'good', 'bad', 'bad', 'good']))).toEqual([[0, 1], [4, 4]]);
  // the same run ten blocks away (comments far below) stays out.
  const far = [good, good, ...Array.from({ length: 10 }, () => menu), good];
  expect(coreSpans(far, cls(['good', 'good', ...Array<string>(10).fill('bad'), 'good']))).toEqual([[0, 1]]);
  // an article split by two boxes is three runs.
  const split = [good, good, menu, menu, good, menu, menu, good];
  expect(coreSpans(split, cls(['good', 'good', 'bad', 'bad', 'good', 'bad', 'bad', 'good']))).toEqual([[0, 1], [4, 4], [7, 7]]);
  // a run worth less than a fifth of the core stays out.
  const small = b('z'.repeat(150));
  expect(coreSpans([good, good, menu, small], cls(['good', 'good', 'bad', 'good']))).toEqual([[0, 1]]);
});

test("between two runs of the core, short blocks are the article's (an item's pros and cons); bad ones, and short ones after the core, are not", () => {
  const good = b('z'.repeat(500));
  const label = b('Pros');
  const item = b('Light and cheap');
  const credit = b('Photo: Jane Doe');
  // run | label (a repeat), two short items, a photo credit | run | a short line after the core.
  const blocks = [good, good, label, item, item, credit, good, item];
  const initial: Verdict[] = [v('good'), v('good'), { cls: 'bad', reason: 'repeated' }, v('short'), v('short'), { cls: 'bad', reason: RULE_HIT.plain }, v('good'), v('short')];
  expect(keepCore(blocks, initial, revise(initial)).map((x) => x.cls)).toEqual(['good', 'good', 'bad', 'good', 'good', 'bad', 'good', 'bad']);
});

test('the nearest run past a box joins, though a bigger one waits beyond the gap; then that one joins past it', () => {
  const good = b('z'.repeat(500));
  const menu = b('Home', { linkDensity: 1 });
  const menus = (n: number): Block[] => Array.from({ length: n }, () => menu);
  // core 2,000 | four menus | 500 | six menus | 1,000: the last starts 11 blocks after the core, too far alone.
  const blocks = [good, good, good, good, ...menus(4), good, ...menus(6), good, good];
  const verdicts = blocks.map((x) => v(x === menu ? 'bad' : 'good'));
  expect(coreSpans(blocks, verdicts)).toEqual([[0, 3], [8, 8], [15, 16]]);
  // Without the near run, the far one stays out.
  const without = [good, good, good, good, ...menus(11), good, good];
  expect(coreSpans(without, without.map((x) => v(x === menu ? 'bad' : 'good')))).toEqual([[0, 3]]);
});

test('a rule hit that sits inside articles (a photo credit) counts against the core once, as a spec line does', () => {
  const para = b('x'.repeat(200));
  const label = b('Photo: Jane Doe');
  const blocks = [para, label, label, para];
  // Two inline hits cost 2 x 80; two plain hits 2 x 320, more than the 200 of prose beyond them.
  expect(coreSpan(blocks, [v('good'), { cls: 'bad', reason: RULE_HIT.inline }, { cls: 'bad', reason: RULE_HIT.inline }, v('good')])).toEqual([0, 3]);
  expect(coreSpan(blocks, [v('good'), { cls: 'bad', reason: RULE_HIT.plain }, { cls: 'bad', reason: RULE_HIT.plain }, v('good')])).toEqual([0, 0]);
});

test('the short block right before the core (its heading) joins it; the one right after does not', () => {
  const good = b('z'.repeat(300));
  const blocks = [b('Home', { linkDensity: 1 }), b('Wie die Stadt plant'), good, good, b('Mehr lesen'), b('Impressum', { linkDensity: 1 })];
  const initial = ['bad', 'short', 'good', 'good', 'short', 'bad'].map((c) => v(c as Verdict['cls']));
  expect(keepCore(blocks, initial, revise(initial)).map((x) => x.cls)).toEqual(['bad', 'good', 'good', 'good', 'bad', 'bad']);
});

test('a closing sentence right after the core joins it; a short label or link there does not', () => {
  const good = b('z'.repeat(300));
  const closing = b('Und, hast du deinen eigenen Weg schon gefunden?');
  const initial = ['bad', 'good', 'good', 'short', 'bad'].map((c) => v(c as Verdict['cls']));
  const run = (after: Block): string[] => keepCore([b('Home', { linkDensity: 1 }), good, good, after, b('Impressum', { linkDensity: 1 })], initial, revise(initial)).map((x) => x.cls);
  expect(run(closing)).toEqual(['bad', 'good', 'good', 'good', 'bad']);
  expect(run(b('Weitere Artikel zum Thema'))).toEqual(['bad', 'good', 'good', 'bad', 'bad']);
  expect(run(b('Und, hast du deinen eigenen Weg schon gefunden?', { linkDensity: 1 }))).toEqual(['bad', 'good', 'good', 'bad', 'bad']);
});

test('inside the core, a block bad only for its words (a spec line) is kept; a link row is not', () => {
  const good = b('z'.repeat(400));
  const spec = b('Nennspannung 230 V, Frequenz 50 Hz, Schutzart IP65, Gewicht 1,2 kg, Maße 120 x 80 x 40 mm');
  const blocks = [good, spec, good, b('Home', { linkDensity: 1 }), good];
  const initial: Verdict[] = [v('good'), { cls: 'bad', reason: 'few-stopwords' }, v('good'), { cls: 'bad', reason: 'link-density' }, v('good')];
  expect(keepCore(blocks, initial, revise(initial)).map((x) => x.cls)).toEqual(['good', 'good', 'good', 'bad', 'good']);
});

test('after the core, a good run worth less than a fifth of it is dropped; a larger one, or one before the core, stays', () => {
  const good = b('z'.repeat(500));
  const menu = b('Home', { linkDensity: 1 });
  const teaser = b('t'.repeat(150));
  const part = b('p'.repeat(300));
  const blocks = [teaser, menu, menu, menu, menu, menu, menu, good, good, menu, menu, menu, menu, menu, menu, teaser, menu, menu, menu, menu, menu, menu, part];
  const initial = blocks.map((x) => v(x === menu ? 'bad' : 'good'));
  const kept = keepCore(blocks, initial, revise(initial)).map((x, i) => (x.cls === 'good' ? i : -1)).filter((i) => i >= 0);
  // The core is 1,000: the teaser after it (150) goes, the 300 part far below stays, the teaser above stays.
  expect(kept).toEqual([0, 7, 8, 22]);
});

test('a standfirst cut off from the core by the article furniture is kept; without the furniture, or behind a link row, it is not', () => {
  const good = b('z'.repeat(500));
  const lead = b('Wer einen Garten hat, kennt das Problem mit den Schnecken.');
  const rule: Verdict = { cls: 'bad', reason: RULE_HIT.plain };
  const links: Verdict = { cls: 'bad', reason: 'link-density' };
  const keptLead = (between: Verdict[], before: Verdict = v('bad')): boolean => {
    const blocks = [b('Home'), lead, ...between.map(() => b('x')), good, good];
    const initial = [before, v('neargood'), ...between, v('good'), v('good')];
    return keepCore(blocks, initial, revise(initial))[1]!.cls === 'good';
  };
  expect(keptLead([rule, v('short')])).toBe(true);
  expect(keptLead([v('short'), { cls: 'bad', reason: 'repeated' }])).toBe(false);
  expect(keptLead([rule, links])).toBe(false);
  expect(keptLead([rule, ...Array(8).fill(v('short'))])).toBe(false);
});

test('a short post above its comment section is the core, though a longer blurb below outweighs it; below the comments nothing stays', () => {
  const post = b('p'.repeat(150));
  const blurb = b('s'.repeat(600));
  const form: Verdict = { cls: 'bad', reason: RULE_HIT.comments };
  const kept = (section: Verdict): number[] => {
    const blocks = [b('Home'), post, b('x'), b('x'), b('x'), b('x'), b('x'), b('x'), blurb];
    const initial = [v('bad'), v('good'), section, section, section, v('bad'), v('bad'), v('bad'), v('good')];
    return keepCore(blocks, initial, revise(initial)).flatMap((x, i) => (x.cls === 'good' ? [i] : []));
  };
  expect(kept(form)).toEqual([1]);
  // Without a comment section between them, the longer block is the core (the post, far above, stays as jusText kept it).
  expect(kept({ cls: 'bad', reason: RULE_HIT.closing })).toEqual([1, 8]);
});

test('short sentences chained to the core join it, on either side; a label ends the chain', () => {
  const good = b('z'.repeat(400));
  const steps = (last: string): number[] => {
    const blocks = [b('Home', { linkDensity: 1 }), b('Den Ofen vorheizen.'), b('Rezepte'), b('Den Teig kneten.'), good, b('Zehn Minuten backen.', { type: 'list-item' }), b(last, { type: 'list-item' }), b('Impressum', { linkDensity: 1 })];
    const initial = blocks.map((x) => (x === good ? v('good') : x.linkDensity ? v('bad') : v('short')));
    return keepCore(blocks, initial, revise(initial)).flatMap((x, i) => (x.cls === 'good' ? [i] : []));
  };
  expect(steps('Noch warm mit Sahne servieren.')).toEqual([3, 4, 5, 6]);
  // Two words, or a list item calling to action, end the chain.
  expect(steps('Kalt servieren.')).toEqual([3, 4, 5]);
  expect(steps('Die besten Rezepte per Mail erhalten!')).toEqual([3, 4, 5]);
});

test('a closing section inside the best run ends it when the run above holds a fifth of it; a lone rule hit does not', () => {
  // An article, a related-links heading, then long teasers that outweigh the heading's cost.
  const para = b('x'.repeat(400));
  const teaser = b('t'.repeat(300));
  const blocks = [b('Home'), para, para, b('Related'), teaser, teaser, teaser, b('Imprint')];
  const initial = (hit: Verdict): Verdict[] => [v('bad'), v('good'), v('good'), hit, v('good'), v('good'), v('good'), v('bad')];
  expect(coreSpans(blocks, initial({ cls: 'bad', reason: RULE_HIT.closing }))[0]).toEqual([1, 2]);
  expect(coreSpans(blocks, initial({ cls: 'bad', reason: RULE_HIT.plain }))[0]).toEqual([1, 6]);
});

test('a sentence bad only for its words, or printed twice, chains to the core; a spec line or a repeated label does not', () => {
  const good = b('z'.repeat(400));
  const lead = (text: string, reason = 'few-stopwords'): number[] => {
    const blocks = [b('Home', { linkDensity: 1 }), b(text), good, b('Impressum', { linkDensity: 1 })];
    const initial = [v('bad'), { cls: 'bad', reason } as Verdict, v('good'), v('bad')];
    return keepCore(blocks, initial, revise(initial)).flatMap((x, i) => (x.cls === 'good' ? [i] : []));
  };
  // A standfirst of names and nouns; a subheading the page lists again in its table of contents.
  expect(lead('Stadtwerke Nord erhöhen zum 1. März die Preise für Strom und Gas in Kiel, Lübeck und Flensburg.')).toEqual([1, 2]);
  expect(lead('Wie oft muss ich im Sommer gießen?', 'repeated')).toEqual([1, 2]);
  expect(lead('Leistung 2.000 W, Gewicht 3,4 kg, Kabellänge 1,5 m, Farbe Schwarz, Garantie 2 Jahre')).toEqual([2]);
  expect(lead('Weitere Artikel', 'repeated')).toEqual([2]);
});

test('an ingredient list weighs as short paragraphs, so it joins the steps across a repeated tab heading', () => {
  // Eight quantity rows of 15 characters, two repeated tab headings, then the steps.
  const row = b('200 g Zucker xx');
  const steps = b('s'.repeat(700));
  const blocks = [b('Home'), ...Array.from({ length: 8 }, () => row), b('Zubereitung'), b('Zubereitung'), steps, b('Impressum')];
  const data: Verdict = { cls: 'neargood', reason: 'quantity-row' };
  const initial = [v('bad'), ...Array.from({ length: 8 }, () => data), { cls: 'bad', reason: 'repeated' } as Verdict, { cls: 'bad', reason: 'repeated' } as Verdict, v('good'), v('bad')];
  // The rows weigh 8 x 70 x 0.75 = 420: a run of their own beside the steps (the headings cost 640), worth more than a fifth of them.
  expect(coreSpans(blocks, initial)).toEqual([[11, 11], [1, 8]]);
  // Weighed by their 15 characters (8 x 15 x 0.75 = 90), the rows would be under a fifth of the steps and stay out.
  const plain = initial.map((x) => (x.reason === 'quantity-row' ? v('neargood') : x));
  expect(coreSpans(blocks, plain)).toEqual([[11, 11]]);
});

test('a standfirst without a stop is kept when it is long enough to be no headline', () => {
  const good = b('z'.repeat(500));
  const rule: Verdict = { cls: 'bad', reason: RULE_HIT.plain };
  const keptLead = (text: string): boolean => {
    const blocks = [b('Home'), b(text), b('x'), good, good];
    const initial = [v('bad'), v('neargood'), rule, v('good'), v('good')];
    return keepCore(blocks, initial, revise(initial))[1]!.cls === 'good';
  };
  expect(keptLead('In vielen Städten protestieren Mieter gegen hohe Preise und fordern von der Regierung einen bundesweiten Mietendeckel')).toBe(true);
  expect(keptLead('Mieter protestieren gegen hohe Preise in vielen Städten')).toBe(false);
});
