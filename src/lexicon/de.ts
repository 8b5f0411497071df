import type { Lexicon } from './index.js';

/** German words the type stage reads. */
export const de: Lexicon = {
  postMarks: ['antworten', 'zitieren', 'melden', 'beiträge:', 'registriert seit', 'dabei seit', 'mitglied seit', 'zuletzt bearbeitet'],
  postCounts: ['antworten', 'beiträge', 'likes', 'reaktionen'],
  callsToAction: ['jetzt starten', 'mehr erfahren', 'kostenlos testen', 'jetzt kostenlos testen', 'demo anfordern', 'demo vereinbaren', 'angebot anfordern', 'kontakt aufnehmen', 'jetzt kontaktieren', 'beratung vereinbaren', 'termin vereinbaren', 'preise ansehen'],
};
