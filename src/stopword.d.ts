/** The stopword package ships no types; it exports one string[] per ISO 639-3 code. */
declare module 'stopword' {
  export const deu: string[], eng: string[], fra: string[], spa: string[], ita: string[], nld: string[], pol: string[],
    por: string[], swe: string[], dan: string[], nob: string[], fin: string[], ces: string[], rus: string[], tur: string[],
    hun: string[], ron: string[], ell: string[], ukr: string[], cat: string[], slk: string[];
}
