import { describe, expect, test } from 'vitest';
import { decideType, holds, TYPE_CONDITIONS, type TypeCondition } from '../src/page-type/conditions.js';
import type { PageFeatures, StructureFeatures } from '../src/page-type/features.js';
import { pageTypeOf, retypeAfterCore, typeNote } from '../src/page-type/detect.js';
import { PROFILES } from '../src/page-type/profiles.js';
import { overrideParams, param } from '../src/params.js';
import { PAGE_TYPES } from '../src/types.js';

const plain: PageFeatures = { schema: [], url: null, words: 800, proseShare: 0.6, codeBlocks: 0, prices: 0, itemCount: 3, itemShare: 0.1, articles: 0, headings: 4, dated: 0, signed: 0, linkShare: 0.1, postMarks: 0, proseBeforeMarks: 1, datedItems: 0, proseBeforeDatedItems: 0, callsToAction: 0, coreShare: 1, keptShare: 1 };
/** The type stage's features of a dump, as the text path measures them. */
async function dumpFeatures(): Promise<(dump: string) => StructureFeatures> {
  const { judge } = await import('../src/text/assemble.js');
  const { textFeatures } = await import('../src/text/type-features.js');
  return (dump) => {
    const j = judge(dump);
    return textFeatures(j.blocks, j.blockWords);
  };
}
const html = (over: Partial<PageFeatures>) => decideType({ ...plain, ...over }, TYPE_CONDITIONS.html).type;

describe('the decision list', () => {
  test('declared types and URLs decide first', () => {
    expect(html({ schema: ['forum'] })).toBe('forum');
    expect(html({ url: 'forum', proseShare: 0.2 })).toBe('forum');
    expect(html({ schema: ['product'], prices: 1 })).toBe('product');
    expect(html({ url: 'documentation' })).toBe('documentation');
    // A documentation URL over a page of links is the wiki's or the manual's index of its pages.
    expect(html({ url: 'documentation', linkShare: 0.8, proseShare: 0.1 })).toBe('listing');
    expect(html({ url: 'documentation', linkShare: 0.8, schema: ['article'] })).toBe('listing');
    // An index URL, unless the page declares an article (a post a CMS serves at /blog).
    expect(html({ url: 'listing', proseShare: 0.7 })).toBe('listing');
    expect(html({ url: 'listing', proseShare: 0.7, schema: ['article'] })).toBe('article');
  });

  test('a declared collection page is a grid when it shows prices, else an index of pages, even under og:type article', () => {
    expect(html({ schema: ['collection', 'article'], prices: 20 })).toBe('collection');
    expect(html({ schema: ['collection', 'article'], prices: 0 })).toBe('listing');
  });

  test("posts' marks make an undated page a thread, except under a post's URL: there they are its comments", () => {
    expect(html({ postMarks: 20, proseShare: 0.5 })).toBe('forum');
    expect(html({ postMarks: 20, proseShare: 0.5, url: 'article' })).toBe('article');
  });

  test('a thread URL over one long run of prose is an article; over many alike posts of prose, a thread', () => {
    expect(html({ url: 'forum', proseShare: 0.8, schema: ['article'] })).toBe('article');
    expect(html({ url: 'forum', proseShare: 0.8, dated: 1, itemCount: 12, itemShare: 0.9 })).toBe('forum');
    expect(html({ url: 'forum', proseShare: 0.8, dated: 1, itemCount: 3, itemShare: 0.9 })).toBe('article');
    expect(html({ proseShare: 0.8, dated: 1, itemCount: 12, itemShare: 0.9 })).toBe('article');
  });

  test('structure decides when nothing is declared', () => {
    expect(html({ prices: 30, itemCount: 20, proseShare: 0.05 })).toBe('collection');
    expect(html({ itemShare: 0.7, proseShare: 0.1 })).toBe('listing');
    expect(html({ codeBlocks: 8 })).toBe('documentation');
    expect(html({ proseShare: 0.2, headings: 12 })).toBe('service');
  });

  test('a page of prose, or a dated page, is an article; nothing holding, article is the default', () => {
    expect(html({ proseShare: 0.7, headings: 12 })).toBe('article');
    expect(html({ dated: 1, proseShare: 0.2, headings: 12 })).toBe('article');
    expect(decideType({ ...plain, proseShare: 0.1, headings: 0 }, TYPE_CONDITIONS.html)).toEqual({ type: 'article', by: null });
  });

  test('dumps need strong signs: little prose alone keeps the article', () => {
    const text = (over: Partial<PageFeatures>) => decideType({ ...plain, ...over }, TYPE_CONDITIONS.text).type;
    expect(text({ proseShare: 0.05, headings: 0 })).toBe('article');
    expect(text({ prices: 40, proseShare: 0.05 })).toBe('collection');
    expect(text({ codeBlocks: 30 })).toBe('documentation');
    expect(text({ codeBlocks: 30, dated: 1 })).toBe('article');
  });

  test("a dated dump whose posts' marks start before its prose is a thread; one with its prose first is an article with comments", () => {
    const text = (over: Partial<PageFeatures>) => decideType({ ...plain, ...over }, TYPE_CONDITIONS.text).type;
    expect(text({ dated: 1, postMarks: 14, proseBeforeMarks: 0 })).toBe('forum');
    expect(text({ dated: 1, postMarks: 14, proseBeforeMarks: 0.7 })).toBe('article');
    expect(text({ dated: 1, postMarks: 3, proseBeforeMarks: 0 })).toBe('article');
  });

  test('every condition of both lists can hold: each is reached by some page', () => {
    for (const list of Object.values(TYPE_CONDITIONS)) {
      for (const [i, c] of list.entries()) {
        // A page that meets c's tests only through c's own features, as the first such row.
        const f = satisfying(c);
        expect(f, c.id).not.toBeNull();
        expect(decideType(f!, list.slice(i)).by).toBe(c.id);
      }
    }
  });

  test('tests read params by name, so a sweep moves them', () => {
    const f = { ...plain, codeBlocks: 2, schema: [] };
    expect(holds({ feature: 'codeBlocks', atLeast: 'typeCodeBlocks' }, f)).toBe(false);
    overrideParams({ typeCodeBlocks: 2 });
    try {
      expect(param('typeCodeBlocks')).toBe(2);
      expect(holds({ feature: 'codeBlocks', atLeast: 'typeCodeBlocks' }, f)).toBe(true);
    } finally {
      overrideParams({});
    }
  });
});

