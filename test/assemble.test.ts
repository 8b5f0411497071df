import { expect, test } from 'vitest';
import { extractFromText, judge } from '../src/text/assemble.js';
import { firstTitleCopies, itemLabels, itemRunStart, printedPerItem, repeatedBlocks } from '../src/text/repeats.js';

const lead = 'the minister said on tuesday that the new rules would take effect in the spring, after a long debate in parliament';
const teaser = (n: number): string => `headline number ${n} of the latest news list, with the first sentence of the story printed below it`;

test('every copy of a short block is a repeat', () => {
  expect(repeatedBlocks(['home', 'sport', 'home', 'a line of its own'])).toEqual([true, false, true, false]);
});

test("the last copy of a short line, right above a paragraph shown once, is that paragraph's heading", () => {
  const para = `${lead}.`;
  expect(repeatedBlocks(['why it matters', 'home', 'why it matters', para, 'home'])).toEqual([true, true, false, false, true]);
  // Above a teaser's title (no sentence end) or a paragraph the page repeats, it stays a repeat.
  expect(repeatedBlocks(['why it matters', 'why it matters', lead])).toEqual([true, true, false]);
  const list = [`${teaser(1)}.`, `${teaser(2)}.`];
  expect(repeatedBlocks(['latest', ...list, 'latest', ...list])).toEqual([true, true, true, true, true, true]);
});

test("a table of contents' entries, printed again each on its own line with a section between, are headings, no repeats", () => {
  const para = (n: number): string => `${lead}, part ${n}.`;
  // 0-1: the contents (list entries); 3 and 5: the headings, each above a section printed once.
  const page = ['why it matters', 'what to do now', 'a short intro line', 'why it matters', 'a table row of figures', 'what to do now', para(1)];
  const listed = (i: number): boolean => i < 2;
  expect(repeatedBlocks(page, listed)).toEqual([true, true, false, false, false, false, false]);
  // A menu printed again in the footer: its entries come back on neighbouring lines.
  const menu = ['home', 'news', para(1), para(2), 'home', 'news'];
  expect(repeatedBlocks(menu, (i) => i < 2)).toEqual([true, true, false, false, true, true]);
  // A teaser box's heading that a menu lists too: no neighbouring entry comes back.
  const box = ['good deals', 'sport', para(1), 'good deals', 'a teaser headline'];
  expect(repeatedBlocks(box, (i) => i < 2)).toEqual([true, false, false, true, false]);
});

test("labels each of an article's items prints (a set, between text printed once, around prose) are no repeats", () => {
  const item = (n: number): string[] => [`tool ${n}`, 'pros', `light and cheap, model ${n}`, 'cons', `slow to start, model ${n}`, `${lead}, said tester ${n}.`];
  const page = [...item(1), ...item(2), ...item(3)];
  const prose = (i: number): boolean => page[i]!.endsWith('.');
  expect(page.filter((_t, i) => itemLabels(page, prose)[i])).toEqual(['pros', 'cons', 'pros', 'cons', 'pros', 'cons']);
  // One label alone is no set ("Advertisement" between paragraphs); without prose among the items it is a strip's label.
  const alone = page.filter((t) => t !== 'cons');
  expect(itemLabels(alone, (i) => alone[i]!.endsWith('.')).some(Boolean)).toBe(false);
  expect(itemLabels(page, () => false).some(Boolean)).toBe(false);
  // A menu printed twice: its entries sit among entries that come back with them.
  const menu = ['home', 'news', 'sport', `${lead}.`, 'home', 'news', 'sport'];
  expect(itemLabels(menu, (i) => menu[i]!.endsWith('.')).some(Boolean)).toBe(false);
});

