import type { Lexicon } from './index.js';

/** German words the type stage reads. */
export const de: Lexicon = {
  postMarks: ['antworten', 'zitieren', 'melden', 'beiträge:', 'registriert seit', 'dabei seit', 'mitglied seit', 'zuletzt bearbeitet'],
  postCounts: ['antworten', 'beiträge', 'likes', 'reaktionen'],
  callsToAction: ['mehr erfahren'],
  danglingWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'mit', 'von', 'vom', 'zu', 'zur', 'zum', 'für', 'auf', 'bei', 'nach', 'aus', 'im', 'am', 'über', 'unter', 'als', 'wie', 'dass'],
};