/** Features that meet every test of c (or null when its tests contradict each other). */
function satisfying(c: TypeCondition): PageFeatures | null {
  const f: PageFeatures = { ...plain, schema: [], proseShare: 0.5 };
  for (const t of c.all) {
    if ('is' in t) f.url = t.is;
    else if ('says' in t) f.schema = [...f.schema, t.says];
    else if ('atLeast' in t) (f[t.feature] as number) = (typeof t.atLeast === 'number' ? t.atLeast : param(t.atLeast)) + 100;
    else if ('below' in t) (f[t.feature] as number) = (typeof t.below === 'number' ? t.below : param(t.below)) / 2;
  }
  return c.all.every((t) => holds(t, f)) ? f : null;
}

describe('the type stage', () => {
  test('--type wins, and --explain says who decided', () => {
    const d = pageTypeOf('html', () => ({ ...plain, schema: ['forum'] }), 'product');
    expect(d).toEqual({ type: 'product', by: 'user/type' });
    expect(typeNote(d)).toBe('page type: product (user/type)');
    expect(typeNote(pageTypeOf('html', () => plain, undefined))).toMatch(/^page type: article \(/);
  });

  test('a dump read as an article is read again once its core is known: a sliver of core is an index, a small part one of several sections', () => {
    const untyped = { type: 'article', by: null } as const;
    const share = (v: number) => () => v;
    expect(retypeAfterCore(untyped, 'text', () => plain, share(0.02))).toEqual({ type: 'listing', by: 'type/thin-core' });
    expect(retypeAfterCore(untyped, 'text', () => plain, share(0.2))).toEqual({ type: 'service', by: 'type/thin-core-sections' });
    expect(retypeAfterCore(untyped, 'text', () => plain, share(0.6))).toBe(untyped);
    // Little prose, no one list, some length: under half of the region in its core is one of several sections.
    const sections = { ...plain, words: 800, proseShare: 0.1, itemShare: 0.2 };
    expect(retypeAfterCore(untyped, 'text', () => sections, share(0.35))).toEqual({ type: 'service', by: 'type/thin-core-few-prose' });
    expect(retypeAfterCore(untyped, 'text', () => ({ ...sections, proseShare: 0.5 }), share(0.35))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'text', () => ({ ...sections, itemShare: 0.7 }), share(0.35))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'text', () => ({ ...sections, words: 150 }), share(0.35))).toBe(untyped);
    // A signed, dated page is an article whatever its core.
    const dated = { type: 'article', by: 'type/article-dated' } as const;
    expect(retypeAfterCore(dated, 'text', () => ({ ...plain, dated: 1, signed: 1 }), share(0.02))).toBe(dated);
    // Dated but naming no author: a thin enough core still makes it a page of sections.
    expect(retypeAfterCore(dated, 'text', () => ({ ...plain, dated: 1 }), share(0.02))).toEqual({ type: 'service', by: 'type/thin-core-unsigned' });
    expect(retypeAfterCore(dated, 'text', () => ({ ...plain, dated: 1 }), share(0.2))).toBe(dated);
    // Signed and dated, but its dated items start before its prose: an index of posts.
    const index = { ...plain, dated: 1, signed: 1, datedItems: 9, proseShare: 0.1, proseBeforeDatedItems: 0 };
    expect(retypeAfterCore(dated, 'text', () => index, share(0.2))).toEqual({ type: 'listing', by: 'type/thin-core-dated' });
    expect(retypeAfterCore(dated, 'text', () => ({ ...index, proseBeforeDatedItems: 0.9 }), share(0.2))).toBe(dated);
    expect(retypeAfterCore(dated, 'text', () => ({ ...index, datedItems: 2 }), share(0.2))).toBe(dated);
    expect(retypeAfterCore(dated, 'text', () => index, share(0.8))).toBe(dated);
    // Undated, asking the reader to act again and again, with a core under half its region: a service page.
    const calling = { ...plain, proseShare: 0.3, callsToAction: 6 };
    expect(retypeAfterCore(untyped, 'text', () => calling, share(0.3))).toEqual({ type: 'service', by: 'type/thin-core-calls' });
    expect(retypeAfterCore(untyped, 'text', () => ({ ...calling, callsToAction: 1 }), share(0.3))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'text', () => ({ ...calling, proseShare: 0.7 }), share(0.3))).toBe(untyped);
    expect(retypeAfterCore(dated, 'text', () => ({ ...calling, dated: 1, signed: 1 }), share(0.3))).toBe(dated);
  });

  test("an HTML page read as an article is a service page when Readability keeps little of its region's sections; the region is read only then", () => {
    const untyped = { type: 'article', by: null } as const;
    const sectioned = { ...plain, headings: 12 };
    const asked: string[] = [];
    const share = (v: number) => (c: { type: string; by: string | null }) => { asked.push(c.type); return v; };
    expect(retypeAfterCore(untyped, 'html', () => sectioned, share(0.2))).toEqual({ type: 'service', by: 'type/thin-readability' });
    expect(retypeAfterCore(untyped, 'html', () => sectioned, share(0.9))).toBe(untyped);
    expect(asked).toEqual(['service', 'service']);
    // Signed and dated, signed and declared an article, few sections, or typed by the user: never read again.
    expect(retypeAfterCore(untyped, 'html', () => ({ ...sectioned, dated: 1, signed: 1 }), share(0.2))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...sectioned, schema: ['article'], signed: 1 }), share(0.2))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...sectioned, headings: 1 }), share(0.2))).toBe(untyped);
    const forced = { type: 'article', by: 'user/type' } as const;
    expect(retypeAfterCore(forced, 'html', () => sectioned, share(0.2))).toBe(forced);
    expect(asked).toHaveLength(2);
  });

  test('a page that names no author is a service page on a thinner core, whatever its CMS declares', () => {
    const untyped = { type: 'article', by: null } as const;
    const declared = { ...plain, headings: 12, dated: 1, schema: ['article' as const] };
    const share = (v: number) => () => v;
    expect(retypeAfterCore(untyped, 'html', () => declared, share(0.1))).toEqual({ type: 'service', by: 'type/thin-readability-unsigned' });
    expect(retypeAfterCore(untyped, 'html', () => declared, share(0.3))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...declared, signed: 1 }), share(0.1))).toBe(untyped);
  });

  test('a page of many sections of whose words the first reading keeps a sliver is read as its region, whatever it declares; only such a page is read again', () => {
    const untyped = { type: 'article', by: 'type/article-schema' } as const;
    const declared = { ...plain, headings: 12, dated: 1, signed: 1, schema: ['article' as const] };
    const asked: string[] = [];
    const share = (v: number) => (c: { type: string; by: string | null }) => { asked.push(c.type); return v; };
    expect(retypeAfterCore(untyped, 'html', () => ({ ...declared, keptShare: 0.04 }), share(0.05))).toEqual({ type: 'service', by: 'type/sliver-readability' });
    expect(retypeAfterCore(untyped, 'html', () => ({ ...declared, keptShare: 0.04 }), share(0.5))).toBe(untyped);
    expect(asked).toEqual(['service', 'service']);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...declared, keptShare: 0.5 }), share(0.05))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...declared, keptShare: 0.04, headings: 2 }), share(0.05))).toBe(untyped);
    expect(asked).toHaveLength(2);
  });

  test('a page with few links of whose region Readability keeps under half is read as its region', () => {
    const untyped = { type: 'article', by: 'type/article-dated' } as const;
    const quiet = { ...plain, headings: 1, dated: 1, signed: 1, linkShare: 0.02, keptShare: 0.3 };
    const share = (v: number) => () => v;
    expect(retypeAfterCore(untyped, 'html', () => quiet, share(0.35))).toEqual({ type: 'service', by: 'type/half-readability-few-links' });
    expect(retypeAfterCore(untyped, 'html', () => quiet, share(0.8))).toBe(untyped);
    // Many links: a region would read menus and teasers too.
    expect(retypeAfterCore(untyped, 'html', () => ({ ...quiet, linkShare: 0.4 }), share(0.35))).toBe(untyped);
  });

  test('a page of many linked teasers of which Readability keeps part is an index, whatever its CMS declares', () => {
    const untyped = { type: 'article', by: 'type/article-schema' } as const;
    const teasers = { ...plain, schema: ['article' as const], dated: 1, itemCount: 12, itemShare: 0.8, linkShare: 0.4 };
    const asked: string[] = [];
    const share = (v: number) => (c: { type: string; by: string | null }) => { asked.push(c.type); return v; };
    expect(retypeAfterCore(untyped, 'html', () => teasers, share(0.3))).toEqual({ type: 'listing', by: 'type/thin-readability-items' });
    expect(asked).toEqual(['listing']);
    expect(retypeAfterCore(untyped, 'html', () => teasers, share(0.9))).toBe(untyped);
    // A signed article, a few boxes of links (a footer's columns), or parts whose text is not in links: no index.
    expect(retypeAfterCore(untyped, 'html', () => ({ ...teasers, signed: 1 }), share(0.3))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...teasers, itemCount: 4 }), share(0.3))).toBe(untyped);
    expect(retypeAfterCore(untyped, 'html', () => ({ ...teasers, linkShare: 0.05 }), share(0.3))).toBe(untyped);
  });

  test('an index dump is read whole as a listing; an article dump keeps its core', async () => {
    const { extract } = await import('../src/index.js');
    const entries = ['Spring bulbs', 'Pruning roses', 'Compost basics', 'Raised beds', 'Watering in summer', 'Seed saving', 'Winter mulch', 'Herb spirals', 'Fruit cages', 'Pond plants', 'Leaf mould', 'Tool care'];
    const index = ['Garden notes', '', 'All guides', '', ...entries.flatMap((e, i) => [`${e}`, `${3 + i} min read`, ''])].join('\n');
    const r = extract(index);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.type).toBe('listing');
    for (const e of entries) expect(r.article.text).toContain(e);
    const prose = 'The council met on Monday to decide the future of the old bridge, which has carried traffic over the river for more than a hundred years and now needs repairs that will cost millions.';
    const story = ['Bridge to close', '', prose, '', prose.replace('Monday', 'Tuesday'), '', prose.replace('council', 'committee'), '', 'Home', 'Sport', 'Weather'].join('\n');
    const a = extract(story);
    expect(a.ok && a.article.type).toBe('article');
  });

  test("a page's JSON-LD outweighs a CMS's og:type article where it declares a product on offer; rating stars alone leave the og:type standing", async () => {
    const { extract } = await import('../src/index.js');
    const para = (n: number) => `<p>Paragraph ${n} of the page: the brass lamp is made by hand in a small workshop, and each one takes a day to shape, polish and wire before it is packed.</p>`;
    const html = (ld: object) => `<html><head><meta property="og:type" content="article"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Brass lamp</h1>${[1, 2, 3, 4].map(para).join('')}<p>$49.00</p></main></body></html>`;
    const typeOf = (ld: object) => {
      const r = extract(html(ld), { inputFormat: 'html' });
      return r.ok ? r.article.type : r.code;
    };
    expect(typeOf({ '@type': 'Product', name: 'Brass lamp', offers: { '@type': 'Offer', price: '49.00' } })).toBe('product');
    expect(typeOf({ '@type': 'Product', name: 'Brass lamp', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.9 } })).toBe('article');
  });

  test("a dump measures the prose before the first post's mark", async () => {
    const measured = await dumpFeatures();
    const post = (n: number) => `Post ${n}: I tried the method from the first reply with the seedlings on the window sill, and after two weeks of watering less often the leaves were greener and the stems stood up again.`;
    const thread = ['Why do seedlings fall over?', '12 March 2026', '', ...[1, 2, 3, 4].flatMap((n) => ['Joined: May 2019', `Posts: ${40 + n}`, '', post(n), '', 'Reply', 'Quote', ''])].join('\n');
    const t = measured(thread);
    expect(t.postMarks).toBe(16);
    expect(t.proseBeforeMarks).toBe(0);
    const { extract } = await import('../src/index.js');
    const r = extract(thread);
    expect(r.ok && [r.article.type, r.article.published]).toEqual(['forum', '2026-03-12']);
    const story = ['Why seedlings fall over', '12 March 2026', '', post(1), '', post(2), '', post(3), '', '3 replies', '', post(4), '', 'Reply'].join('\n');
    const a = measured(story);
    expect(a.postMarks).toBe(2);
    expect(a.proseBeforeMarks).toBeCloseTo(0.75, 2);
    expect(measured(post(1)).proseBeforeMarks).toBe(1);
  });

  test("a dump counts the dates its short blocks show, not a post's time stamp or a bracketed deadline, and the prose before its third", async () => {
    const measured = await dumpFeatures();
    const teaser = (n: number) => `A look at how the harbour ferry timetable changes for the winter, part ${n}.`;
    const items = [1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`Ferry notes ${n}, ${n + 2} March 2026`, teaser(n), '']);
    const index = measured(['Harbour blog', '', ...items].join('\n'));
    expect(index.datedItems).toBe(7);
    expect(index.proseBeforeDatedItems).toBe(0);
    const prose = 'The council met on Monday to decide the future of the old bridge, which has carried traffic over the river for more than a hundred years and now needs repairs that will cost millions.';
    const story = measured(['Bridge to close', '2 March 2026', '', prose, '', prose, '', 'Archive', ...items].join('\n'));
    expect(story.datedItems).toBe(8);
    expect(story.proseBeforeDatedItems).toBe(1);
    expect(measured(['12.04.2020 17:02', '13.04.2020 09:15', 'Grants (until 31.12.2020)', 'Loans (until 30.06.2021)'].join('\n')).datedItems).toBe(0);
  });

  test('a dump counts the lines that are a call to action and nothing else', async () => {
    const measured = await dumpFeatures();
    expect(measured(['Ledger for small teams', 'Get started', '', 'Invoices that send themselves.', 'Book a demo →', '', 'Mehr erfahren', 'Learn more about our founders and the town we started in', 'Contact us today if the ferry is late'].join('\n')).callsToAction).toBe(3);
  });

  test('an index of dated posts in a dump is read as a listing, every item kept', async () => {
    const { extract } = await import('../src/index.js');
    const item = (n: number) => [`Winter timetable notes, part ${n}, ${n + 2} March 2026`, `Jo Writer`, `How the harbour ferry runs in the cold months, and which crossings stop for the season number ${n}.`, ''];
    const r = extract(['Harbour blog', '', ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap(item), 'More posts...', '', 'About', 'Contact'].join('\n'));
    expect(r.ok && r.article.type).toBe('listing');
    for (const n of [1, 4, 8]) expect(r.ok && r.article.text).toContain(`stop for the season number ${n}.`);
  });

  test("a dump's prices count where a card shows them, not in a headline's amount", async () => {
    const measured = await dumpFeatures();
    expect(measured(['Oak chair', '$120.00', '', 'Pine table', 'Sale price $80 Regular price $95'].join('\n')).prices).toBe(3);
    expect(measured(['Retailer raises $11 billion in its share listing on Tuesday', 'City approves a $40 million plan for the old bridge and the river bank'].join('\n')).prices).toBe(0);
  });

  test('every page type has a profile', () => {
    for (const t of PAGE_TYPES) expect(PROFILES[t].type).toBe(t);
  });
});