test("an article's item labels keep the items' lists: a dump reads them as content, not as a menu's copies", () => {
  const item = (n: number): string => `Tool ${n}\nPros\n- Light enough to carry all day, model ${n}\n- Cheap to run and easy to repair, model ${n}\nCons\n- Slow to start in the cold, model ${n}\n- Loud at full speed, model ${n}\n${lead.replace(/^t/, 'T')}, and tester ${n} agreed after a month of daily use in the workshop.`;
  const dump = `Best tools of the year\n\n${[1, 2, 3].map(item).join('\n\n')}\n`;
  const out = extractFromText(dump);
  expect(out.ok && out.article.text).toContain('Cheap to run and easy to repair, model 2');
});

test('a line printed three times or more is printed per item; a menu printed twice is not', () => {
  expect(printedPerItem(['home', 'red', 'lamp one', 'red', 'lamp two', 'red', 'home'])).toEqual([false, true, false, true, false, true, false]);
});

test("a short line at an even step marks items: the first item opens one step before its first copy", () => {
  const card = (n: number): string[] => [`#${n}`, `film number ${n}`, `${n}h 40m`, 'add to watchlist'];
  const page = ['menu', 'sign in', 'top films', ...[1, 2, 3, 4, 5, 6].flatMap(card), 'about us'];
  expect(itemRunStart(page)).toBe(3);
  // One card without the line (a film not out yet) leaves the step as it is.
  expect(itemRunStart([...page.slice(0, 11), ...page.slice(11, 14), ...page.slice(15)])).toBe(3);
  // Too few copies (itemRunMinCopies), or copies at no one step, mark no items.
  expect(itemRunStart(['menu', ...[1, 2, 3, 4].flatMap(card)])).toBe(-1);
  expect(itemRunStart(['buy', 'a', 'buy', 'b', 'c', 'd', 'e', 'buy', 'f', 'buy', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'buy'])).toBe(-1);
});

test("the first copy of a repeated title is an item's; a repeated menu entry of a word or two is not", () => {
  const title = 'a walk along the old canal at dawn';
  expect(firstTitleCopies(['home', title, 'by ann lee', title, 'home'])).toEqual([false, true, false, false, false]);
});

test("an index's dump keeps an item whose title it prints twice, once", () => {
  const item = (n: number): string[] => [`Notes from the harbour market, week ${n}`, `Notes from the harbour market, week ${n}`, `Published ${n} March`];
  const dump = ['Journal', 'Home', 'About', ...[1, 2, 3].flatMap(item), 'Home', 'About'].join('\n\n');
  const index = extractFromText(dump, { pageType: 'listing' });
  if (!index.ok) throw new Error(index.reason);
  expect(index.article.text.match(/harbour market, week 2/g)).toHaveLength(1);
  expect(index.article.text).not.toContain('About');
});

test('a page of sections keeps a card title it prints twice (its picture link and its heading), once', () => {
  const intro = 'Our plans cover the basics that a small team needs to get started, and they grow with you as the team does.';
  const outro = 'Every plan comes with help from our own staff by mail and by phone, on every day of the week and in four languages.';
  const card = (name: string): string[] => [`${name} plan for small teams`, `${name} plan for small teams`, 'Billed monthly'];
  const dump = ['Plans', 'Home', 'Pricing', intro, ...['Starter', 'Growth', 'Scale'].flatMap(card), outro, 'Home', 'Pricing'].join('\n\n');
  const page = extractFromText(dump, { pageType: 'service' });
  if (!page.ok) throw new Error(page.reason);
  expect(page.article.text.match(/Growth plan for small teams/g)).toHaveLength(1);
});

test("a grid's dump keeps its items below a heading that would open a related section as large as half the page", () => {
  const card = (n: number): string[] => [`Standing desk frame model ${n}`, `$${300 + n}.00`];
  const dump = ['Desk accessories', 'Popular', ...[1, 2, 3, 4, 5, 6].flatMap(card), 'Contact us'].join('\n\n');
  const grid = extractFromText(dump, { pageType: 'collection' });
  if (!grid.ok) throw new Error(grid.reason);
  expect(grid.article.text).toContain('Standing desk frame model 4');
});

