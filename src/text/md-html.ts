/**
 * Raw HTML in a markdown dump: converters leave what markdown cannot say as HTML (turndown's GFM
 * plugin writes a table with block content as one `<table>…</table>` line). A markdown reader
 * renders it, so the dump holds the text it shows: block tags break lines, a row's cells stand on
 * its line apart by a space (as a browser shows them, and a plain dump holds them), other tags go, and the
 * entities such HTML is written with are decoded. Code (fenced, indented, or in backticks) is left
 * as written: there a tag is what the page shows.
 */

import { LIST_MARK } from './md-link-spans.js';

const BLOCK_TAGS = 'table|thead|tbody|tfoot|tr|caption|div|p|h[1-6]|ul|ol|li|dl|dt|dd|br|hr|section|article|aside|header|footer|nav|figure|figcaption|blockquote|pre';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi');
const HAS_BLOCK_TAG = new RegExp(BLOCK_TAG.source, 'i');
/**
 * A line that opens with a block tag starts an HTML block (CommonMark): raw HTML to its end, where
 * a backtick is no code span (a script's data in an attribute: a forum's posts as JSON).
 */
const HTML_BLOCK_START = new RegExp(`^\\s{0,3}<\\/?(?:${BLOCK_TAGS})\\b`, 'i');
const CELL_TAG = /<\/?(?:td|th)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*\b[^<>]*>/gi;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#39|#x27);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };
const FENCE = /^\s{0,3}(?:```|~~~)/;
const INDENTED_CODE = /^(?: {4}|\t)/;
const LIST_ITEM = new RegExp(`^\\s{0,3}${LIST_MARK}\\s+\\S`);

/** A tag left open at the line's end: a converter that wraps lines (pandoc) breaks long tags between attributes. */
const OPEN_TAG = /<\/?[a-z][a-z0-9-]*\b[^<>]*$/i;
/** Lines a tag may run on for. */
const MAX_TAG_LINES = 6;

/** The lines with each tag a wrap broke joined back onto one line. */
function joinTags(lines: readonly string[]): string[] {
  const out: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    let end = i;
    if (!fenced && line.includes('<') && OPEN_TAG.test(line)) {
      end = i + 1;
      while (end < lines.length && end <= i + MAX_TAG_LINES && lines[end]!.trim() && !lines[end]!.includes('>')) end++;
      if (end >= lines.length || end > i + MAX_TAG_LINES || !lines[end]!.trim()) end = i;
    }
    out.push(end > i ? lines.slice(i, end + 1).join(' ') : line);
    i = end;
  }
  return out;
}

/** The dump's lines with raw HTML outside code rendered as the lines of text it shows. */
export function renderRawHtml(input: readonly string[]): readonly string[] {
  if (!input.some((l) => l.includes('<') && HAS_BLOCK_TAG.test(l))) return input;
  const lines = input.some((l) => l.includes('<') && OPEN_TAG.test(l)) ? joinTags(input) : input;
  const out: string[] = [];
  let fenced = false;
  // Inside a list item an indented line is the item's content (pandoc indents a nested menu's
  // <div>s under its item), not code: code there would be indented further still.
  let inList = false;
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    if (LIST_ITEM.test(line)) inList = true;
    else if (line.trim() && !INDENTED_CODE.test(line)) inList = false;
    if (fenced || !line.includes('<') || !HAS_BLOCK_TAG.test(line) || (line.includes('`') && !HTML_BLOCK_START.test(line)) || (INDENTED_CODE.test(line) && !inList)) {
      out.push(line);
      continue;
    }
    const text = line.replace(BLOCK_TAG, '\n').replace(CELL_TAG, ' ').replace(ANY_TAG, '').replace(ENTITY, (_m, name: string) => ENTITIES[name]!);
    out.push(...text.split('\n'));
  }
  return out;
}
