import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

const PROMPT = concepts({
  sign_up: ['\\bnewsletter\\b.{0,60}\\b(?:abonnieren|anmelden|bestellen|erhalten|abonniert|abbestellt|abbestellen|abmelden|abmelde)\\b', '\\beintragung zum newsletter\\b', '\\bhol (?:dir|sie sich) .{0,30}\\bnewsletter\\b',
    '\\babonnieren sie (?:jetzt )?unse?re?n? (?:[\\w-]+ ){0,2}(?:briefing|newsletter|update)\\b', '\\b(?:sign up|subscribe)\\b.{0,40}\\b(?:newsletter|updates|inbox|mailing list|alerts)\\b',
    '\\bsubscribe to (?:our|the) (?:rss|feed|newsletter|channel|podcast)\\b', "\\bsubscribe to [a-z0-9 '’.&-]{2,40} and (?:get|stay|save|receive|never miss)\\b",
    '\\bnever miss\\b.{0,40}\\bby (?:signing up|subscribing)\\b', '^want more (?:stories|articles|news|posts) like this\\??$', '\\bjoin\\b.{0,40}\\b(?:newsletter|mailing list|email list)\\b',
    '\\b(?:sign up|subscribe)\\b.{0,20}\\b(?:for|to) (?:our )?(?:e-?mails|texts)\\b', '\\bsubscribe for free to receive new posts\\b'],
  by_email: ['\\b(?:täglich|wöchentlich|monatlich|(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|alle \\d+ (?:tage|wochen))\\b.{0,30}\\bper (?:e-?)?mail\\b', '\\b(?:kostenlos|gratis) per e-?mail\\b',
    '\\bper e-?mail (?:informiert|benachrichtigt)\\b', '\\bin (?:ihr|dein)(?:em)? postfach\\b', '\\bdelivered (?:straight )?to your inbox\\b', '\\b(?:right|straight|directly) (?:in)?to your inbox\\b',
    '\\b(?:get|receive) (?:the |our )?(?:latest|best|top|new|more|posts|stories|news|updates|deals|offers)\\b.{0,30}\\b(?:in|to) your inbox\\b', '\\b(?:daily|weekly|morning|evening) (?:edition|briefing|digest) by e-?mail\\b', '\\bby e-?mail and never miss\\b'],
  unsubscribe: ['\\b(?:you can )?unsubscribe\\b.{0,40}\\bat any time\\b', '\\bjederzeit (?:wieder )?abbestell(?:en|t|bar)\\b'],
  enter_email: ['\\benter your e-?mail(?: address)?\\b', '\\b(?:ihre|deine) e-?mail-adresse eingeben\\b'],
});

const HEADING = concepts({
  newsletter: ['(?:[\\p{L}.]+[ -]){0,2}newsletter(?: abonnieren| bestellen)?', 'subscribe', 'sign up for (?:our|the) newsletter', "get (?:our|the)(?: [\\w&'-]+){0,3} newsletter"],
  never_miss: ['(?:(?:du willst|willst du|sie wollen|wollen sie) )?(?:\\d{4} )?nichts (?:mehr )?(?:verpassen|versäumen)', 'never miss (?:a|an) \\w+', "don'?t miss (?:out|a thing)"],
  stay_informed: ['immer (?:gut |bestens )?informiert', 'stay (?:up to date|informed|in the loop)', 'bleib(?:en sie)? (?:auf dem laufenden|informiert)'],
});

export const newsletter: Rule[] = [
  {
    id: 'newsletter/any/prompt', kind: 'newsletter', lang: ['de', 'en'],
    match: { text: new RegExp(PROMPT, 'i') },
    scope: 'block',
    examples: {
      hit: ['Die besten News kostenlos per E-Mail erhalten!', 'Jetzt Newsletter abonnieren', 'Die wichtigsten News täglich in Ihr Postfach', 'Hol dir Trends direkt in dein Postfach.', 'Der Newsletter ist kostenlos und kann jederzeit wieder abbestellt werden.', 'Hol dir unseren kostenlosen Newsletter!', 'Abonnieren Sie unser Morning Briefing', 'Das Wichtigste zum Thema Sport donnerstags per Mail!',
        'Subscribe to Example and stay smart with more of your favorite writers.', 'Want more articles like this?', 'Sign up for our daily newsletter', 'Get the best stories delivered to your inbox', 'Enter your email address', 'You can unsubscribe at any time.', 'Subscribe to our RSS feed', 'Never miss a story by signing up for our alerts', 'Join our mailing list for news and offers.', 'Sign up for emails', 'Thanks for reading! Subscribe for free to receive new posts.',
        'Get the latest news in your inbox every morning.', 'New recipes straight to your inbox'],
      miss: ['Der Newsletter des Ministeriums hatte die Zahlen zuerst genannt, berichtet die Zeitung.', 'Millions of people subscribe to streaming services every month, the study found.', 'Thousands of people join the protest every week, the union said.', 'Scam emails often land in your inbox on Mondays.'],
    },
    note: 'newsletter and feed sign-up prompts',
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
    id: 'newsletter/any/heading', kind: 'newsletter', lang: ['de', 'en'],
    match: { line: new RegExp(`^(?:${HEADING})[?!.]*$`, 'iu') },
    scope: 'section',
    examples: { hit: ['Newsletter', 'Der Abend-Newsletter', 'Stadtblatt Newsletter', 'Du willst nichts verpassen?', 'Nichts mehr verpassen!', '2025 nichts mehr versäumen!', 'Stay informed.', "Don't miss a thing", 'Get the Daily Planet newsletter'], miss: ['Newsletter-Affäre im Rathaus', 'Wer nichts verpassen will, kommt früh.', 'Subscribe now and save', 'Stay tuned for part two of the series', 'Get the newsletter printed'] },
    note: 'headings of newsletter boxes',
  },
  {
    id: 'newsletter/any/attr', kind: 'newsletter', lang: ['*'],
    match: { attr: /^(?:newsletter[\w-]*|[\w-]*-newsletter|subscribe[\w-]*|[\w-]*-subscribe|signup[\w-]*|mc4wp[\w-]*|mailchimp[\w-]*|optin[\w-]*)$/i },
    scope: 'block',
    examples: { hit: ['newsletter-signup', 'mc4wp-form', 'footer-newsletter'], miss: ['entry-content', 'news-list'] },
    note: 'newsletter widgets by class or id',
  },
];