test("a grid's dump keeps what each item prints again; an article's drops it as a menu", () => {
  const card = (n: number): string[] => [`Alder lamp model ${n}`, 'Brass', 'Linen', `$${40 + n}.00`];
  const intro = 'Our lamps are made by hand in a small workshop, from brass, linen and wood that lasts for many years.';
  const dump = ['Lamps', intro, ...[1, 2, 3, 4].flatMap(card), 'Contact us'].join('\n\n');
  const grid = extractFromText(dump, { pageType: 'collection' });
  if (!grid.ok) throw new Error(grid.reason);
  // Written once (the output writes a kept line once): a product page typed a grid loses less.
  expect(grid.article.text.match(/Brass/g)).toHaveLength(1);
  const article = extractFromText(dump, { pageType: 'product' });
  if (!article.ok) throw new Error(article.reason);
  expect(article.article.text).not.toContain('Brass');
});

test('a long block printed twice on its own is no repeat (an article lead printed again)', () => {
  expect(repeatedBlocks([lead, 'menu', lead, lead, 'the end of the story'])).toEqual([false, false, false, false, false]);
});

test('a list of long blocks printed twice: every copy of every item is a repeat', () => {
  const list = [teaser(1), teaser(2), teaser(3)];
  expect(repeatedBlocks([...list, lead, ...list])).toEqual([true, true, true, false, true, true, true]);
});

const story = (n: number): string => `Paragraph ${n} of the story tells how the village rebuilt its bridge after the flood, with help from the neighbouring towns.`;

test("the page's content printed twice, block for block (a second layout), keeps its first copy", () => {
  const body = [1, 2, 3, 4, 5, 6].map((n) => story(n).toLowerCase());
  const flags = repeatedBlocks(['home', ...body, 'contact', 'home', ...body, 'contact']);
  expect(flags.slice(1, 7)).toEqual(body.map(() => false));
  expect(flags.slice(9, 15)).toEqual(body.map(() => true));
  const dump = ['Home', 'News', ...body.map((_, i) => story(i + 1)), 'Contact', 'Home', 'News', ...body.map((_, i) => story(i + 1)), 'Contact'].join('\n\n');
  const result = extractFromText(dump);
  if (!result.ok) throw new Error(result.reason);
  expect(result.article.text.split(story(4)).length - 1).toBe(1);
  expect(result.article.text).toContain(story(6));
});

test('a ticker of teasers printed twice beside an article printed once stays a repeat', () => {
  const ticker = [1, 2, 3, 4, 5, 6].map(teaser);
  const article = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => story(n).toLowerCase());
  const blocks = ['breaking', ...ticker, ...article, 'breaking', ...ticker];
  const flags = repeatedBlocks(blocks);
  expect(blocks.filter((b, i) => flags[i] && ticker.includes(b))).toHaveLength(2 * ticker.length);
  expect(flags.slice(7, 17)).toEqual(article.map(() => false));
});

test('a lead printed twice is written once', () => {
  const lead = 'Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das im Frühjahr in Kraft treten soll.';
  const body = [
    'Es war lange umstritten, und die Opposition hatte bis zuletzt dagegen gestimmt. Nach Angaben des Ministeriums betrifft die Änderung vor allem kleine Betriebe, die bisher ausgenommen waren.',
    'Sie sollen nach dem Willen der Regierung mehr Zeit für die Umstellung bekommen, und für die ersten beiden Jahre ist eine Übergangsfrist vorgesehen, in der keine Strafen drohen.',
  ];
  const dump = ['Startseite', 'Politik', 'Neues Gesetz beschlossen', lead, lead, ...body, 'Impressum'].join('\n');
  const result = extractFromText(dump);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.article.text.split(lead).length - 1).toBe(1);
  expect(result.article.text).toContain(body[1]);
});

