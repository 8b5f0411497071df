import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../src/html/assemble.js';
import { extractFromText } from '../src/text/assemble.js';
import { dropCopiedParts, dropCopies, dropOverlays, mainRegion, pruneRegion } from '../src/html/region.js';
import { parseHtml } from '../src/html/parse.js';
import { toText } from '../src/html/text.js';
import { POST_MARK } from '../src/lexicon/index.js';
import type { Block } from '../src/types.js';
import type { Verdict } from '../src/text/classify.js';
import { RULE_HIT } from '../src/text/core.js';
import { keepRegion } from '../src/text/region.js';

const body = (html: string): Element => parseHtml(`<html><body>${html}</body></html>`).body;
const prose = 'This sentence is long enough to be read as the prose of a page that has several parts in it.';

describe('html region', () => {
  test("an article printed once for each screen size is written once; its own repeated lines stay", () => {
    const article = Array.from({ length: 6 }, (_, i) => `<p>${prose} Part ${i + 1} of the story goes on from here.</p>`).join('');
    const line = '<p>Portions: one green, one red, one yellow container, one teaspoon of oil.</p>';
    const b = body(`<div class="layout-wide"><div><div>${article}${line}${line}</div></div></div><div class="layout-narrow"><div>${article}${line}${line}</div></div>`);
    expect(dropCopiedParts(b).map((r) => r.rule)).toEqual(['classifier/repeated']);
    expect(b.textContent!.split('Part 1 of the story').length).toBe(2);
    expect(b.textContent!.split('Portions: one green').length).toBe(3);
  });

  test('<main> is the region when it holds enough of the text, else the body', () => {
    const b = body(`<div>${prose}</div><main><p>${prose}</p><p>${prose}</p></main>`);
    expect(mainRegion(b).localName).toBe('main');
    const small = body(`<div><p>${prose}</p><p>${prose}</p><p>${prose}</p></div><main><p>Hello</p></main>`);
    expect(mainRegion(small).localName).toBe('body');
  });

  test('sidebars, menus, copies and what precedes the headline go; items and prose stay', () => {
    const b = body(`<p><a href="/">Shop</a> / <a href="/c">Lamps</a></p><h1>Lamps</h1><p>${prose}</p>
      <aside><h2>Filter</h2><p>Brass</p></aside>
      <ul><li><a href="/a">Rugs</a></li><li><a href="/b">Chairs</a></li><li><a href="/c">Beds</a></li><li><a href="/d">Sale</a></li></ul>
      <ul><li><a href="/p/1">Alder Lamp</a> Warm light, brass arm, $49</li><li><a href="/p/2">Birch Lamp</a> Dimmable, $65</li><li><a href="/p/3">Cedar Lamp</a> Linen, $129</li><li><a href="/p/4">Dune Lamp</a> Glass, $89</li></ul>
      <p>${prose}</p>`);
    const removed = pruneRegion(b).map((r) => r.rule);
    const text = toText(b);
    expect(removed).toEqual(expect.arrayContaining(['classifier/before-headline', 'classifier/sidebar', 'classifier/menu', 'classifier/repeated']));
    expect(text).not.toContain('Shop');
    expect(text).not.toContain('Brass');
    expect(text).not.toContain('Chairs');
    expect(text).toContain('Alder Lamp');
    expect(text.split(prose).length - 1).toBe(1);
  });

  test("on a product page a group of other products' priced cards goes; the product's own price and a grid elsewhere stay", () => {
    const cards = '<div class="recs"><div><a href="/p/2">Birch Lamp</a> Dimmable, $65</div><div><a href="/p/3">Cedar Lamp</a> Linen shade, $129</div><div><a href="/p/4">Dune Lamp</a> Glass, $89</div></div>';
    const page = `<h1>Alder Lamp</h1><div class="buy"><p>$49</p><a href="/cart">Add to cart</a></div><p>${prose}</p><h2>You may also like</h2>${cards}`;
    const product = body(page);
    expect(pruneRegion(product, 'drop').map((r) => r.rule)).toContain('classifier/other-products');
    expect(toText(product)).not.toContain('Cedar Lamp');
    expect(toText(product)).toContain('$49');
    const grid = body(page);
    pruneRegion(grid, 'keep');
    expect(toText(grid)).toContain('Cedar Lamp');
    // A page of a category grid in one group is more cards than any carousel shows.
    const many = Array.from({ length: 30 }, (_v, i) => `<div><a href="/p/${i}">Lamp ${i}</a> $${40 + i}</div>`).join('');
    const typedWrong = body(`<h1>Lamps</h1><div class="grid">${many}</div>`);
    pruneRegion(typedWrong, 'drop');
    expect(toText(typedWrong)).toContain('Lamp 29');
  });
});

