import { expect, test } from 'vitest';
import { stopwordsFor } from '../src/lang.js';
import { classifyBlock, revise, type Verdict } from '../src/text/classify.js';
import { keyValueRows, quantityRows, tableRows } from '../src/text/data-runs.js';
import type { Block } from '../src/types.js';

const de = stopwordsFor('de');
const b = (text: string, over: Partial<Block> = {}): Block => ({ text, type: 'paragraph', linkDensity: 0, ...over });
const prose = 'Die Beziehungen zwischen der Ukraine und den USA waren in den letzten Tagen angespannt, nachdem der Präsident scharf kritisiert hatte. Trotz dieser Spannungen bemühte er sich um einen freundlichen Ton und betonte die Bereitschaft, ein Abkommen zu schließen.';

test.each([
  ['long prose with stopwords', b(prose), 'good'],
  ['a short line', b('Stellenangebote'), 'short'],
  // One or two sentences a paragraph, as many news sites write.
  ['a news paragraph of two sentences (185 characters)', b('Die Gruppe, der die meisten ihrer Aufnahmen gehören, sagt, dass sie ihre alten Lieder bei der Preisverleihung am Sonntag spielen darf. Eine Erlaubnis sei dafür nie zuvor nötig gewesen.'), 'good'],
  ['a link-heavy block', b(prose, { linkDensity: 0.8 }), 'bad'],
  // As the same line in a dump that does not mark links: its neighbours decide.
  ['a short line that is a link', b('Einführung in die Statistik', { linkDensity: 1 }), 'short'],
  // A dump that marks links (markdown, lynx): prose with a long cited phrase is still prose.
  ['prose citing a source in a long link (a third of its text)', b(`${prose} ${prose}`, { linkDensity: 0.33 }), 'good'],
  ['a teaser: its headline a link, a short blurb beside it', b('Die Beziehungen zwischen der Ukraine und den USA waren angespannt. Der Präsident sprach von einem Abkommen, das bald kommen soll.', { linkDensity: 0.5 }), 'bad'],
  ['long text beside links that ends in no sentence (image URLs)', b(`${prose.slice(0, -1)} und https://example.org/bild`, { linkDensity: 0.3 }), 'bad'],
  ['a long block without stopwords', b('Software Architect AI · Head of Digital Transformation Operations · Program Manager AI · IT Application Specialist ERP · Dozent Tourismusmanagement'), 'bad'],
])('%s is %s', (_name, block, cls) => {
  expect(classifyBlock(block, de, false).cls).toBe(cls);
});

test('a row of links run together ("newsSensex todayMutual") is bad; brand names in prose are not', () => {
  expect(classifyBlock(b('Startseite NachrichtenSport und SpieleWetter für morgenRezepte der WocheÜber unsKontakt'), de, false)).toEqual({ cls: 'bad', reason: 'glued-links' });
  const brands = b('Apple hat das neue iPhone und das MacBook Pro vorgestellt, und die Preise für das iPad sind gestiegen, wie das Unternehmen am Dienstag in Cupertino mitteilte, wo es auch eine neue Version von macOS zeigte.');
  expect(classifyBlock(brands, de, false).cls).toBe('good');
});

test('a line of code joins words in its identifiers, and is no row of links', () => {
  const code = b('const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();');
  expect(classifyBlock(code, de, false).reason).not.toBe('glued-links');
  // The same joins between spaces only are link texts run together.
  expect(classifyBlock(b('response bodyPipeThrough new TextDecoderStream getReader'), de, false).reason).toBe('glued-links');
});

test('repeated blocks are bad; languages without a list fall back to sentences', () => {
  expect(classifyBlock(b(prose), de, true).cls).toBe('bad');
  expect(classifyBlock(b('Startseite'), de, true).cls).toBe('bad');
  // A repeated label (a speaker in an interview, "Zutaten:") is short: its neighbours decide.
  expect(classifyBlock(b('Anne:'), de, true).cls).toBe('short');
  // So is a repeated line of a code sample: a prompt, a continuation, a brace.
  for (const code of ['>>> foo()', '... return bar', '$ npm test', '}']) expect(classifyBlock(b(code), de, true).cls).toBe('short');
  expect(classifyBlock(b(prose), null, false).cls).toBe('good');
  expect(classifyBlock(b('엘제이의 리벤지인가. 류화영의 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 벌어진 엘제이와 류화영의 진실공방이 어떤 결론을 내더라도 잘못된 일이다. 타인의 동의를 구하지 않고 일방적으로 두 사람의 관계를 담은 사진을 SNS에 공개한다는 건 분명한 사생활 침해이고, 나아가 리벤지의 성격을 가진 폭로로 여겨지기 때문이다.'), null, false).cls).toBe('good');
});

const v = (cls: Verdict['cls']): Verdict => ({ cls, reason: cls });
test.each([
  ['short between good blocks becomes good', ['good', 'short', 'good'], 'good'],
  ['short between bad blocks becomes bad', ['bad', 'short', 'bad'], 'bad'],
  ['near-good beside good becomes good', ['good', 'neargood', 'bad'], 'good'],
  ['near-good between bad becomes bad', ['bad', 'neargood', 'bad'], 'bad'],
  ['the page edge counts as bad', ['short', 'bad'], 'bad'],
] as const)('%s', (_name, classes, expected) => {
  const out = revise(classes.map((c) => v(c)));
  const i = classes.findIndex((c) => c === 'short' || c === 'neargood');
  expect(out[i]!.cls).toBe(expected);
});

