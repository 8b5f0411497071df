import type TurndownService from 'turndown';

/**
 * Tables -> GFM tables, always: never the table's HTML (the GFM plugin keeps a table whose cells
 * hold blocks as raw HTML, and markdown promises none). A cell holds one line of inline markdown:
 * its headings, list items, quotes and paragraphs become plain runs of text, a code block an
 * inline code span (fencedOrInline in markdown.ts), and every pipe is escaped. Every row has as
 * many cells as the widest, so an empty cell never shifts the row. A layout table (one cell, or
 * tables inside it) reads as its cells' blocks, one after another, as the plugin reads it.
 */

/** A colspan beyond this is a hostile page's, not a table's. */
const MAX_COLSPAN = 64;
/** GFM cells shorter than three characters are padded, as the plugin did (a readable source). */
const MIN_CELL_CHARS = 3;

const CELL = new Set(['TD', 'TH']);
const SECTION = new Set(['THEAD', 'TBODY', 'TFOOT']);

/** The table a part belongs to; null for a part lifted out of its table. */
export function tableOf(node: Node): Element | null {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeName === 'TABLE') return p as Element;
  return null;
}

/**
 * Element children, walked by sibling: jsdom's HTMLCollections (children, rows, cells) rescan
 * on every read, which made a page of nested tables quadratic.
 */
function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** The table's own rows, in its sections or directly under it (not a nested table's). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of childElements(table)) {
    if (c.nodeName === 'TR') rows.push(c);
    else if (SECTION.has(c.nodeName)) for (const r of childElements(c)) if (r.nodeName === 'TR') rows.push(r);
  }
  return rows;
}

function span(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_COLSPAN) : 1;
}

function cells(row: Element): Element[] {
  return childElements(row).filter((c) => CELL.has(c.nodeName));
}

const width = (row: Element): number => cells(row).reduce((sum, c) => sum + span(c), 0);

/** Stops at the first table inside: a walk of the whole subtree per table is quadratic when they nest. */
function containsTable(table: Element): boolean {
  const walker = table.ownerDocument.createTreeWalker(table, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) if (el.nodeName === 'TABLE') return true;
  return false;
}

/** Per-conversion caches: a table's shape is asked for by each of its cells. */
export class TableShapes {
  private readonly layout = new WeakMap<Element, boolean>();
  private readonly columns = new WeakMap<Element, number>();

  isLayout(table: Element | null): boolean {
    if (!table) return true;
    let v = this.layout.get(table);
    if (v === undefined) {
      const rows = rowsOf(table);
      v = rows.length === 0 || (rows.length === 1 && cells(rows[0]!).length <= 1) || containsTable(table);
      this.layout.set(table, v);
    }
    return v;
  }

  columnCount(table: Element): number {
    let v = this.columns.get(table);
    if (v === undefined) {
      v = Math.max(1, ...rowsOf(table).map(width));
      this.columns.set(table, v);
    }
    return v;
  }

  /** Is this node inside a cell of a table drawn as GFM (not a layout table)? */
  inDrawnCell(node: Node): boolean {
    for (let p = node.parentNode; p; p = p.parentNode) {
      if (CELL.has(p.nodeName)) return !this.isLayout(tableOf(p));
      if (p.nodeName === 'TABLE') return false;
    }
    return false;
  }
}

// Markers only markdown's own block syntax leaves at a line's start: escaped page text starts
// with a backslash instead ('\-', '\#', '\>').
const BLOCK_MARKER = /^(?:(?:>[ \t]?)+|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/;
const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
/** A pipe not already escaped (preceded by an even run of backslashes). */
const BARE_PIPE = /(?<!\\)((?:\\\\)*)\|/g;

/** A cell's converted markdown as one line of inline markdown. */
export function cellText(markdown: string): string {
  const parts: string[] = [];
  for (const raw of markdown.split('\n')) {
    // U+FDD2: markdown.ts marks the list items it made; here every marker goes.
    let line = raw.replace(/\ufdd2/g, '').trim();
    for (let m = BLOCK_MARKER.exec(line); m && m[0]; m = BLOCK_MARKER.exec(line)) line = line.slice(m[0].length);
    if (line && !THEMATIC_BREAK.test(line)) parts.push(line);
  }
  return parts.join(' ').replace(BARE_PIPE, '$1\\|');
}

function padCell(text: string): string {
  return text.length < MIN_CELL_CHARS ? text + ' '.repeat(MIN_CELL_CHARS - text.length) : text;
}

function isHeadingRow(row: Element): boolean {
  if (row.parentNode?.nodeName === 'THEAD') return true;
  const cs = cells(row);
  return cs.length > 0 && cs.every((c) => c.nodeName === 'TH');
}

export function addTableRules(td: TurndownService, shapes: TableShapes): void {
  const inTable = (names: ReadonlySet<string> | string) => (node: HTMLElement): boolean =>
    (typeof names === 'string' ? node.nodeName === names : names.has(node.nodeName)) && tableOf(node) !== null;

  td.addRule('table-cell', {
    filter: inTable(CELL),
    replacement: (content, node) => {
      if (shapes.isLayout(tableOf(node))) return `\n\n${content}\n\n`;
      return ` ${padCell(cellText(content))} |${` ${padCell('')} |`.repeat(span(node as unknown as Element) - 1)}`;
    },
  });
  td.addRule('table-row', {
    filter: inTable('TR'),
    replacement: (content, node) => {
      const table = tableOf(node);
      if (shapes.isLayout(table)) return `\n\n${content}\n\n`;
      const missing = shapes.columnCount(table!) - width(node as unknown as Element);
      return `\n|${content}${` ${padCell('')} |`.repeat(Math.max(0, missing))}\n`;
    },
  });
  td.addRule('table-section', { filter: inTable(SECTION), replacement: (content) => content });
  td.addRule('table-colgroup', { filter: inTable(new Set(['COLGROUP', 'COL'])), replacement: () => '' });
  td.addRule('table-caption', { filter: inTable('CAPTION'), replacement: (content) => `\n\n${content}\n\n` });
  td.addRule('table', {
    filter: 'table',
    replacement: (content, node) => {
      const table = node as unknown as Element;
      if (shapes.isLayout(table)) return `\n\n${content}\n\n`;
      // Rows are the lines that start with a pipe (a cell's own pipes are escaped); the rest is the caption.
      const all = content.split('\n');
      const lines = all.filter((l) => l.startsWith('|'));
      const captionText = cellText(all.filter((l) => !l.startsWith('|')).join('\n'));
      const columns = shapes.columnCount(table);
      const separator = `|${` ${padCell('---')} |`.repeat(columns)}`;
      const first = rowsOf(table)[0];
      if (first && isHeadingRow(first)) lines.splice(1, 0, separator);
      else lines.unshift(`|${` ${padCell('')} |`.repeat(columns)}`, separator);
      return `\n\n${captionText ? `${captionText}\n\n` : ''}${lines.join('\n')}\n\n`;
    },
  });
}