describe('overlays and page footers', () => {
  test('a modal and a nested page footer go before the region is chosen, so <main> wins again; a post footer stays', () => {
    const terms = Array.from({ length: 8 }, () => `<p>${prose}</p>`).join('');
    const b = body(`<main><h1>Trail shoe</h1><p>${prose}</p><article><p>${prose}</p><footer>Reply · Quote</footer></article></main>
      <div class="shell"><footer><div aria-modal="true"><h3>Terms of service</h3>${terms}</div><p>© Example</p></footer></div>
      <div role="dialog"><p>${prose}</p></div>`);
    expect(mainRegion(b).localName).toBe('body');
    const removed = dropOverlays(b).map((r) => r.rule);
    expect(removed).toEqual(expect.arrayContaining(['classifier/dialog', 'classifier/page-footer']));
    expect(mainRegion(b).localName).toBe('main');
    expect(toText(b)).toContain('Reply · Quote');
    expect(toText(b)).not.toContain('Terms of service');
    expect(toText(b)).not.toContain('© Example');
  });
});

describe('text region', () => {
  const blocks = (lines: string[]): Block[] => lines.map((text) => ({ text, type: 'paragraph', linkDensity: 0 }));
  const v = (cls: Verdict['cls'], reason = cls): Verdict => ({ cls, reason });

  test('from the first prose to the last, keeping short lines between; menu lines and what lies outside go', () => {
    const b = blocks(['Menu', 'Intro prose', 'Alder Lamp', '$49.00', 'Home About', 'More prose', 'Footer']);
    const initial = [v('short'), v('good'), v('short'), v('short'), v('bad', 'link-density'), v('neargood'), v('short')];
    expect(keepRegion(b, initial, () => false, false).map((x) => x.cls)).toEqual(['bad', 'good', 'good', 'good', 'bad', 'good', 'bad']);
  });

  test('a closing section ends it; a grid runs on past its last prose to its last item', () => {
    const b = blocks(['Intro prose', 'Alder Lamp', '$49.00', 'Birch Lamp']);
    const initial = [v('good'), v('short'), v('short'), v('short')];
    expect(keepRegion(b, initial, () => false, false).map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'bad']);
    expect(keepRegion(b, initial, () => false, true).map((x) => x.cls)).toEqual(['good', 'good', 'good', 'good']);
    // Below a closing section, the short lines go; prose good on its own stays, as in an article.
    const closed = [v('good'), v('bad', RULE_HIT.closing), v('short'), v('good')];
    expect(keepRegion(b, closed, (i) => i === 1, false).map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'good']);
  });

  test("on a grid or an index (keepLinks), items a dump marks as links stay; elsewhere link-dense lines go", () => {
    const b = blocks(['Intro prose', 'Alder Lamp', 'Birch Lamp', 'More prose']);
    const initial = [v('good'), v('bad', 'link-density'), v('bad', 'link-density'), v('good')];
    expect(keepRegion(b, initial, () => false, true, true).map((x) => x.cls)).toEqual(['good', 'good', 'good', 'good']);
    expect(keepRegion(b, initial, () => false, true).map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'good']);
  });

  test("on a grid or an index, a long run of short list items above the page's title is a menu; below it, or on a page without a title, the list stays", () => {
    const menu = ['Tents', 'Sleeping Bags', 'Stoves, Grills & Fuel', 'Lanterns', 'Pillows', 'Rain Jackets', 'Trail Shoes', 'Water Bottles'];
    const b: Block[] = [{ text: 'Sign in to earn points on every order you place with us', type: 'list-item', linkDensity: 0 }, ...menu.map((text): Block => ({ text, type: 'list-item', linkDensity: 0 })), ...blocks(['Camping Tents', 'Alder Tent', '$249.00'])];
    const initial = [v('good'), ...menu.map(() => v('short')), v('short'), v('short'), v('short')];
    const title = menu.length + 1;
    const kept = keepRegion(b, initial, () => false, true, false, title).map((x) => x.cls);
    expect(kept).toEqual(['good', ...menu.map(() => 'bad'), 'good', 'good', 'good']);
    // One item fewer is a short list, not a menu (regionMenuRunMin).
    expect(keepRegion([b[0]!, ...b.slice(2)], [initial[0]!, ...initial.slice(2)], () => false, true, false, title - 1).every((x) => x.cls === 'good')).toBe(true);
    expect(keepRegion(b, initial, () => false, true, false, null).every((x) => x.cls === 'good')).toBe(true);
    expect(keepRegion(b, initial, () => false, true, false, 0).every((x) => x.cls === 'good')).toBe(true);
  });

  test("on a grid or an index, items above the page's first prose are in the region from the first item on (itemsFrom)", () => {
    const b = blocks(['Menu', 'Top films', '#1', 'Alder Road', 'Watch', '#2', 'Birch Lane', 'Watch', 'About these charts: how we count what people watch.']);
    const initial = [v('short'), v('short'), v('bad', 'few-stopwords'), v('short'), v('short'), v('bad', 'few-stopwords'), v('short'), v('short'), v('good')];
    expect(keepRegion(b, initial, () => false, true, false, null, 2).map((x) => x.cls)).toEqual(['bad', 'bad', 'good', 'good', 'good', 'good', 'good', 'good', 'good']);
    // Without items marked, or on a page whose region ends at its prose (itemsAfterProse false), it opens at the prose.
    expect(keepRegion(b, initial, () => false, true, false, null).filter((x) => x.cls === 'good')).toHaveLength(1);
    expect(keepRegion(b, initial, () => false, false, false, null, 2).filter((x) => x.cls === 'good')).toHaveLength(1);
  });

  test('a closing line before most of the page is no end: an index goes on to its items', () => {
    const items = Array.from({ length: 12 }, (_x, k) => `Winner of the garden award number ${k + 1}, a small courtyard`);
    const b = blocks(['Intro', 'Read more', ...items]);
    const initial = [v('good'), v('bad', RULE_HIT.closing), ...items.map(() => v('short'))];
    const kept = keepRegion(b, initial, (i) => i === 1, true).map((x) => x.cls);
    expect(kept).toEqual(['good', 'bad', ...items.map(() => 'good')]);
  });
});

