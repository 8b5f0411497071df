import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

const PROMPT = concepts({
  continue_reading: ['\\bto (?:continue|keep) reading\\b.{0,60}\\b(?:subscribe|subscription|sign in|log in|register)', '\\bsubscribe to (?:continue|keep) reading\\b',
    '\\bto (?:read|view) the (?:full|rest of the|entire) (?:story|article)\\b.{0,60}\\b(?:subscribe|subscription|sign in|log in|register)', '^sie möchten (?:gerne |gern )?weiterlesen\\?$', '^mit [\\w+ ]{1,20} weiterlesen$',
    '\\b(?:weiterlesen|lesen sie weiter|den (?:ganzen|vollständigen|kompletten) (?:artikel|beitrag|text) lesen)\\b.{0,60}\\b(?:abo|abonnement|abonnieren|registrieren|plus|digitalzugang)\\b', '\\bmit (?:\\S+ )?(?:plus|abo) weiterlesen\\b',
    '\\bpour lire la suite\\b', '\\bper continuare a leggere\\b', '\\bassine (?:agora )?para continuar lendo\\b'],
  for_subscribers: ['\\bthis (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\\b', '\\bpreview of subscription content\\b', "\\byou(?:'ve| have) reached your (?:free )?(?:article |story )?limit\\b",
    '\\balready (?:a )?subscriber\\b.{0,60}\\blog ?in\\b', '\\bsubscribe (?:now|today)\\b.{0,60}\\b(?:full story|full article|unlimited (?:digital )?access|e-?edition)\\b',
    '\\b(?:exklusiv|nur) für (?:abonnenten|abonnentinnen|abonnent\\*innen|abonnierende|plus-?(?:leser|kunden|mitglieder))\\b', '\\bsie sind bereits (?:abonnent|abonnentin|kunde|plus-kunde)\\b', '\\bjetzt (?:\\S+ )?(?:abo|abonnement) (?:abschließen|testen|sichern|wählen)\\b',
    '\\b(?:la suite de )?cet article est réservé aux abonnés\\b', '\\bhazte (?:miembro|socio|suscriptor)\\b', '\\bcontenido exclusivo para (?:suscriptores|socios|miembros)\\b', '\\bcontenuto riservato agli abbonati\\b', '\\bconteúdo exclusivo para assinantes\\b'],
});

/** Subscription walls: the prompt that replaces the rest of a paywalled article. */

export const paywall: Rule[] = [
  {
    id: 'paywall/any/logged-out', kind: 'paywall', lang: ['de', 'en'],
    match: { text: /(?<logged_out>\b(?:sie sind|du bist) (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)\b|\byou are not (?:currently )?(?:logged|signed) in\b)/i, maxWords: 25 },
    scope: 'block',
    examples: { hit: ['Du bist derzeit nicht angemeldet.', 'You are not logged in. Log in to see more.'], miss: ['Wer nicht angemeldet ist, kann nicht wählen, sagte die Behörde.'] },
    note: 'notes that the reader is logged out',
  },
  {
    id: 'paywall/any/prompt', kind: 'paywall', lang: ['de', 'en', 'es', 'fr', 'it', 'pt'],
    match: { text: new RegExp(PROMPT, 'i'), maxWords: 60 },
    scope: 'block',
    examples: {
      hit: ['This is a preview of subscription content. Log in to read on.', 'To view the full story, please subscribe to The Times.', "If you're seeing this message but you're already a subscriber, you can log in for immediate access.", 'Subscribe now to our e-edition for the full story.', 'This article is only available to subscribers.', "You've reached your free article limit.",
        'Jetzt mit Stadtblatt Plus weiterlesen', 'Sie möchten weiterlesen?', 'Mit Stadtblatt+ weiterlesen', 'Dieser Artikel ist nur für Abonnenten verfügbar.', 'Sie sind bereits Abonnent? Hier anmelden', 'Jetzt Abo abschließen und weiterlesen',
        'Pour lire la suite, abonnez-vous.', 'HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS', 'Per continuare a leggere abbonati', 'Assine para continuar lendo'],
      miss: ['Readers who subscribe to newspapers are older, the study found.', 'To read the full report, visit the ministry website.', 'Die Zahl der Abonnenten ist gestiegen, sagte der Verleger.', 'Lesen Sie weiter unten, was die Studie zeigt.', 'La suite du procès est prévue en mars.', 'El miembro del comité renunció.'],
    },
    note: 'subscription prompts in place of the rest of the article',
  },
];
