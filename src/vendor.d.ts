/** Packages that ship no types of their own. */
/**
 * stopword's ES module build: its package.json has no "exports" and points Node at the CommonJS
 * build, whose named exports Node finds by scanning 237 KB of source (~40 ms of every start-up).
 */
declare module 'stopword/dist/stopword.esm.min.mjs' {
  // One string[] per ISO 639-3 code.
  export const deu: string[], eng: string[], fra: string[], spa: string[], ita: string[], nld: string[], pol: string[],
    por: string[], swe: string[], dan: string[], nob: string[], fin: string[], ces: string[], rus: string[], tur: string[],
    hun: string[], ron: string[], ell: string[], ukr: string[], cat: string[], slk: string[];
}

declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
