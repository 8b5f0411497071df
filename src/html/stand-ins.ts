import { cleanText, collapseSpace } from '../clean-text.js';
import { param } from '../params.js';
import { wordCount } from '../rules/match.js';
import { toText } from './text.js';

/** What stands in when the page shows (almost) no text of its own. */

export const SCRIPT_SHELL_REASON = "no text in the page's HTML: scripts load it; save the page after it renders (a browser's Save Page, or a headless browser's DOM)";

/**
 * A script the page fetches ahead (`<link rel="preload" as="script">`, `rel="modulepreload"`):
 * a shell names its bundles so even when a crawler or an archive dropped its script elements.
 */
const SCRIPT_PRELOAD = /<link\b[^>]*?\s(?:as\s*=\s*["']?script\b|rel\s*=\s*["']?modulepreload\b)/gi;

/**
 * A page without an article whose HTML, once its markup is gone, holds almost no words but does
 * load scripts: an application shell (React, Vue, a forum engine's client) that draws the text
 * in the browser. Saying so tells the user what to do; "no article" does not.
 */
export function isScriptShell(raw: string, prepared: string): boolean {
  const scripts = (raw.match(/<script\b/gi)?.length ?? 0) + (raw.match(SCRIPT_PRELOAD)?.length ?? 0);
  if (scripts < param('shellMinScripts')) return false;
  // JSON-LD stays in the prepared page for the metadata; it is no text the page shows.
  const words = prepared.replace(/<script\b[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words < param('shellMaxWords');
}

/**
 * When what the page shows holds fewer than `structuredMinWords` words and its JSON-LD carries at
 * least `structuredMinGain` times as many (an article body, a thread, a product description kept
 * for search engines while scripts draw the page), that text is the content, one paragraph a
 * line. Markup inside JSON-LD strings is dropped, not read.
 */
export function structuredInstead(root: Element, structured: string | null): Element | null {
  if (!structured) return null;
  const shown = wordCount(toText(root));
  const text = cleanText(structured.replace(/<[^>]*>/g, ' '));
  if (shown >= param('structuredMinWords') || wordCount(text) < param('structuredMinGain') * Math.max(1, shown)) return null;
  const out = root.ownerDocument.createElement('div');
  for (const line of text.split(/\n+/).map(collapseSpace).filter(Boolean)) {
    const p = root.ownerDocument.createElement('p');
    p.textContent = line;
    out.append(p);
  }
  return out;
}