test('the whole article printed again in one block (a hidden copy) is written once', () => {
  const paras = [
    'Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das im Frühjahr in Kraft treten soll. Es war lange umstritten, und die Opposition hatte bis zuletzt dagegen gestimmt.',
    'Nach Angaben des Ministeriums betrifft die Änderung vor allem kleine Betriebe, die bisher ausgenommen waren. Sie sollen nach dem Willen der Regierung mehr Zeit für die Umstellung bekommen.',
    'Für die ersten beiden Jahre ist eine Übergangsfrist vorgesehen, in der keine Strafen drohen. Danach sollen die Behörden die Betriebe regelmäßig und ohne Ankündigung prüfen.',
  ];
  const copy = `Gesetz Regierung Frühjahr ${paras.join(' ')} Mehr dazu im Ressort`;
  const result = extractFromText(['Startseite', 'Neues Gesetz beschlossen', ...paras, 'Impressum', copy].join('\n'));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.article.text).toBe(paras.join('\n\n'));
  expect(result.article.removed.find((r) => r.rule === 'classifier/duplicate')?.preview).toMatch(/^Gesetz Regierung/);
});

test('a paragraph in another language than its page is prose in its own language', () => {
  const de = [
    'Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das im Frühjahr in Kraft treten soll. Es war lange umstritten, und die Opposition hatte bis zuletzt dagegen gestimmt.',
    'Nach Angaben des Ministeriums betrifft die Änderung vor allem kleine Betriebe, die bisher ausgenommen waren. Sie sollen nach dem Willen der Regierung mehr Zeit für die Umstellung bekommen.',
  ];
  const en = 'The minister said in English that the law was a fair compromise, and that it would be reviewed after two years by an independent panel of experts from all over the country.';
  const result = extractFromText(['Startseite', 'Politik', 'Neues Gesetz beschlossen', de[0], en, de[1], 'Impressum', 'Datenschutz'].join('\n'));
  expect(result.ok && result.article.text).toBe([de[0], en, de[1]].join('\n\n'));
});

test('below a related-links section a teaser worth a third of the article goes; below a lone "Read more" label it stays', () => {
  const paras = [
    'The council voted on Tuesday to close the old bridge to cars from the spring, after engineers found that the steel frame had rusted far more than the last inspection had shown.',
    'Buses and bicycles will still be allowed to cross while the city looks for the money to repair it, which the mayor said could take two years or more if the state does not help.',
    'Shop owners on both sides of the river said they feared losing customers, and some asked the council to open a temporary crossing for delivery vans during the morning hours.',
  ];
  const teaser = 'A new park opened by the river this week, and it has already become one of the places where the families of the town like to spend their sunny afternoons together.';
  const run = (between: string[]): string => {
    const result = extractFromText(['Home', 'News', ...paras, ...between, teaser, 'Imprint'].join('\n'));
    return result.ok ? result.article.text : '';
  };
  // A list longer than the gap across which a run joins the core (core.ts): the teaser is no run of the article.
  const related = ['Related articles', '- Bridge repairs delayed again', '- Council elections in May', '- School roof to be fixed', '- Mayor opens new library', '- Storm warning for the coast', '- Bus lines change in June', '- Library hours extended', '- New cycle lane opens', '- Market moves to the square'];
  expect(run(related)).not.toContain(teaser);
  // An inline box among ads and credits: no list of links follows the label.
  const inline = ['Read more', 'Advertisement', 'Photo: Jane Doe', 'Advertisement', 'Share this story', 'Advertisement'];
  expect(run(inline)).toContain(teaser);
});

test('a page with little prose under the strict thresholds is judged with the relaxed ones (not with --precision)', () => {
  const post = [
    'Am Samstag öffnet der neue Spielplatz im Stadtpark, und die Kinder der Grundschule haben die Farben für die Rutsche ausgesucht.',
    'Die Stadt hat dafür mehr als zwei Jahre geplant, sagte die Bürgermeisterin bei der Eröffnung am Morgen vor vielen Eltern.',
  ];
  const blurb = 'Die Gemeinde lädt alle Bürgerinnen und Bürger herzlich ein, an der Versammlung im Rathaus teilzunehmen, bei der über die Zukunft des alten Schwimmbads gesprochen wird, das seit dem letzten Winter geschlossen ist.';
  const dump = ['Startseite', 'Aktuelles', ...post, 'Impressum', blurb].join('\n');
  // Paragraphs of 120 characters are good only under the relaxed thresholds (strict: from 180).
  expect(judge(dump).verdicts[2]!.reason).toBe('prose');
  expect(judge(dump, { favor: 'precision' }).verdicts[2]!.reason).not.toBe('prose');
});

