import type { DefaultTreeAdapterMap } from 'parse5';

/** parse5's plain tree, which the passes before jsdom (prefilter, streamed chunks, wrapper chains) read and rewrite. */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null;
export const childrenOf = (n: ParentNode): Node[] => n.childNodes as Node[];