test('a lone link between an article\'s short lines goes, but leaves them to the prose around; a run of links is a menu', () => {
  const link: Verdict = { cls: 'bad', reason: 'link-density' };
  const lines = (middle: Verdict[]): Verdict[] => [v('good'), v('short'), ...middle, v('short'), v('good')];
  const lone = revise(lines([link]));
  expect(lone.map((x) => x.cls)).toEqual(['good', 'good', 'bad', 'good', 'good']);
  const menu = revise(lines([link, link]));
  expect(menu.map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'bad', 'bad', 'good']);
  // Any other bad block still decides its neighbours.
  expect(revise(lines([{ cls: 'bad', reason: 'few-stopwords' }])).map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'bad', 'good']);
});

test('a run of ten number rows is a table (near-good); a dated list and a short run are not', () => {
  const rows = Array.from({ length: 12 }, (_, i) => `${i + 1} Anna Berger ${3120 - i * 7} ${i % 5} 1 17 27`);
  const dated = Array.from({ length: 12 }, (_, i) => `Sep ${i + 1}, 2015 Benefit auction for the rainforest Sep ${i + 1}, 2015`);
  const bad: Verdict = { cls: 'bad', reason: 'few-stopwords' };
  const run = (texts: string[]): string[] => {
    const blocks = texts.map((t) => b(t));
    return tableRows(blocks, texts.map((t) => t.toLowerCase().split(/[\s,]+/).filter(Boolean)), texts.map(() => bad)).map((x) => x.reason);
  };
  expect(new Set(run(rows))).toEqual(new Set(['table-row']));
  expect(new Set(run(dated))).toEqual(new Set(['few-stopwords']));
  expect(new Set(run(rows.slice(0, 6)))).toEqual(new Set(['few-stopwords']));
});

test('an ingredient list is near-good; a numbered menu or a short run is not', () => {
  const bad: Verdict = { cls: 'bad', reason: 'few-stopwords' };
  const run = (texts: string[]): string[] => quantityRows(texts.map((t) => b(t)), texts.map(() => bad)).map((v) => v.reason);
  const recipe = ['200 g Mehl', '1 TL Backpulver', 'Für die Füllung:', '500 ml Milch', '2 Eier', '1 ½ cups sugar'];
  expect(run(recipe)).toEqual(recipe.map(() => 'quantity-row'));
  expect(new Set(run(['1. Politik', '2. Sport', '3. Kultur', '4. Wetter']))).toEqual(new Set(['few-stopwords']));
  expect(new Set(run(['200 g Mehl', '1 TL Backpulver', '500 ml Milch']))).toEqual(new Set(['few-stopwords']));
  // A linked line is a menu entry, and ends the run.
  expect(quantityRows(['200 g Mehl', '1 TL Salz', '2 EL Öl', '3 kg Äpfel'].map((t, i) => b(t, { linkDensity: i === 2 ? 1 : 0 })), Array(4).fill(bad)).map((v) => v.reason)).toEqual(Array(4).fill('few-stopwords'));
});

test('a fact box of "label: value" lines is near-good; repeated labels, teaser headlines or a short run are not', () => {
  const bad: Verdict = { cls: 'bad', reason: 'few-stopwords' };
  const run = (texts: string[]): string[] => keyValueRows(texts.map((t) => b(t)), texts.map(() => bad)).map((v) => v.reason);
  // One other line between two rows (a subheading) belongs to the box.
  const specs = ['Region: Napa Valley', 'Rebsorte: Zinfandel', 'Details zum Wein', 'Trinktemperatur: 8 °C', 'Verschluss: Schraubverschluss'];
  expect(run(specs)).toEqual(specs.map(() => 'key-value-row'));
  expect(new Set(run(['Link: profile', 'Link: canonical', 'Link: shortlink', 'Link: next']))).toEqual(new Set(['few-stopwords']));
  const teasers = ['Venice: the old city will drown within a century, says an expert amid the flooding', 'Sydney: smoke chokes the city as more than fifty people are treated in hospitals', 'Pensions: the Dutch fear a crash after many years of ultra loose policy by the bank', 'Space: a new rocket that can reach 800 mph within a minute is to be built in Britain'];
  expect(teasers.every((t) => t.length >= 80)).toBe(true);
  expect(new Set(run(teasers))).toEqual(new Set(['few-stopwords']));
  expect(new Set(run(['Ort: Berlin', 'Zeit: 19 Uhr', 'Eintritt: frei']))).toEqual(new Set(['few-stopwords']));
});

test("a roundup item's fact box is near-good though some of its values come back in the next item's; a box of mostly repeats is not", () => {
  const repeated: Verdict = { cls: 'bad', reason: 'repeated' };
  const bad: Verdict = { cls: 'bad', reason: 'few-stopwords' };
  const box = ['Based in: Leeds', 'Founded: 2011', 'Team size: 11-50', 'Known for: bread and pastries'];
  const reasons = (copies: boolean[]): string[] => keyValueRows(box.map((t) => b(t)), copies.map((c) => (c ? repeated : bad))).map((v) => v.reason);
  // One value another item's box shares (printed again); then three of four.
  expect(reasons([false, true, false, false])).toEqual(box.map(() => 'key-value-row'));
  expect(reasons([false, true, true, true])).toEqual(['few-stopwords', 'repeated', 'repeated', 'repeated']);
});