test('a related section goes on over a teaser headline (near-prose, no sentence end) and ends at a sentence', () => {
  const paras = [
    'The council voted on Tuesday to close the old bridge to cars from the spring, after engineers found that the steel frame had rusted far more than the last inspection had shown.',
    'Buses and bicycles will still be allowed to cross while the city looks for the money to repair it, which the mayor said could take two years or more if the state does not help.',
  ];
  const headline = 'Inside the town hall, doubts about the new bridge plan are beginning to grow';
  const after = 'Shop owners on both sides of the river said they feared losing customers, and some asked the council for help.';
  const text = (h: string): string => {
    const result = extractFromText(['Home', 'News', paras[0]!, 'Related', h, after, paras[1]!, 'Imprint'].join('\n'));
    return result.ok ? result.article.text : '';
  };
  expect(text(headline)).not.toContain(headline);
  expect(text(headline)).toContain(after);
  // The same words ending in a full stop are a sentence of the article: the section ends there.
  expect(text(`${headline}.`)).toContain(`${headline}.`);
});

test('the guessed title is no body text before the article; between two of its paragraphs it is a subheading and stays', () => {
  const paras = [
    'Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das im Frühjahr in Kraft treten soll, und die Opposition hatte bis zuletzt dagegen gestimmt, weil sie die Kosten fürchtet.',
    'Nach Angaben des Ministeriums betrifft die Änderung vor allem kleine Betriebe, die bisher ausgenommen waren und nun mehr Zeit für die Umstellung bekommen sollen als zunächst geplant.',
  ];
  const text = (lines: string[]): string => {
    const result = extractFromText(lines.join('\n'));
    return result.ok ? result.article.text : '';
  };
  expect(text(['Startseite', '# Neues Gesetz für kleine Betriebe', ...paras, 'Impressum'])).not.toContain('Neues Gesetz für kleine Betriebe');
  expect(text(['Startseite', paras[0]!, '# Was sich für Betriebe ändert', paras[1]!, 'Impressum'])).toContain('Was sich für Betriebe ändert');
});

test('a thread keeps a post that a reply quotes (every copy of a long block went elsewhere)', () => {
  const post = ['I replaced the chain last week and the gears still skip when I climb a steep hill, even in the lowest gear.', 'The shop says the cassette is fine, so I wonder whether the derailleur hanger is bent after the fall in spring.'];
  const reply = 'Check the hanger alignment first: a bent hanger makes the gears skip exactly like that, and a new chain on a worn cassette does too.';
  const dump = ['Forum › Bikes › Gears', 'Gears skip on climbs', 'rider42', ...post, 'Reply', 'mechanic7', 'rider42 said:', ...post, reply, 'Reply', 'About us · Privacy'].join('\n\n');
  const read = extractFromText(dump, { pageType: 'forum' });
  const thread = read.ok ? read.article.text : '';
  // The post where it was written, before its reply (the quote's copy is written once).
  expect(thread.indexOf(post[0]!)).toBeGreaterThanOrEqual(0);
  expect(thread.indexOf(post[0]!)).toBeLessThan(thread.indexOf('mechanic7'));
  expect(thread.split(post[0]!).length - 1).toBe(1);
  expect(thread).toContain(reply);
});

test('a markdown dump: prose with links in it is prose, as the same page without the link marks is', () => {
  const lead = 'The town council met on Tuesday evening to discuss the new bridge over the river, and most members agreed that the old one had served long enough.';
  const linked = 'Residents can read the [full engineering report](https://example.org/report) and the [council minutes](https://example.org/minutes) before the vote in May.';
  const tail = 'Work on the bridge is expected to start next spring and to last about two years, the mayor said after the meeting had ended late at night.';
  const r = extractFromText(`# Bridge vote\n\n${lead}\n\n${linked}\n\n${tail}\n`);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.article.text).toContain('Residents can read the full engineering report and the council minutes before the vote in May.');
});

