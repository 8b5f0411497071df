import type { Rule } from '../../types.js';

export const cookie: Rule[] = [
  {
    id: 'cookie/en/notice', kind: 'cookie', lang: ['en'],
    match: { text: /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b.{0,60}\bcookies?\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|\bmanage (?:consent|cookies|preferences)\b|\bwe (?:value|respect) your privacy\b/i, maxWords: 70 },
    scope: 'block',
    examples: {
      hit: ['We value your privacy', 'This website uses cookies to improve your experience.', 'Accept all cookies', 'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.', 'Cookie settings'],
      miss: ['The bakery sold 500 cookies on Saturday, the owner said.'],
    },
    note: 'cookie banners and consent prompts',
  },
  {
    id: 'cookie/de/notice', kind: 'cookie', lang: ['de'],
    match: { text: /\b(?:wir verwenden|wir nutzen|diese (?:web)?seite (?:verwendet|nutzt)|unsere (?:web)?seite (?:verwendet|nutzt))\b.{0,40}\bcookies\b|\bcookies? (?:akzeptieren|zulassen|ablehnen)\b|\bcookie-?(?:richtlinie|hinweis|einstellungen|banner)\b|\bzustimmung (?:verwalten|widerrufen)\b|\bdatenschutz-?einstellungen\b|\balle akzeptieren\b|\bwir respektieren (?:deine|ihre) privatsphäre\b/i, maxWords: 70 },
    scope: 'block',
    examples: {
      hit: ['Wir respektieren deine Privatsphäre', 'Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.', 'Alle akzeptieren', 'Cookie-Einstellungen', 'Cookies & Tracking ablehnen: Cookies ablehnen'],
      miss: ['Die Bäckerei verkauft jeden Tag frische Cookies.'],
    },
    note: 'cookie banners and consent prompts',
  },
  {
    id: 'cookie/any/attr', kind: 'cookie', lang: ['*'],
    match: { attr: /^(?:[\w-]*cookie[\w-]*|[\w-]*consent[\w-]*|gdpr[\w-]*|onetrust[\w-]*|usercentrics[\w-]*|didomi[\w-]*|cookiebot[\w-]*|cmp-?(?:container|banner|wrapper)|sp_message[\w-]*)$/i },
    scope: 'block',
    examples: { hit: ['cookie-banner', 'CybotCookiebotDialog', 'onetrust-consent-sdk', 'gdpr-notice'], miss: ['content', 'recipe-card'] },
    note: 'consent managers by class or id',
  },
];
