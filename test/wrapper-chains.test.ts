import { parse, serialize } from 'parse5';
import { expect, test } from 'vitest';
import { collapseBareChains } from '../src/html/wrapper-chains.js';
import { PARAMS } from '../src/params.js';

const MAX_BARE_CHAIN = PARAMS.htmlMaxBareChain.value;

const bodyOf = (doc: ReturnType<typeof parse>) => {
  const html = doc.childNodes.find((n) => n.nodeName === 'html') as unknown as { childNodes: Array<{ nodeName: string }> };
  return html.childNodes.find((n) => n.nodeName === 'body') as never;
};

test('a long chain of bare wrappers becomes one; its content and the rest stay', () => {
  const doc = parse(`<body>${'<div>'.repeat(50)}<p>one</p><p>two</p>${'</div>'.repeat(50)}<p>after</p></body>`);
  expect(collapseBareChains(bodyOf(doc))).toBe(49);
  expect(serialize(doc)).toBe('<html><head></head><body><div><p>one</p><p>two</p></div><p>after</p></body></html>');
});

test('short chains, wrappers with attributes and wrappers with siblings are kept', () => {
  const pages = [
    `<body>${'<div>'.repeat(MAX_BARE_CHAIN)}<p>x</p>${'</div>'.repeat(MAX_BARE_CHAIN)}</body>`,
    `<body>${'<div class="c">'.repeat(20)}<p>x</p>${'</div>'.repeat(20)}</body>`,
    `<body>${'<div><p>side</p><div>'.repeat(20)}<p>x</p>${'</div></div>'.repeat(20)}</body>`,
  ];
  for (const page of pages) {
    const doc = parse(page);
    const before = serialize(doc);
    expect(collapseBareChains(bodyOf(doc))).toBe(0);
    expect(serialize(doc)).toBe(before);
  }
});
