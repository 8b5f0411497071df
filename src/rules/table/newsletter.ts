import type { Rule } from '../../types.js';

export const newsletter: Rule[] = [
  {
    id: 'newsletter/de/prompt', kind: 'newsletter', lang: ['de'],
    match: { text: /\bnewsletter\b.{0,60}\b(?:abonnieren|anmelden|bestellen|erhalten|abonniert|abbestellt|abbestellen|abmelden|abmelde)\b|\beintragung zum newsletter\b|\b(?:täglich|wöchentlich|monatlich|(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|alle \d+ (?:tage|wochen))\b.{0,30}\bper (?:e-?)?mail\b|\bhol (?:dir|sie sich) .{0,30}\bnewsletter\b|\babonnieren sie (?:jetzt )?unse?re?n? (?:[\w-]+ ){0,2}(?:briefing|newsletter|update)\b|\b(?:kostenlos|gratis) per e-?mail\b|\bper e-?mail (?:informiert|benachrichtigt)\b|\bin (?:ihr|dein)(?:em)? postfach\b/i },
    scope: 'block',
    examples: {
      hit: ['Die besten KI-News kostenlos per eMail erhalten!', 'Jetzt Newsletter abonnieren', 'Die wichtigsten News täglich in Ihr Postfach', 'Hol dir Trends direkt in dein Postfach.', 'Der Newsletter ist kostenlos und kann jederzeit wieder abbestellt werden.', 'Mit der Eintragung zum Newsletter willige ich in den Versand ein.', 'Hol dir unseren kostenlosen Newsletter!', 'Abonnieren Sie unser Morning Briefing', 'Das Wichtigste zum Thema Sport donnerstags per Mail!'],
      miss: ['Der Newsletter des Ministeriums hatte die Zahlen zuerst genannt, berichtet die Zeitung.'],
    },
    note: 'newsletter sign-up prompts',
  },
  {
    id: 'newsletter/de/feed', kind: 'newsletter', lang: ['de'],
    match: { text: /\b(?:rss|[\w-]*feed\w*)\b[^.!?]{0,60}\babonnieren\b|\babonnieren sie (?:unseren|den) (?:rss|feed|newsletter|kanal)\b/i, maxWords: 90 },
    scope: 'block',
    examples: {
      hit: ['Neben der E-Mail-Benachrichtigung könnt ihr auch den Feed dieses Beitrags abonnieren.', 'Abonnieren Sie unseren RSS-Feed!', 'Den RSS-Hauptfeed abonnieren'],
      miss: ['Viele Leser abonnieren Zeitungen nur noch digital.'],
    },
    note: 'RSS/feed subscription prompts',
  },
  {
    id: 'newsletter/en/prompt', kind: 'newsletter', lang: ['en'],
    match: { text: /\b(?:sign up|subscribe)\b.{0,40}\b(?:newsletter|updates|inbox|mailing list|alerts)\b|\b(?:you can )?unsubscribe\b.{0,40}\bat any time\b|\bdelivered (?:straight )?to your inbox\b|\bsubscribe to (?:our|the) (?:rss|feed|newsletter|channel|podcast)\b|\benter your e-?mail(?: address)?\b|\bnever miss\b.{0,40}\bby (?:signing up|subscribing)\b|\bby e-?mail and never miss\b|\bsubscribe to [a-z0-9 '’.&-]{2,40} and (?:get|stay|save|receive|never miss)\b|^want more (?:stories|articles|news|posts) like this\??$|\b(?:daily|weekly|morning|evening) (?:edition|briefing|digest) by e-?mail\b/i },
    scope: 'block',
    examples: {
      hit: ['Subscribe to Example and stay smart with more of your favorite writers.', 'Want more stories like this?', 'Sign up for our daily newsletter', 'Get the best stories delivered to your inbox', 'Enter your email address', 'You can unsubscribe at any time.', 'Subscribe to our RSS feed', 'Never miss a story by signing up for our alerts', "Get The Example Times's Daily Edition by email and never miss our top stories"],
      miss: ['Millions of people subscribe to streaming services every month, the study found.'],
    },
    note: 'newsletter and feed sign-up prompts',
  },
  {
    id: 'newsletter/de/heading', kind: 'newsletter', lang: ['de'],
    match: { line: /^(?:(?:[\p{L}.]+[ -]){0,2}newsletter(?: abonnieren| bestellen)?|(?:(?:du willst|willst du|sie wollen|wollen sie) )?(?:\d{4} )?nichts (?:mehr )?(?:verpassen|versäumen)|immer (?:gut |bestens )?informiert)[?!.]*$/iu },
    scope: 'section',
    examples: { hit: ['Newsletter', 'Der Abend-Newsletter', 'Stadtblatt Newsletter', 'Du willst nichts verpassen?', 'Nichts mehr verpassen!', '2025 nichts mehr versäumen!'], miss: ['Newsletter-Affäre im Rathaus', 'Wer nichts verpassen will, kommt früh.'] },
    note: 'headings of newsletter boxes',
  },
  {
    id: 'newsletter/en/heading', kind: 'newsletter', lang: ['en'],
    match: { line: /^(?:newsletter|subscribe|sign up for (?:our|the) newsletter|get (?:our|the)(?: [\w&'-]+){0,3} newsletter|stay (?:up to date|informed|in the loop)|never miss (?:a|an) \w+|don'?t miss (?:out|a thing))[?!.]*$/i },
    scope: 'section',
    examples: { hit: ['Newsletter', 'Stay up to date!', "Don't miss a thing", 'Get the Daily Planet newsletter'], miss: ['Subscribe now and save', 'Stay tuned for part two of the series', 'Get the newsletter printed'] },
    note: 'headings of newsletter boxes',
  },
  {
    id: 'newsletter/any/attr', kind: 'newsletter', lang: ['*'],
    match: { attr: /^(?:newsletter[\w-]*|[\w-]*-newsletter|subscribe[\w-]*|[\w-]*-subscribe|signup[\w-]*|mc4wp[\w-]*|mailchimp[\w-]*|optin[\w-]*)$/i },
    scope: 'block',
    examples: { hit: ['newsletter-signup', 'mc4wp-form', 'footer-newsletter'], miss: ['entry-content', 'news-list'] },
    note: 'newsletter widgets by class or id',
  },
  {
    id: 'newsletter/any/push', kind: 'newsletter', lang: ['de', 'en'],
    match: { text: /\bbenachrichtigungen? aktivieren\b|\bdürfen wir (?:sie|dich) (?:in (?:ihrem|deinem) browser )?(?:über|mit) .{0,60}\b(?:informieren|benachrichtigen)\b|\bpush-?(?:benachrichtigungen|nachrichten|mitteilungen) (?:aktivieren|erhalten|abonnieren)\b|\b(?:allow|turn on|enable) (?:push )?notifications\b/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?', 'Turn on notifications to get breaking news', 'Push-Nachrichten aktivieren'], miss: ['Die App schickt Benachrichtigungen, wenn das Paket kommt, sagte der Sprecher.'] },
    note: 'prompts to allow browser push notifications',
  },
];
