import { createRequire } from 'node:module';

/**
 * The few jsdom internals extract reaches past the public API for: making nodes as jsdom's own
 * parser does (build.ts) and a node's modification count (readability.ts). Loaded once; null when
 * jsdom's layout has moved, and every user then takes its public-API way.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- jsdom's implementation objects have no types. */
export type Impl = any;

interface Internals {
  implForWrapper(wrapper: unknown): Impl;
  wrapperForImpl(impl: Impl): unknown;
  createElement(doc: Impl, localName: string, namespace: string, prefix: null, is: string | null, synchronousCE: boolean): Impl;
  setAttributeValue(el: Impl, localName: string, value: string, prefix: string | null, namespace: string | null): void;
  Text: { createImpl(global: unknown, args: [], init: { data: string; ownerDocument: Impl }): Impl };
  Comment: { createImpl(global: unknown, args: [], init: { data: string; ownerDocument: Impl }): Impl };
  DocumentType: { createImpl(global: unknown, args: [], init: { name: string; publicId: string; systemId: string; ownerDocument: Impl }): Impl };
}

let loaded: Internals | null | undefined;

export function jsdomInternals(): Internals | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const lib = (path: string): any => require(`jsdom/lib/${path}`);
    const utils = lib('generated/idl/utils.js');
    loaded = {
      implForWrapper: utils.implForWrapper,
      wrapperForImpl: utils.wrapperForImpl,
      createElement: lib('jsdom/living/helpers/create-element.js').createElement,
      setAttributeValue: lib('jsdom/living/attributes.js').setAttributeValue,
      Text: lib('generated/idl/Text.js'),
      Comment: lib('generated/idl/Comment.js'),
      DocumentType: lib('generated/idl/DocumentType.js'),
    };
    if (Object.values(loaded).some((f) => f === undefined)) loaded = null;
  } catch {
    loaded = null;
  }
  return loaded;
}

/**
 * How often `node` or anything below it has changed (children inserted or removed, attributes
 * set): jsdom counts it for its live collections. A text node's data set in place is not counted.
 * Null when the count is not where it was.
 */
export function modifications(node: Node): number | null {
  const version: unknown = jsdomInternals()?.implForWrapper(node)?._version;
  return typeof version === 'number' ? version : null;
}
