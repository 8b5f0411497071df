import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { domView, simpleSelector } from '../src/html/simple-selector.js';

describe('simple selectors, as one walk tests them', () => {
  const doc = new JSDOM('<body><header id="h">x</header><div><header id="inner">y</header><nav role="menu">z</nav></div><p role="main">w</p></body>').window.document;
  const ids = (selector: string): string[] => {
    const test = simpleSelector(selector)!;
    return Array.from(doc.body.querySelectorAll('*')).filter((el) => test(domView(el))).map((el) => el.id || el.localName);
  };

  test.each([
    ['body > header', ['h']],
    ['header', ['h', 'inner']],
    ['[role="menu"], [role="main"]', ['nav', 'p']],
    ['nav[role="menu"]', ['nav']],
    ['NAV', ['nav']],
  ])('%s picks what querySelectorAll picks', (selector, expected) => {
    expect(ids(selector)).toEqual(expected);
    expect(Array.from(doc.body.querySelectorAll(selector)).map((el) => el.id || el.localName)).toEqual(expected);
  });

  test.each(['div p', '.menu', '#h', '[role]', 'a:hover', ''])('%j is left to jsdom', (selector) => {
    expect(simpleSelector(selector)).toBeNull();
  });
});
