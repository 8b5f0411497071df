import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

/** The categories a consent panel lists, in German and English. */
const COOKIE_CATEGORY = 'strictly necessary|necessary|essential|functional|performance|analytics?|analyse|statistics|marketing|targeting|advertising|preference|notwendige|erforderliche|essenzielle|essentielle|funktionale|statistik|statistische|komfort|dritt|drittanbieter';

const NOTICE = concepts({
  uses_cookies: ['\\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\\b',
    // The kinds of cookie a site names ("We use essential cookies to make our website work"), and
    // a site by its own name ("Example.com uses cookies to improve…"); a recipe uses cookies for a crust.
    '\\b(?:we(?: are)?|(?:this|our) (?:web)?site) us(?:e|es|ing) (?:[\\w-]+ ){1,3}cookies\\b.{0,120}\\b(?:website|site|experience|traffic|personali[sz]ed|analy[sz]\\w*|device|settings|browsing)\\b',
    '\\b[\\w.]+ uses cookies (?:and (?:similar|other) technologies|and analytics|for personali[sz]ation|(?:from \\w+ )?to (?:deliver|improve|enhance|give|provide|ensure|personali[sz]e|analy[sz]e|help|remember|assist))\\b',
    '\\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\\b.{0,60}\\bcookies?\\b',
    '\\b(?:wir verwenden|wir nutzen|diese (?:web)?(?:seite|site) (?:verwendet|nutzt)|unsere (?:web)?(?:seite|site) (?:verwendet|nutzt))\\b.{0,40}\\bcookies\\b', '\\bauf dieser (?:web)?(?:seite|site) verwendeten cookies\\b',
    '\\b(?:auf|von) (?:unserer|dieser) (?:web)?(?:seite|site) werden cookies\\b', '\\bzu welchem zweck diese (?:web)?(?:seite|site) cookies\\b', '\\b(?:nous utilisons|ce site (?:web )?utilise|notre site (?:web )?utilise)\\b.{0,40}\\bcookies\\b'],
  these_cookies: ['\\bthese cookies (?:are|help|allow|enable|collect|let|store)\\b.{0,80}\\b(?:website|site|users?|visitors?|data|browser|functions?|features?)\\b',
    '\\bdiese cookies (?:sind|werden|helfen|dienen|ermöglichen|erfassen|speichern)\\b.{0,80}\\b(?:website|webseite|seite|nutzer\\w*|besucher\\w*|daten|browser|funktion\\w*|inhalte)\\b'],
  accept: ['\\baccept (?:all )?cookies\\b', '\\bcookies? (?:akzeptieren|zulassen|ablehnen)\\b', '\\balle akzeptieren\\b', '\\b(?:accepter|refuser) (?:tous )?les cookies\\b'],
  settings: ['\\bcookie (?:policy|settings|preferences)\\b', '\\bmanage (?:consent|cookies|preferences)\\b', '\\bcookie-?(?:richtlinie|hinweis|einstellungen|banner)\\b', '\\bzustimmung (?:verwalten|widerrufen)\\b',
    '\\bdatenschutz-?einstellungen\\b', '\\bparamètres des cookies\\b', '\\bgestion des cookies\\b'],
  privacy: ['\\bwe (?:value|respect) your privacy\\b', '\\bwir respektieren (?:deine|ihre) privatsphäre\\b'],
});

/**
 * A consent panel's long paragraphs: the purposes of the IAB framework's panels (every framework
 * panel prints the same purposes) and the panels' own descriptions of what the page's cookies and
 * partners do. Longer than a banner's notice, so a row of their own with a wider bound; every
 * phrase names the panel's partners, devices or tracking, not cookies alone (a bakery's cookies).
 */
const PANEL = concepts({
  partners_process: ['\\bwe,? and (?:our )?(?:\\d[\\d,]* )?(?:named )?(?:third[- ]party )?partners,? (?:may )?(?:store|process|use|access|collect)\\b'],
  device_access: ['\\bstore (?:and/or|and|or) ?access (?:information|personal data|data|device information)\\b', '\\bactively scan device characteristics\\b', '\\bthe technical storage or access (?:is|that is)\\b', '\\buse (?:limited|precise) (?:data to select|geolocation data)\\b'],
  framework_purposes: ['\\bpresented to you on this service can be based on\\b', '\\b(?:stored|matched) and combined with other information\\b', '\\bdevice or similar online identifiers\\b', '\\bmeasure the delivery of such content or advertisements\\b',
    '\\bpartners can use this (?:special )?(?:purpose|feature)\\b', '\\bthe choices you make regarding the purposes and entities\\b', '\\byour device might be (?:distinguished from other devices|considered as likely linked)\\b',
    '\\bcertain characteristics specific to your device\\b', '\\bis presented to you and how you interact with it\\b', '\\breports can be generated based on the combination of data sets\\b',
    '\\bprevent unusual and possibly fraudulent activity\\b', '\\bensure the technical compatibility of the content or advertising\\b'],
  // The texts consent plugins print under each category, on every site that installs them.
  consent_plugin: ['\\bcookies? (?:are|is) absolutely essential for the website\\b', '\\b(?:this|the) cookie is (?:set|used|installed) by\\b', '\\bcookies? that may not be particularly necessary\\b',
    '\\bcookies? (?:is|are) used to (?:store|collect|track)\\b.{0,80}\\b(?:consent|visitors?|users?|website|site|browsing)\\b', '\\bcookies? (?:are|is) (?:a )?small (?:data |text )?files?\\b',
    '\\bthese (?:tracking )?technologies\\b.{0,40}\\b(?:necessary|essential)\\b.{0,80}\\b(?:website|site|services?|features?)\\b', '\\b(?:uses?|using) cookies and (?:similar|other) technologies\\b'],
  tracking_kinds: ['\\bthese (?:cookies|technologies) (?:are|help|allow|enable|collect|track|may)\\b.{0,200}\\b(?:advertis\\w*|tracking|traffic sources|preferences|switched off|disabled)\\b', '\\b(?:cookies|technologies) (?:and similar (?:technologies|methods)|like cookies)\\b.{0,120}\\b(?:recogni[sz]e|remember|ads|track\\w*|personali[sz]\\w*|advertis\\w*|store)\\b'],
});