test('post marks: controls and counters of a post, in each lexicon language', () => {
  for (const line of ['Reply', '- Quote', 'Posts: 412', '12 replies', '#3', 'Zitieren', 'Beiträge: 80', 'Member since 2019', 'Click to expand...', 'Improve this answer', 'Add a comment']) expect(POST_MARK.test(line), line).toBe(true);
  for (const line of ['Replying to critics, the minister wrote a letter', 'Reporters were there', '3 comments', 'Add a commentary section']) expect(POST_MARK.test(line), line).toBe(false);
});

describe('content shown later', () => {
  test("the page's one wrapper, hidden until its scripts run, is the page; a hidden box beside the page is not", async () => {
    const { extract } = await import('../src/index.js');
    const gate = (extra: string) => `<html><head><title>Pruning roses</title></head><body><div id="app"><div style="visibility:hidden;min-height:100vh"><main>
      <h1>Pruning roses</h1><p>${prose}</p><p>Cut above an outward-facing bud, at a slant, so that rain runs off the wound and the new shoot grows away from the centre.</p>
      </main></div>${extra}</div><script>show()</script></body></html>`;
    const shown = extract(gate(''));
    expect(shown.ok && shown.article.text).toContain('outward-facing bud');
    // With a visible sibling, the hidden element is one part of the page, hidden: it goes.
    const beside = extract(gate(`<main><h1>Roses</h1><p>${prose}</p></main>`));
    expect(beside.ok && beside.article.text).not.toContain('outward-facing bud');
  });

  test("a gate over the main landmark (its content hidden until a script unlocks it) is the content; the gate's notice is not", async () => {
    const { extract } = await import('../src/index.js');
    const gate = (visible: string) => `<html><head><title>Pruning roses</title></head><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header><main>
      <div class="lock-notice" style="display:none"><p>This page is for members only. Please log in to continue reading.</p></div>
      <div class="lock-content" style="display:none"><h1>Pruning roses</h1><p>${prose}</p><p>Cut above an outward-facing bud, at a slant, so that rain runs off the wound and the new shoot grows away from the centre.</p></div>
      ${visible}<script>unlock()</script></main><footer><p>Copyright 2026 Rose Growers</p></footer></body></html>`;
    const shown = extract(gate(''));
    expect(shown.ok && shown.article.text).toContain('outward-facing bud');
    expect(shown.ok && shown.article.text).not.toContain('members only');
    // Beside visible content, the hidden block is one hidden part of the page: it goes.
    const beside = extract(gate(`<section><h2>Roses</h2><p>${prose}</p></section>`));
    expect(beside.ok && beside.article.text).not.toContain('outward-facing bud');
  });

  test('a hidden block holding several times the text the page shows is its content; a hidden menu of links is not', async () => {
    const { extract } = await import('../src/index.js');
    const items = ['Brass desk lamp with a linen shade, barely used', 'Oak side table, hand finished, small scratch on one leg', 'Wool rug in deep blue, two by three metres, cleaned'];
    const page = (hidden: string) => `<html><head><title>Used furniture</title></head><body><header><a href="/">Home</a> <a href="/sell">Sell</a></header>
      <div class="main-column"><p>Listings load here in a moment.</p><script>render()</script></div><footer><p>Help and contact</p></footer>
      <div style="display:none">${hidden}</div></body></html>`;
    const listing = extract(page(`<h1>Used furniture</h1>${[...items, ...items].map((t, i) => `<div class="card"><h3>${t}</h3><p>Collect it in town on any weekday evening, or ask for delivery. Price ${20 + i} euros.</p></div>`).join('')}`));
    expect(listing.ok && listing.article.text).toContain('Oak side table');
    const menu = extract(page(`<ul>${[...items, ...items, ...items, ...items].map((t) => `<li><a href="/c">${t}</a></li>`).join('')}</ul>`));
    expect(menu.ok).toBe(true);
    expect(menu.ok && menu.article.text).not.toContain('Oak side table');
    // Nor is a modal kept for later, however long its text.
    const plan = 'Tell us about your garden and the light it gets, and a gardener writes a planting plan for every season of the year. ';
    const modal = extract(page('').replace('</body>', `<div role="dialog" style="display:none"><p>${plan.repeat(6)}</p></div></body>`));
    expect(modal.ok).toBe(true);
    expect(modal.ok && modal.article.text).not.toContain('planting plan');
  });

  test('a hidden tab panel, accordion body (or its unnamed wrapper) or streamed chunk is read; a hidden menu is not', async () => {
    const { extract } = await import('../src/index.js');
    const page = `<html><head><title>Lamp</title><script type="application/ld+json">{"@type":"Product","name":"Lamp"}</script></head><body><main>
      <h1>Alder Desk Lamp</h1><p>$49.00</p>
      <div class="tabs"><div role="tabpanel" id="desc"><p>${prose}</p></div>
      <div class="tab-pane" hidden><p>Specifications: brass arm, linen shade, 40 cm tall, warm white LED.</p></div>
      <div class="accordion-body" style="display:none"><p>Care: wipe with a dry cloth; never use solvents on the brass.</p></div></div>
      <div hidden id="S:0"><p>Delivery in three to five working days, free over fifty dollars.</p></div>
      <div class="faq-accordion"><h3>Bulbs</h3><div id="item_1" style="display:none"><p>Takes any E27 bulb up to 60 watts.</p></div></div>
      <div style="display:none"><div class="tab-content"><p>Made in a small workshop in Porto.</p></div></div>
      <ul class="mobile-menu" hidden><li><a href="/a">Rugs</a></li><li><a href="/b">Chairs</a></li></ul>
    </main></body></html>`;
    const r = extract(page);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.type).toBe('product');
    expect(r.article.text).toContain('brass arm, linen shade');
    expect(r.article.text).toContain('wipe with a dry cloth');
    expect(r.article.text).toContain('three to five working days');
    // An unnamed wrapper a script toggles: the accordion around it or the panel inside names it.
    expect(r.article.text).toContain('any E27 bulb');
    expect(r.article.text).toContain('small workshop in Porto');
    expect(r.article.text).not.toContain('Chairs');
  });

  test('a streamed chunk sent after the footer is read where its slot is, in place of the fallback; a self-closed iframe in <noscript> swallows nothing', async () => {
    const { extract } = await import('../src/index.js');
    const page = `<html><head><title>Gardens</title></head><body>
      <noscript><iframe src="https://tags.example.org/ns.html" height="0" width="0" style="display:none" /></noscript>
      <header><a href="/">Home</a></header>
      <main><h1>Garden design</h1><section><!--$?--><template id="B:0"></template><p>Loading the plans…</p><!--/$--></section>
      <section><!--$?--><template id="B:1"></template><!--/$--></section></main>
      <footer><p>© Example Gardens</p></footer>
      <div hidden id="S:0"><p>${prose}</p><p>We plan beds, paths and ponds for small town gardens and large estates alike.</p></div>
      <div hidden id="S:1"><h2>Our process</h2><p>First a visit, then a drawing, then the planting season: each step agreed with you in writing.</p></div>
    </body></html>`;
    const r = extract(page);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = r.article.text;
    expect(text).toContain('beds, paths and ponds');
    expect(text.indexOf('beds, paths and ponds')).toBeLessThan(text.indexOf('Our process'));
    expect(text).toContain('each step agreed with you');
    expect(text).not.toContain('Loading the plans');
  });
});

