import { toMarkdown } from '../src/html/markdown.js';
import { parseHtml } from '../src/html/parse.js';

/** Pages for the HTML path's tests: paragraphs long enough for Readability to score. */

export const para = (n: number): string => `<p>Paragraph ${n} of the article tells the reader what happened in the town, why it matters to the people who live there, and what the council plans to do next week.</p>`;
export const article = Array.from({ length: 6 }, (_, i) => para(i + 1)).join('');

/** A paragraph of prose that opens with `what`, long enough for Readability to score. */
export const section = (what: string): string => `<p>${what} runs on for a while, with sentences long enough to count, commas, clauses, and a point to make about the harbour, the ferry and the town.</p>`;

/** An HTML fragment as the markdown of its own root, links resolved against `base`. */
export function md(html: string, base = 'https://example.org/a/b.html'): string {
  const doc = parseHtml(`<div id="x">${html}</div>`, base);
  return toMarkdown(doc.getElementById('x')!, doc.baseURI);
}
