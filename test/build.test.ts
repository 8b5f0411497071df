import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParse5 } from '../src/html/deps.js';
import { documentOf, parsePrepared, prepareHtml } from '../src/html/parse.js';
import { prefilter } from '../src/html/prefilter.js';

const pages = readdirSync('fixtures').filter((d) => d.startsWith('html-')).map((d) => readFileSync(join('fixtures', d, 'source.html'), 'utf8'));

/** The tree parse5 gives, as jsdom builds it from that tree and as jsdom parses its serialization. */
function both(html: string, url?: string): { built: Document; parsed: Document } {
  const tree = loadParse5().parse(html);
  const serialized = loadParse5().serialize(tree);
  return { built: documentOf(tree, () => serialized, url), parsed: parsePrepared(serialized, url) };
}

describe('documentOf (the prefilter tree built into jsdom, parsed once)', () => {
  it('builds what jsdom parses from the serialized tree, on every HTML fixture', () => {
    for (const html of pages) {
      const pre = prefilter(prepareHtml(html), []);
      if (!('tree' in pre)) throw new Error('a fixture read as text');
      const built = documentOf(pre.tree, pre.html);
      const parsed = parsePrepared(pre.html());
      expect(built.documentElement.outerHTML).toBe(parsed.documentElement.outerHTML);
      expect(built.title).toBe(parsed.title);
      expect(built.body.textContent).toBe(parsed.body.textContent);
    }
  });

  it('keeps the doctype, the quirks mode, comments, foreign elements and namespaced attributes', () => {
    const html = '<!DOCTYPE html><html><head><title>T</title></head><body><!-- note --><p class="a" data-x="1">one <b>two</b></p><svg viewBox="0 0 1 1"><use xlink:href="#i"></use></svg></body></html>';
    const { built, parsed } = both(html);
    expect(built.doctype?.name).toBe('html');
    expect(built.compatMode).toBe(parsed.compatMode);
    expect(both('<p>no doctype</p>').built.compatMode).toBe('BackCompat');
    expect(built.documentElement.outerHTML).toBe(parsed.documentElement.outerHTML);
    const use = built.querySelector('use')!;
    expect(use.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#i');
    expect(built.querySelector('p.a')?.getAttribute('data-x')).toBe('1');
  });

  it('puts a template\'s children in its content, not in the page', () => {
    const { built } = both('<body><template><p>inert</p></template><p>shown</p></body>');
    const template = built.querySelector('template') as HTMLTemplateElement;
    expect(template.childNodes.length).toBe(0);
    expect(template.content.textContent).toBe('inert');
    expect(template.content.firstElementChild?.ownerDocument).not.toBe(built);
    expect(built.body.textContent).toBe('shown');
  });

  it('gives a text run one text node, and the page its base address', () => {
    const { built } = both('<head><base href="/docs/"></head><body><p>a run of words and spaces</p><a href="x">x</a></body>', 'https://example.org/a/b');
    expect(built.querySelector('p')!.childNodes.length).toBe(1);
    expect(built.baseURI).toBe('https://example.org/docs/');
    expect((built.querySelector('a') as HTMLAnchorElement).href).toBe('https://example.org/docs/x');
    expect(both('<p>x</p>', 'https://example.org/a/b').built.baseURI).toBe('https://example.org/a/b');
  });

  it('builds a document that stays live: DOM edits and queries work on it', () => {
    const { built } = both('<body><div id="d"><p>1</p><p>2</p></div></body>');
    const d = built.getElementById('d')!;
    expect(d.getElementsByTagName('p').length).toBe(2);
    d.firstElementChild!.remove();
    expect(d.getElementsByTagName('p').length).toBe(1);
    expect(built.querySelectorAll('p').length).toBe(1);
    expect(d.isConnected).toBe(true);
  });
});