describe('copies of a block in a region', () => {
  // A page that renders its plans twice, for wide and narrow screens, and the same short step twice in its guide.
  const plans = '<h2>Plans for teams</h2><ul><li>Shared inbox</li><li>Weekly reports</li></ul>';
  const page = `<html><head><title>Helpdesk</title></head><body><main><h1>Helpdesk</h1><p>${prose}</p><div class="wide">${plans}</div><div class="narrow">${plans}</div><h2>Set up</h2><p>Run the installer.</p><p>${prose}</p><p>Run the installer.</p></main></body></html>`;

  test('dropCopies writes each block once and counts the words it took', () => {
    const b = body(`<p>Free returns</p><p>${prose}</p><p>free  returns</p><p>Sale</p><p>Sale</p>`);
    const { removed, words } = dropCopies(b);
    expect(removed.map((r) => r.rule)).toEqual(['classifier/repeated']);
    expect(words).toBe(2);
    // One word alone ("Sale", "New") is a label each card may carry; it stays.
    expect(toText(b).match(/Sale/g)).toHaveLength(2);
  });

  test('on a page of parts a short block shown again is written once; in a tutorial the step stays where it is repeated', () => {
    const service = extractFromHtml(page, { pageType: 'service' });
    if (!service.ok) throw new Error(service.reason);
    expect(service.article.text.match(/Weekly reports/g)).toHaveLength(1);
    expect(service.article.text.match(/Run the installer/g)).toHaveLength(1);
    const docs = extractFromHtml(page, { pageType: 'documentation' });
    if (!docs.ok) throw new Error(docs.reason);
    expect(docs.article.text.match(/Run the installer/g)).toHaveLength(2);
  });
});

