import type { Rule } from '../../types.js';

/** Subscription walls: the prompt that replaces the rest of a paywalled article. */

export const paywall: Rule[] = [
  {
    id: 'paywall/any/logged-out', kind: 'paywall', lang: ['de', 'en'],
    match: { text: /\b(?:sie sind|du bist) (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)\b|\byou are not (?:currently )?(?:logged|signed) in\b/i, maxWords: 25 },
    scope: 'block',
    examples: { hit: ['Sie sind aktuell nicht eingeloggt.', 'You are not logged in. Log in to see more.'], miss: ['Wer nicht angemeldet ist, kann nicht wählen, sagte die Behörde.'] },
    note: 'notes that the reader is logged out',
  },
  {
    id: 'paywall/en/prompt', kind: 'paywall', lang: ['en'],
    match: { text: /\bpreview of subscription content\b|\bto (?:continue|keep) reading\b.{0,60}\b(?:subscribe|subscription|sign in|log in|register)|\bto (?:read|view) the (?:full|rest of the|entire) (?:story|article)\b.{0,60}\b(?:subscribe|subscription|sign in|log in|register)|\bsubscribe (?:now|today)\b.{0,60}\b(?:full story|full article|unlimited (?:digital )?access|e-?edition)\b|\balready (?:a )?subscriber\b.{0,60}\blog ?in\b|\bthis (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\b|\bsubscribe to (?:continue|keep) reading\b|\byou(?:'ve| have) reached your (?:free )?(?:article |story )?limit\b/i, maxWords: 60 },
    scope: 'block',
    examples: {
      hit: ['This is a preview of subscription content. Log in to read on.', 'To view the full story, please subscribe to The Times.', "If you're seeing this message but you're already a subscriber, you can log in for immediate access.", 'Subscribe now to our e-edition for the full story.', 'This article is only available to subscribers.', "You've reached your free article limit."],
      miss: ['Readers who subscribe to newspapers are older, the study found.', 'To read the full report, visit the ministry website.'],
    },
    note: 'subscription prompts in place of the rest of the article',
  },
  {
    id: 'paywall/de/prompt', kind: 'paywall', lang: ['de'],
    match: { text: /^sie möchten (?:gerne |gern )?weiterlesen\?$|^mit [\w+ ]{1,20} weiterlesen$|\b(?:weiterlesen|lesen sie weiter|den (?:ganzen|vollständigen|kompletten) (?:artikel|beitrag|text) lesen)\b.{0,60}\b(?:abo|abonnement|abonnieren|registrieren|plus|digitalzugang)\b|\b(?:exklusiv|nur) für (?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende|plus-?(?:leser|kunden|mitglieder))\b|\bsie sind bereits (?:abonnent|abonnentin|kunde|plus-kunde)\b|\bjetzt (?:\S+ )?(?:abo|abonnement) (?:abschließen|testen|sichern|wählen)\b|\bmit (?:\S+ )?(?:plus|abo) weiterlesen\b/i, maxWords: 60 },
    scope: 'block',
    examples: {
      hit: ['Jetzt mit SZ Plus weiterlesen', 'Sie möchten weiterlesen?', 'Mit Stadtblatt+ weiterlesen', 'Dieser Artikel ist nur für Abonnenten verfügbar.', 'Sie sind bereits Abonnent? Hier anmelden', 'Jetzt Abo abschließen und weiterlesen'],
      miss: ['Die Zahl der Abonnenten ist gestiegen, sagte der Verleger.', 'Lesen Sie weiter unten, was die Studie zeigt.'],
    },
    note: 'subscription prompts in place of the rest of the article',
  },
  {
    id: 'paywall/romance/prompt', kind: 'paywall', lang: ['es', 'fr', 'it', 'pt'],
    match: { text: /\bpour lire la suite\b|\b(?:la suite de )?cet article est réservé aux abonnés\b|\bhazte (?:miembro|socio|suscriptor)\b|\bcontenido exclusivo para (?:suscriptores|socios|miembros)\b|\bper continuare a leggere\b|\bcontenuto riservato agli abbonati\b|\bconteúdo exclusivo para assinantes\b|\bassine (?:agora )?para continuar lendo\b/i, maxWords: 60 },
    scope: 'block',
    examples: {
      hit: ['Pour lire la suite, abonnez-vous.', 'HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS', 'Per continuare a leggere abbonati', 'Assine para continuar lendo'],
      miss: ['La suite du procès est prévue en mars.', 'El miembro del comité renunció.'],
    },
    note: 'subscription prompts in Spanish, French, Italian and Portuguese',
  },
];
