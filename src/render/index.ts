import { collapseSpace } from '../clean-text.js';
import { safeJson, stripUnsafe } from '../display.js';
import type { Article, OutputFormat } from '../types.js';
import { escapeMarkdown } from './escape.js';
import { fieldValues, type Property } from './fields.js';
import { frontMatter } from './front-matter.js';

/** Article -> the bytes the user asked for. Always ends with one newline. */

export interface RenderOptions {
  /** YAML front matter above markdown or text output. */
  frontMatter?: boolean;
}

/** A title is one line of literal text: newlines or markdown in it must not start a block. */
function titleLine(title: string): string {
  return escapeMarkdown(collapseSpace(title));
}

function renderMarkdown(a: Article): string {
  return `${a.title ? `# ${titleLine(a.title)}\n\n` : ''}${a.markdown}\n`;
}

/**
 * The article's text, without its title: what "the text of an article" means to Readability
 * (textContent), trafilatura and the benchmarks' truth. The title is a field of its own (-p title,
 * --front-matter, json); markdown, a document, opens with it.
 */
function renderText(a: Article): string {
  return `${a.text}\n`;
}

/** Keys in a fixed order so output diffs and `jq` scripts stay stable. */
export function jsonObject(a: Article): Record<string, unknown> {
  return {
    ...Object.fromEntries(fieldValues(a)),
    markdown: renderMarkdown(a),
    text: renderText(a),
    removed: a.removed.map((r) => ({ rule: r.rule, kind: r.kind, preview: r.preview })),
  };
}

export function render(a: Article, format: OutputFormat, options: RenderOptions = {}): string {
  if (format === 'json') return `${safeJson(jsonObject(a), 2)}\n`;
  const head = options.frontMatter ? frontMatter(a) : '';
  // The fields are clean already; this is the guarantee, whatever a later change lets through.
  return stripUnsafe(head + (format === 'text' ? renderText(a) : renderMarkdown(a)));
}

/** One field for -p: its value on one line (empty when the page has none); bodies as rendered. */
export function renderProperty(a: Article, name: Property): string {
  if (name === 'markdown') return stripUnsafe(renderMarkdown(a));
  if (name === 'text') return stripUnsafe(renderText(a));
  const value = a[name];
  return `${value === null ? '' : stripUnsafe(collapseSpace(String(value)))}\n`;
}
