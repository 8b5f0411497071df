import type { InputFormat } from './types.js';

/** Tags that only markup has; a text dump may mention "<b>" but does not begin with a tag. */
const DOC_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|article|section|main|table|ul|ol|h[1-6]|span|a|frameset|svg|math)\b/i;
const TAG = /<\/?(?:div|p|span|a|ul|ol|li|table|tr|td|h[1-6]|section|article|header|footer|nav|main|br|img|meta|link|script|style)\b[^>]*>/gi;
/** Tags per 1000 characters above which a fragment without a document start is still HTML. */
const MIN_TAG_DENSITY = 2;
export const SAMPLE_CHARS = 20000;

/** HTML vs. text dump from the content alone; the file name never decides. */
export function detectFormat(text: string): InputFormat {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (DOC_START.test(sample)) return 'html';
  const tags = sample.match(TAG)?.length ?? 0;
  return tags >= 3 && (tags * 1000) / Math.max(sample.length, 1) >= MIN_TAG_DENSITY ? 'html' : 'text';
}
