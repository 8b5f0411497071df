/**
 * Text hygiene shared by both paths and the renderers: what no output may carry.
 * Soft hyphens split words for the scorer and the reader; NFD accents break search;
 * C0/C1 controls, terminal escapes and bidi overrides are unsafe on a terminal.
 */
const ESCAPE_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function cleanText(text: string): string {
  return text.replace(ESCAPE_SEQ, '').replace(CONTROLS, '').normalize('NFC');
}

/** Collapses runs of whitespace, including non-breaking spaces, to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