test("a dump that marks links keeps a tutorial's prose between its lists of links, as the dump without the marks does", () => {
  const lead = [
    'This tutorial walks through the main kinds of models step by step, from cleaning the data to judging how well a model predicts what it has never seen before, and it shows at each step why the step is there at all.',
    'Each part below opens with what it is about and then lists its lessons, which you can read in any order, though most readers will want to start with the first one and come back to the others when they need them.',
    'None of the lessons asks for more than a little algebra, and every one of them comes with a small set of data that you can download and use to try out what it teaches on your own machine before you go on.',
  ].join('\n\n');
  const section = (n: number, heading: string, text: string, links: string[], marked: boolean): string =>
    `## ${n}. ${heading}\n\n${text}\n\n${links.map((l) => (marked ? `- [${l}](https://example.org/${l.toLowerCase().replace(/ /g, '-')})` : `- ${l}`)).join('\n')}\n`;
  const page = (marked: boolean): string => [
    `# Machine learning tutorial\n\n${lead}\n`,
    section(1, 'Preparing data', 'This part covers cleaning and scaling the data before any model sees it.', ['Data cleaning', 'Feature scaling', 'Feature extraction', 'Feature selection', 'Handling missing values'], marked),
    section(2, 'Linear models', 'A straight line is the simplest way to predict a number from another one.', ['Linear regression', 'Gradient descent', 'Logistic regression', 'Cost functions', 'Regularization'], marked),
    section(3, 'Trees', 'A tree asks a series of simple questions about the data, as a flowchart does.', ['Decision trees', 'Random forests', 'Gradient boosting', 'Pruning a tree', 'Feature importance'], marked),
  ].join('\n');
  for (const marked of [false, true]) {
    const r = extractFromText(page(marked));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('A straight line is the simplest way to predict a number from another one.');
    expect(r.article.text).toContain('A tree asks a series of simple questions about the data, as a flowchart does.');
  }
});

// A browser's innerText or a scraper's get_text marks no list item or heading: every line is a paragraph.
test("an unmarked dump's contents line does not take the list below it: the page reads as an index", () => {
  const trees = ['Alder', 'Aspen', 'Beech', 'Birch', 'Cedar', 'Cherry', 'Elder', 'Elm', 'Fir', 'Hazel', 'Holly', 'Juniper', 'Larch', 'Lime', 'Maple', 'Oak', 'Pine', 'Poplar', 'Rowan', 'Spruce', 'Walnut', 'Willow', 'Yew', 'Ash', 'Hawthorn', 'Hornbeam', 'Sycamore', 'Chestnut', 'Dogwood', 'Buckthorn'];
  const entries = trees.flatMap((n) => [`${n} (common ${n.toLowerCase()})`, `${n} hybrids`, `${n} in old gardens`]);
  const dump = ['Main menu', 'Home', 'List of trees of the region', 'This is a list of the trees that grow wild in the region, sorted by their common names.', 'Contents', ...entries, 'Privacy policy', 'About'].join('\n');
  const r = extractFromText(dump);
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.type).toBe('listing');
  expect(r.article.text).toContain('Sycamore in old gardens');
});

test("in an unmarked index a rule's line among a search form's short lines goes alone and leaves the items", () => {
  const paper = (n: number): string[] => [`Paper ${n}: a study of river sediment in region ${n}`, `Authors: Ana Lima, Ben Ode ${n}`, 'Subjects: Geology'];
  const dump = ['Skip to content', 'Search in', 'Title', 'Authors', 'Comments', 'Abstract', 'Go', 'Recent submissions', ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap(paper), 'About', 'Contact'].join('\n');
  const r = extractFromText(dump, { pageType: 'listing' });
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('Paper 1: a study of river sediment in region 1');
  expect(r.article.text).toContain('Paper 8: a study of river sediment in region 8');
});
