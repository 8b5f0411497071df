import { collapseSpace } from '../clean-text.js';
import type { Block } from '../types.js';

/**
 * A text dump -> blocks, one per line, except that lines of a hard-wrapped dump (w3m, lynx)
 * are joined back into their paragraphs. The wrap width is read off the dump itself.
 */

export interface TextBlock extends Block {
  /** A blank line (or the start of the dump) comes right before this block. */
  afterBlank: boolean;
}

const BULLET = /^(?:[-*+•·◦▪■□●○‣]\s+|\s+\d{1,3}[.)]\s+)/u;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const MD_LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))+\)/g;
const BARE_URL = /\bhttps?:\/\/\S+/g;
/** Wrapped dumps are narrow; wider "widths" are just long lines. */
const MAX_WRAP_WIDTH = 140;
const MIN_WRAP_WIDTH = 40;
/** Lines that must end within WRAP_SLACK of the width before a dump counts as wrapped. */
const MIN_LINES_NEAR_WIDTH = 3;
/** Wide characters and trailing punctuation let a few lines run past the nominal width. */
const WRAP_SLACK = 0.05;
/** Share of lines allowed past MAX_WRAP_WIDTH (a pasted URL) in a wrapped dump. */
const MAX_OVERLONG_SHARE = 0.01;

/** The width a dump is wrapped at, or null when it is one block per line. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  const overlong = lengths.filter((n) => n > MAX_WRAP_WIDTH).length;
  if (lengths.length < MIN_LINES_NEAR_WIDTH || overlong > lengths.length * MAX_OVERLONG_SHARE) return null;
  const width = Math.max(...lengths.filter((n) => n <= MAX_WRAP_WIDTH));
  if (width < MIN_WRAP_WIDTH) return null;
  const near = lengths.filter((n) => n >= width * (1 - 2 * WRAP_SLACK) && n <= MAX_WRAP_WIDTH).length;
  return near >= MIN_LINES_NEAR_WIDTH ? width : null;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Would the next line's first word have fitted on this one? If not, the break is a wrap. */
function continues(line: string, next: string, width: number): boolean {
  const body = next.trim();
  if (!body || BULLET.test(body) || MD_HEADING.test(body)) return false;
  const firstWord = body.split(/\s/)[0]!;
  return line.trimEnd().length + 1 + firstWord.length > width * (1 - WRAP_SLACK) && indentOf(next) <= indentOf(line) + 4;
}

function linkShare(text: string): number {
  let linked = 0;
  for (const m of text.matchAll(MD_LINK)) linked += m[0].length;
  for (const m of text.replace(MD_LINK, '').matchAll(BARE_URL)) linked += m[0].length;
  return text.length ? Math.min(1, linked / text.length) : 0;
}

function toBlock(raw: string, afterBlank: boolean): TextBlock {
  const line = collapseSpace(raw);
  const heading = MD_HEADING.exec(line);
  if (heading) return { text: heading[2]!, type: 'heading', level: heading[1]!.length, linkDensity: linkShare(heading[2]!), afterBlank };
  const bullet = BULLET.exec(line);
  const text = bullet ? line.slice(bullet[0].length) : line;
  return { text, type: bullet ? 'list-item' : 'paragraph', linkDensity: linkShare(text), afterBlank };
}

export function segment(dump: string): TextBlock[] {
  const lines = dump.replace(/\r\n?/g, '\n').split('\n');
  const width = wrapWidth(lines);
  const blocks: TextBlock[] = [];
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (!raw.trim()) { afterBlank = true; continue; }
    while (width && i + 1 < lines.length && continues(lines[i]!, lines[i + 1]!, width)) {
      raw += ` ${lines[++i]!.trim()}`;
    }
    const block = toBlock(raw, afterBlank);
    if (/[\p{L}\p{N}]/u.test(block.text)) blocks.push(block);
    afterBlank = false;
  }
  return blocks;
}