export const cookie: Rule[] = [
  {
    id: 'cookie/any/notice', kind: 'cookie', lang: ['de', 'en', 'fr'],
    match: { text: new RegExp(NOTICE, 'i'), maxWords: 70 },
    scope: 'block',
    examples: {
      hit: ['We value your privacy and your data', 'Our site uses cookies to measure how it is used.', 'Accept all cookies', 'By continuing to browse our site you accept the use of cookies.', 'Cookie settings', 'These cookies help us understand how visitors use the website.',
        'Wir respektieren deine Privatsphäre', 'Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.', 'Alle akzeptieren', 'Cookie-Einstellungen', 'Cookies & Tracking ablehnen: Cookies ablehnen', 'Diese Website verwendet Cookies.', 'Diese Cookies sind notwendig, damit die Grundfunktionen der Website genutzt werden können.', 'Auf unserer Website werden Cookies verwendet.',
        'Nous utilisons des cookies pour améliorer votre expérience.', 'Accepter tous les cookies', 'Paramètres des cookies', 'We use essential cookies to make our website work.', 'Example.com uses cookies to improve your experience.'],
      miss: ['The bakery sold 500 cookies on Saturday, the owner said.', 'We use crushed cookies for the base of this cheesecake.', 'This cheesecake uses cookies for its base.', 'These cookies are best eaten warm from the oven.', 'Die Bäckerei verkauft jeden Tag frische Cookies.', 'Diese Cookies sind mit Schokolade gefüllt und schmecken warm am besten.', 'La boulangerie vend des cookies au chocolat.'],
    },
    note: 'cookie banners and consent prompts',
  },
  {
    id: 'cookie/en/consent-panel', kind: 'cookie', lang: ['en'],
    match: { text: new RegExp(PANEL, 'i'), maxWords: 240 },
    scope: 'block',
    examples: {
      hit: ['We and our 120 partners store and/or access information on a device, such as unique IDs in cookies, to process personal data.', 'We, and our partners use cookies and similar methods to recognise visitors.', 'Store and/or access information on a device',
        'Use precise geolocation data. Actively scan device characteristics for identification.', 'Advertising presented to you on this service can be based on limited data, such as the website you are using.', '42 partners can use this purpose',
        'These cookies allow us to count visits and traffic sources so we can measure the performance of our site.', 'These cookies are necessary for the website to function and cannot be switched off in our systems.',
        'The shop uses cookies and similar technologies to remember your preferences and show you relevant ads.', 'Necessary cookies are absolutely essential for the website to function properly.',
        'This cookie is set by the consent plugin to remember your choice.', 'Cookies are small text files that a website stores on your device.'],
      miss: ['These cookies are best eaten warm from the oven, the baker said.', 'Cookies are small treats that children love.', 'The regulator fined the company for tracking users without consent, and our partners at the newspaper reported it.', 'Store the cookies in an airtight tin for up to a week.'],
    },
    note: "a consent panel's purposes and its description of the partners' cookies and tracking",
  },
  {
    id: 'cookie/any/category', kind: 'cookie', lang: ['de', 'en'],
    match: { line: new RegExp(`(?<consent_panel_line>^(?:(?:(?:${COOKIE_CATEGORY})[-,&\\s]*(?:und |and )?)+cookies\\s*)+$|^cookie[- ]details$)`, 'i') },
    scope: 'block',
    examples: { hit: ['Strictly necessary cookies', 'Notwendige Cookies', 'Erforderliche Cookies', 'Notwendige, Performance- und Marketing-Cookies', 'Cookie Details'], miss: ['Marketing cookies to customers', 'Notwendige Reparaturen'] },
    note: 'the cookie categories of a consent panel, each on a line of its own',
  },
  {
    id: 'cookie/any/attr', kind: 'cookie', lang: ['*'],
    match: { attr: /^(?:[\w-]*cookie[\w-]*|[\w-]*consent[\w-]*|gdpr[\w-]*|onetrust[\w-]*|usercentrics[\w-]*|didomi[\w-]*|cookiebot[\w-]*|sp_message[\w-]*)$/i },
    scope: 'block',
    examples: { hit: ['cookie-banner', 'CybotCookiebotDialog', 'onetrust-consent-sdk', 'gdpr-notice'], miss: ['content', 'recipe-card', 'cmp-container'] },
    note: 'consent managers by class or id',
  },
];
