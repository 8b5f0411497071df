import { collapseSpace } from '../clean-text.js';
import type { Article, OutputFormat } from '../types.js';
import { escapeMarkdown } from './escape.js';

/** Article -> the bytes the user asked for. Always ends with one newline. */

/** A title is one line of literal text: newlines or markdown in it must not start a block. */
function titleLine(title: string): string {
  return escapeMarkdown(collapseSpace(title));
}

function renderMarkdown(a: Article): string {
  return `${a.title ? `# ${titleLine(a.title)}\n\n` : ''}${a.markdown}\n`;
}

function renderText(a: Article): string {
  return `${a.title ? `${collapseSpace(a.title)}\n\n` : ''}${a.text}\n`;
}

/** Keys in a fixed order so output diffs and `jq` scripts stay stable. */
function renderJson(a: Article): string {
  const obj = {
    title: a.title,
    byline: a.byline,
    published: a.published,
    lang: a.lang,
    siteName: a.siteName,
    url: a.url,
    excerpt: a.excerpt,
    wordCount: a.wordCount,
    format: a.format,
    markdown: renderMarkdown(a),
    text: renderText(a),
    removed: a.removed.map((r) => ({ rule: r.rule, kind: r.kind, preview: r.preview })),
  };
  return `${JSON.stringify(obj, null, 2)}\n`;
}

export function render(a: Article, format: OutputFormat): string {
  return format === 'json' ? renderJson(a) : format === 'text' ? renderText(a) : renderMarkdown(a);
}
