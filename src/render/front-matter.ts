import { safeJson } from '../display.js';
import type { Article } from '../types.js';
import { fieldValues } from './fields.js';

/**
 * YAML front matter. Every string is a double-quoted scalar: JSON string syntax is valid YAML
 * there, once the characters YAML reads as line breaks or finds unprintable (U+2028/9, U+0085,
 * DEL and the C1 range, which safeJson escapes) are escaped too. Null fields are left out.
 */
function yamlString(s: string): string {
  return safeJson(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function frontMatter(a: Article): string {
  const lines = fieldValues(a)
    .filter(([key, v]) => v !== null && key !== 'excerpt')
    .map(([key, v]) => `${key}: ${typeof v === 'number' ? v : yamlString(v as string)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}
