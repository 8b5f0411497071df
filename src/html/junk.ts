/**
 * Elements that never carry article text, for both passes that drop them: prefilter.ts on the
 * parse5 tree and clean.ts on a jsdom document (pages built other ways). Ruby annotations (<rt>,
 * and <rp>'s fallback brackets) are a reading aid set above the text (furigana over kanji):
 * written inline they split every annotated word ("子こども").
 */
export const NEVER_TEXT: readonly string[] = ['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'input', 'select', 'textarea', 'dialog', 'rt', 'rp'];