describe('a product page read as its region', () => {
  const details = Array.from({ length: 4 }, (_, i) => `<p>The shelf unit ${i} is made of wood and paper, holds books and boxes, and stands upright or on its side in a room.</p>`).join('');
  const review = (who: string) => `<div class="card"><p>${who}: I bought two of these for the study and they were easy to build, sturdy and the right size for the boxes.</p></div>`;
  const page = `<html><head><title>Shelf unit</title></head><body><main><h1>Shelf unit</h1>${details}<h2>Customer Reviews</h2>${['Ann', 'Bo', 'Cy', 'Di'].map(review).join('')}<h2>Measurements</h2><p>Width: 77 cm</p></main></body></html>`;

  test("a product's customer reviews go with all that follows them", () => {
    const r = extractFromHtml(page, { pageType: 'product' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('holds books and boxes');
    expect(r.article.text).not.toMatch(/Ann:|Di:|Customer Reviews|Width/);
    expect(r.article.removed.some((x) => x.rule === 'reviews/any/heading')).toBe(true);
  });

  test('on another kind of page the rule is off, and a comment heading takes only its section', () => {
    const r = extractFromHtml(page, { pageType: 'service' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('Di:');
    const comments = page.replace('Customer Reviews', 'Comments');
    const s = extractFromHtml(comments, { pageType: 'service' });
    if (!s.ok) throw new Error(s.reason);
    expect(s.article.text).toContain('Width: 77 cm');
  });
});

describe('a dump read as its region', () => {
  const section = (name: string) => `${name}\nThe ${name.toLowerCase()} part of the interface takes a request object, checks its fields and returns a value the caller can read.\n`;
  const dump = ['Reference', section('Client'), section('Request'), 'Response:', section('Session'), section('Adapter')].join('\n');

  test("a heading that reads like a comment section's opens a section only: later sections stay", () => {
    const r = extractFromText(dump, { pageType: 'documentation' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('The adapter part');
    expect(r.article.removed.some((x) => x.rule === 'comments/any/heading')).toBe(true);
    const a = extractFromText(dump, { pageType: 'article' });
    if (!a.ok) throw new Error(a.reason);
    expect(a.article.text).not.toContain('The adapter part');
  });
});
