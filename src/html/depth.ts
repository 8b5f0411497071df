import { param } from '../params.js';

/**
 * Caps element nesting, and unclosed formatting elements, before jsdom sees a page. Readability's time grows with the cube of the
 * depth and jsdom, Readability and turndown overflow the stack at a few thousand levels
 * (BAD-INPUTS.md), while browsers cap at 512. Tags that would open deeper than MAX_DEPTH are
 * dropped with their matching end tags; their text stays, one level up. 128 keeps Readability
 * near 0.2 s at the cap; one of the 700 corpus pages nests past 100 (unclosed tags).
 */

export const MAX_DEPTH = 128;
/**
 * Formatting elements left open are re-created in every following paragraph (the HTML parser's
 * "reconstruct the active formatting elements"), so 1,000 distinct unclosed <b id=i> times 1,000
 * paragraphs is a million nodes from 19 KB (whatwg/html#2872). Real pages leave a few open: 2 of
 * the 700 corpus pages pass 8, with no change in their scores.
 */
export const MAX_OPEN_FORMATTING = 8;
/**
 * Tables inside tables deeper than this lose their table markup (their cells' text stays, apart by
 * spaces, their rows by line breaks). Readability rereads every table's whole text for each table
 * around it, so 40 nested tables around a wide row cost minutes for a 1.4 MB page. Unit: tables
 * open at once; range 4-99 swept on the HTML sets: 4-8 cost trafilatura-dev 0.0003 (an old
 * layout nests 9 deep), 9-99 held every set; 10 leaves a level of margin. The attack page then
 * cost ~16 s of CPU (4: 8.6 s; uncapped, 40 deep: 117 s), before Readability's reads of a long
 * text were kept (readability.ts).
 */
export const MAX_TABLE_NESTING = 10;
/**
 * Wrappers open no deeper than params htmlMaxWrapperDepth, so levels stay free for the content
 * below them. Without it, 2,000 nested divs filled every level, each paragraph below them lost its
 * <p> and the article became one text node, which jsdom's parser grows a character token at a
 * time, each token walking all its ancestors; and Readability reads the whole text once for each
 * wrapper around it.
 */
const WRAPPERS = new Set(['div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'center', 'form', 'figure']);
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Raw-text elements: their content is not markup, so tags inside them are skipped. */
const RAW_TEXT = /<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

export function capDepth(html: string, maxDepth = MAX_DEPTH, maxWrapperDepth = param('htmlMaxWrapperDepth')): { html: string; capped: boolean } {
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  let openFormatting = 0;
  let openTables = 0;
  let droppedTables = 0;
  let capped = false;
  const raw: Array<[number, number]> = [];
  for (const m of html.matchAll(RAW_TEXT)) raw.push([m.index, m.index + m[0].length]);
  let r = 0;
  const out = html.replace(TAG, (tag, close: string, rawName: string, selfClose: string, offset: number) => {
    while (r < raw.length && raw[r]![1] <= offset) r++;
    if (r < raw.length && raw[r]![0] < offset) return tag;
    const name = rawName.toLowerCase();
    if (name === 'table' || (droppedTables > 0 && TABLE_PARTS.has(name))) {
      if (name === 'table' && !close && openTables >= MAX_TABLE_NESTING) {
        droppedTables++;
        capped = true;
        return ' ';
      }
      if (name === 'table' && close && droppedTables > 0) {
        droppedTables--;
        return ' ';
      }
      if (droppedTables > 0) return name === 'tr' && !close ? '<br>' : ' ';
      if (name === 'table') openTables = Math.max(0, openTables + (close ? -1 : 1));
    }
    if (VOID.has(name) || selfClose) return tag;
    const formatting = FORMATTING.has(name);
    if (!close) {
      const wrapperCap = WRAPPERS.has(name) ? Math.min(maxDepth, maxWrapperDepth) : maxDepth;
      if (stack.length >= wrapperCap || (formatting && openFormatting >= MAX_OPEN_FORMATTING)) {
        capped = true;
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        return '';
      }
      stack.push(name);
      if (formatting) openFormatting++;
      return tag;
    }
    const pending = dropped.get(name) ?? 0;
    if (pending > 0 && stack[stack.length - 1] !== name) {
      dropped.set(name, pending - 1);
      return '';
    }
    if (formatting && openFormatting > 0) openFormatting--;
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
    return tag;
  });
  return { html: out, capped };
}
