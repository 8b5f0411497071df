import type { Lexicon } from './index.js';

/** German words the type stage reads. */
export const de: Lexicon = {
  postMarks: ['antworten', 'zitieren', 'melden', 'beiträge:', 'registriert seit', 'dabei seit', 'mitglied seit', 'zuletzt bearbeitet'],
  postCounts: ['antworten', 'beiträge', 'likes', 'reaktionen'],
  callsToAction: ['mehr erfahren'],
};
