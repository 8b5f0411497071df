/**
 * Text hygiene shared by both paths and the renderers: what no output may carry.
 * Soft hyphens split words for the scorer and the reader; NFD accents break search;
 * C0/C1 controls, terminal escapes and bidi overrides are unsafe on a terminal; private-use
 * characters are icon-font glyphs (menus, share bars), which no reader can read.
 */
const ESCAPE_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u202a-\u202e\u2066-\u2069\ufeff\ue000-\uf8ff]/g;

/** CONTROLS without the g flag: a global replace walks text with nothing to replace far slower than test() (display.ts). */
const HAS_CONTROL = new RegExp(CONTROLS.source);

export function cleanText(text: string): string {
  const bare = text.includes('\u001b') ? text.replace(ESCAPE_SEQ, '') : text;
  return (HAS_CONTROL.test(bare) ? bare.replace(CONTROLS, '') : bare).normalize('NFC');
}

/** Collapses runs of whitespace, including non-breaking spaces, to one space. */
export function collapseSpace(text: string): string {
  // Most text is already collapsed, and a scan is far cheaper than a replace that copies it.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** Any character that /\s/ matches, other than the plain space. */
function isOtherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is this UTF-16 code unit one that /\s/ matches? For loops over text that a regex would make slow. */
export function isSpace(c: number): boolean {
  return c === 32 || isOtherSpace(c);
}

function isCollapsed(text: string): boolean {
  let afterSpace = true; // so a leading space counts as a run
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherSpace(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}
