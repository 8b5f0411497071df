import { param } from './params.js';
import type { InputFormat } from './types.js';

/** What may come before markup's first tag: an XML declaration and comments. */
const PROLOG = String.raw`^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*`;
/** Tags that only markup has; a text dump may mention "<b>" but does not begin with a tag. */
const DOC_START = new RegExp(`${PROLOG}<(?:!doctype\\s+html|html|head|body|meta|title|link|script|style|div|p|article|section|main|table|ul|ol|h[1-6]|span|a|frameset|svg|math)\\b`, 'i');
const TAG = /<\/?(?:div|p|span|a|ul|ol|li|table|tr|td|h[1-6]|section|article|header|footer|nav|main|br|img|meta|link|script|style)\b[^>]*>/gi;
export const SAMPLE_CHARS = 20000;
const ONE_TAG = new RegExp(TAG.source, 'i');

/** The start of a whole document, which no markdown converter writes. */
const DOCUMENT = new RegExp(`${PROLOG}<(?:!doctype\\s+html|html|head|body)\\b`, 'i');
/** A markdown link or image to a URL or a path: "[label](https://…)", "[label](/path "title")". */
const MARKDOWN_LINK = /\[[^[\]\n]{1,300}\]\((?:https?:\/\/|\/|#|\.\.?\/)[^()\s]*(?:\s+"[^"\n]*")?\)/g;

/**
 * Markdown that keeps what it cannot say as raw HTML (pandoc's GitHub markdown wraps every <div>
 * of the page) opens with a tag and holds tags on most lines, but its links are markdown's: a page
 * of HTML holds none, or one or two in a script.
 */
const markdownWithHtml = (sample: string): boolean => !DOCUMENT.test(sample) && (sample.match(MARKDOWN_LINK)?.length ?? 0) >= param('formatMarkdownLinks');

/**
 * HTML vs. text dump from the content alone; the file name never decides. A fragment without a
 * document start is HTML when tags are dense and on many of its lines: a text dump of a page
 * about markup quotes tags too, but on a few lines among many.
 */
export function detectFormat(text: string): InputFormat {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (DOC_START.test(sample)) return markdownWithHtml(sample) ? 'text' : 'html';
  const tags = sample.match(TAG)?.length ?? 0;
  if (tags < 3 || (tags * 1000) / Math.max(sample.length, 1) < param('formatTagDensity')) return 'text';
  const lines = sample.split('\n').filter((l) => l.trim());
  return lines.filter((l) => ONE_TAG.test(l)).length >= param('formatTagLineShare') * lines.length && !markdownWithHtml(sample) ? 'html' : 'text';
}
