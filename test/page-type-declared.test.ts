import { describe, expect, test } from 'vitest';
import { declaredTypes, schemaSays } from '../src/page-type/schema.js';
import { urlShape } from '../src/page-type/url-shape.js';

/** What a page says of its own type: its URL's path and host, and its schema.org types. */

describe('URL shapes', () => {
  test.each([
    ['https://forum.example.org/t/some-thread/1555', 'forum'],
    ['https://example.org/community/threads/why.123/', 'forum'],
    ['https://shop.example.com/products/wool-runner', 'product'],
    ['https://shop.example.com/collections/sofas', 'collection'],
    ['https://docs.example.dev/api/reference/client', 'documentation'],
    ['https://example.com/blog/2026/a-post', 'article'],
    // A section of posts is an index where the path ends at it, an article below it.
    ['https://example.org/news', 'listing'],
    ['https://example.org/about/blog/', 'listing'],
    ['https://example.org/news/a-new-building-opens', 'article'],
    ['https://example.com/services/consulting', 'service'],
    ['https://example.com/', 'service'],
    ['https://example.com/?p=2895', null],
    // Where the path is a bare slug, a subdomain of the software's own speaks; the path wins over it.
    ['https://docs.example.dev/get-started/introduction/', 'documentation'],
    ['https://help.example.com/', 'documentation'],
    ['https://community.example.io/why-my-build-fails', 'forum'],
    ['https://docs.example.dev/blog/2026/a-post', 'article'],
    // "topic" and "t" speak only before a thread's number: alone they are topic indexes, guides, products.
    ['https://example.org/topic/225132-is-the-forum-closing/', 'forum'],
    ['https://example.org/topic/18427/release-candidate', 'forum'],
    ['https://example.org/t/laptop-advice/40024', 'forum'],
    ['https://news.example.com/topic/software', null],
    ['https://example.com/topics/camping/best-gps-watch', null],
    ['https://shop.example.com/t/trail-running-shoes-AB12cd', null],
    // 'www' and a host of two labels (the site's own name) say nothing.
    ['https://www.example.com/getting-started', null],
    ['https://help.com/getting-started', null],
  ])('%s is %s', (url, type) => expect(urlShape(url)).toBe(type));

  test('a bare slug, no URL or a broken one says nothing', () => {
    expect(urlShape('https://example.com/a-nice-slug')).toBeNull();
    expect(urlShape(null)).toBeNull();
    expect(urlShape('not a url')).toBeNull();
  });

  test('a segment counts whole: "products-we-love" is no product segment', () => {
    expect(urlShape('https://example.com/products-we-love')).toBeNull();
  });
});

describe('schema.org types', () => {
  test('what the JSON-LD and og:type name, in table order', () => {
    expect(schemaSays(['QAPage', 'Organization'])).toEqual(['forum']);
    expect(schemaSays(['Product', 'BreadcrumbList'])).toEqual(['product']);
    expect(schemaSays(['NewsArticle'])).toEqual(['article']);
    expect(schemaSays(['TechArticle'])).toEqual(['documentation', 'article']);
    // Open Graph's group of products: a shop's category page.
    expect(schemaSays(['product.group'])).toEqual(['collection']);
  });

  test("the JSON-LD's kind of page outweighs og:type, unless it is a Product without offers", () => {
    expect(declaredTypes(['Product', 'Offer'], 'article')).toEqual(['product']);
    expect(declaredTypes(['Product'], 'article')).toEqual(['product', 'article']);
    expect(declaredTypes(['Organization', 'WebSite'], 'article')).toEqual(['article']);
    expect(declaredTypes(['QAPage'], null)).toEqual(['forum']);
  });

  test('names every page carries say nothing', () => {
    expect(schemaSays(['Organization', 'WebSite', 'website', 'BreadcrumbList', 'WebPage'])).toEqual([]);
  });
});
