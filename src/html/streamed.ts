import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, type Element, isElement, type Node, type ParentNode } from './tree.js';

const idOf = (el: Element): string => attr(el, 'id') ?? '';

/**
 * React's streamed server rendering (Next.js and others) sends a page's slow parts last, each in a
 * `<div hidden id="S:n">` after the footer, with a script that moves it into its slot, a
 * `<template id="B:n">` (a suspense boundary) or `<template id="P:n">` (a postponed segment),
 * in place of the fallback shown until then (up to the boundary's closing `<!--/$-->`). Without
 * scripts the chunk stays where it was sent: after the footer, outside `<main>`, where the region
 * never looks. This puts each chunk where the browser shows it.
 */
export function placeStreamedChunks(doc: ParentNode): void {
  const chunks: Array<[string, Element]> = [];
  const slots = new Map<string, Element>();
  const stack: Node[] = [doc as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      const id = idOf(n);
      const chunk = /^S:(\d+)$/.exec(id);
      if (chunk && n.tagName === 'div' && n.attrs.some((a) => a.name === 'hidden')) chunks.push([chunk[1]!, n]);
      else if (n.tagName === 'template' && /^[BP]:\d+$/.test(id)) slots.set(id, n);
    }
    if ('childNodes' in n) for (const c of n.childNodes) stack.push(c as Node);
  }
  for (const [n, chunk] of chunks) {
    const slot = slots.get(`B:${n}`) ?? slots.get(`P:${n}`);
    const target = slot?.parentNode;
    const from = chunk.parentNode;
    if (!slot || !target || !from || target === chunk) continue;
    const kids = target.childNodes as Node[];
    const at = kids.indexOf(slot);
    // A boundary's fallback runs from its template to its closing comment.
    const close = idOf(slot).startsWith('B:') ? kids.findIndex((k, i) => i > at && k.nodeName === '#comment' && (k as DefaultTreeAdapterMap['commentNode']).data === '/$') : -1;
    const moved = chunk.childNodes;
    for (const m of moved) m.parentNode = target;
    (from.childNodes as Node[]).splice((from.childNodes as Node[]).indexOf(chunk), 1);
    kids.splice(at, (close > at ? close : at + 1) - at, ...moved);
    chunk.childNodes = [];
  }
}
