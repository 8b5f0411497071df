import { collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { escapeRegExp } from '../rules/match.js';
import { toText } from './text.js';

/**
 * A news page's standfirst (its dek, the summary under the headline) is often the page's meta
 * description too, and often outside the element Readability picks. When the description is
 * shown in the body, above the article's first paragraph and no further than leadMaxDistance
 * characters from it (params.ts), and the article lacks it, it becomes the article's first paragraph.
 * It is the author's summary of the article, so it is read as part of it; the text path keeps
 * standfirsts too (keepLeads).
 */

export interface Standfirst {
  text: string;
  /** The body's raw textContent (a tenth of the cost of a block-aware walk; never collapsed whole), to find the article's first paragraph in. */
  page: string;
  /** Where the standfirst ends in `page`. */
  end: number;
}

/** A regex for `text` with any run of whitespace between its words, as textContent keeps the markup's. */
const loosely = (text: string): RegExp => new RegExp(text.split(' ').map(escapeRegExp).join('\\s+'), 'g');

export function standfirstOf(doc: Document, description: string | null): Standfirst | null {
  const text = description ? collapseSpace(description) : '';
  if (text.length < param('leadMinChars') || text.length > param('leadMaxChars') || !doc.body) return null;
  const page = doc.body.textContent ?? '';
  // An occurrence inside a JSON string is JSON-LD in the body, not text the page shows.
  for (const m of page.matchAll(loosely(text))) {
    const end = m.index + m[0].length;
    if (!(page[m.index - 1] === '"' && page[end] === '"')) return { text, page, end };
  }
  return null;
}

export function keepStandfirst(root: Element, lead: Standfirst): void {
  const paragraphs = toText(root).split('\n\n').map(collapseSpace);
  if (paragraphs.some((p) => p.includes(lead.text.slice(0, param('leadPrefixChars'))))) return;
  const first = paragraphs.find((p) => p.length >= param('leadPrefixChars'));
  if (!first) return;
  const re = loosely(first.slice(0, param('leadPrefixChars')).trim());
  re.lastIndex = lead.end;
  const at = re.exec(lead.page)?.index ?? -1;
  if (at < 0 || at - lead.end > param('leadMaxDistance')) return;
  const p = root.ownerDocument.createElement('p');
  p.textContent = lead.text;
  root.prepend(p);
}
