import type { Rule } from '../../types.js';

const NETWORKS = 'facebook|twitter|x|linkedin|xing|whatsapp|pinterest|pin|pint|reddit|telegram|threads|bluesky|mastodon|flipboard|pocket|e-?mail|mail|print|drucken|messenger|tumblr|copy link|link kopieren|baixar|download|pinnen|merken|bei pinterest (?:speichern|merken)|(?:rezept|recipe) (?:drucken|speichern|merken)|(?:print|pin|save|jump to) recipe|zum rezept';

/**
 * One button of a share row: a network or a share verb, led by 'auf'/'on' or followed by
 * 'teilen', with the count some sites print beside it, glued or not ('Pinterest3.4K', 'Teilen
 * auf Facebook: 0').
 */
const SHARE_VERB = 'teilen|share|shares|tweet|tweeten|mailen|kommentieren|pdf|feedback|google\\+|partilhar|compartir|partager|condividi';
// One reading per button, or a line of glued buttons backtracks exponentially (recheck found
// 'x0 sharex0 share…': 16 of them took 2.6 s): a count stands glued to its network or after a
// colon ('Pinterest3.4K', 'Facebook: 2') and ends in a digit (a comma after it separates), a
// '0 Shares' count only at a button's start, and a trailing 'teilen' is a button of its own.
const COUNT = '\\d+(?:[.,]\\d+)*[km]?';
const SHARE_ITEM = `(?:(?<![^\\s|,·•/])${COUNT} (?:shares?|teilen)|(?:(?:teilen auf|share on|auf|on|via) )?(?:${NETWORKS}|${SHARE_VERB})(?:(?:\\s*:\\s*)?${COUNT})?…?)`;

export const share: Rule[] = [
  {
    id: 'share/any/network-row', kind: 'share', lang: ['*'],
    match: { line: new RegExp(`^(?:(?:share|teilen|share this|share on|teilen auf|tweet|pin it)[:\\s]*)?(?:(?:\\s*[|,·•/])?\\s*${SHARE_ITEM})+$`, 'i'), maxWords: 16 },
    scope: 'block',
    examples: { hit: ['Facebook Twitter WhatsApp E-Mail', 'Share on Facebook', 'Teilen: Facebook | X | E-Mail', 'Print', 'Whatsapp Facebook Pint Baixar', 'Rezept drucken Bei Pinterest speichern', 'Jump to RecipePrint Recipe', 'Zum Rezept Drucken Pinnen', 'Facebook Pinterest Twitter Google+', 'Auf Facebook teilen Auf Twitter teilen', 'teilen tweeten kommentieren pdf', 'Pinterest3.4K', 'Teilen auf Facebook: 2Teilen auf X: 5 E-Mail Teilen…', '0 Shares'], miss: ['Facebook kauft WhatsApp', 'Twitter is now X, says Musk', 'Teilen ist das neue Haben'] },
    note: 'rows of share buttons',
  },
  {
    id: 'share/en/label', kind: 'share', lang: ['en'],
    match: { line: /^(?:share(?: this)?(?: (?:article|post|story|page))?|share via|click to share|tweet this|share and enjoy)[!.]?$/i },
    scope: 'block',
    examples: { hit: ['Share this article', 'Share', 'Click to share'], miss: ['Share prices fell sharply'] },
    note: 'share button labels',
  },
  {
    id: 'share/de/label', kind: 'share', lang: ['de'],
    match: { line: /^(?:(?:(?:artikel|beitrag|seite|jetzt) )?(?:teilen|empfehlen|versenden)|teile diesen (?:artikel|beitrag)(?: (?:auf|in|mit) (?:social media|facebook|twitter|deinen freunden|freunden))?[.!]?|(?:per )?e-?mail (?:versenden|teilen)|(?:artikel|beitrag|rezept|seite) (?:drucken|merken|speichern)|pinnen|merken)$/i },
    scope: 'block',
    examples: { hit: ['Artikel teilen', 'Teilen', 'Per E-Mail versenden', 'Artikel merken', 'Rezept drucken', 'Pinnen', 'Teile diesen Beitrag auf Social Media.'], miss: ['Teilen ist das neue Haben'] },
    note: 'share button labels',
  },
  {
    id: 'share/any/feedback', kind: 'share', lang: ['de', 'en'],
    match: { text: /\bsterne? anklicken\b.{0,20}\bbewerten\b|\bwar (?:der|dieser|das|dieses) (?:artikel|beitrag|text|inhalt) (?:nützlich|hilfreich|interessant)|\b(?:den |diesen )?(?:artikel|beitrag) bewerten\b|\bmöchten sie (?:den|diesen) (?:artikel|beitrag) teilen|\bwas this (?:article|page|post|story) (?:helpful|useful)|\brate this (?:article|post|story)\b/i, maxWords: 20 },
    scope: 'block',
    examples: { hit: ['Sterne anklicken und Rezept bewerten', 'War der Artikel nützlich?', 'Hier können Sie den Artikel bewerten', 'Was this article helpful?'], miss: ['Der Artikel war für die Kläger nützlich, sagte der Anwalt.'] },
    note: 'rating and feedback prompts under articles',
  },
  {
    id: 'share/any/follow', kind: 'share', lang: ['*'],
    match: { text: /\bfollow (?:us|me)\b.{0,30}\bon (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon)\b|\bfollow (?:the )?[\w.-]+ on (?:twitter|x|facebook|instagram)\b.{0,40}@\w+|\bdownload (?:the|our) (?:[\w-]+ )?apps? (?:for|on) (?:ios|android|iphone)\b|\bfolgen sie uns auf\b|\bfolge uns auf\b|\bs[ií]guenos en\b|\bsuivez-nous sur\b|\bseguici su\b|\bsiga-nos\b|\bvolg ons op\b|\bobserwuj nas\b|\b(?:unsere|die) (?:[\w-]+ )?app (?:für|im|aus dem) (?:ios|android|app store|play store)\b|\b(?:abonnieren sie|besuchen sie|abonniere) unseren (?:youtube|telegram|whatsapp)-?kanal\b|\bbesuchen sie unseren (?:[\w-]+ )?(?:fan-?shop|online-?shop)\b/i, maxWords: 40 },
    scope: 'block',
    examples: {
      hit: ['Follow The Courier on Twitter and Instagram @dailycourier', 'For breaking news download the Post apps for iOS and Android.', 'Folgen Sie uns auf Facebook und Instagram!', 'Besuchen Sie unseren Fan-Shop!'],
      miss: ['Police urged residents to follow the advice on Twitter from the fire service.', 'The app for iOS was downloaded a million times, the company said.'],
    },
    note: 'follow-us and app prompts',
  },
  {
    id: 'share/romance/follow', kind: 'share', lang: ['es', 'fr', 'it', 'pt'],
    match: { text: /\bsíguenos en\b|\bcanal de (?:telegram|whatsapp)\b.{0,60}únete|(?:^|[\s¿¡])únete\b.{0,60}\b(?:canal|telegram|whatsapp)\b|\bnuestro canal de (?:youtube|telegram|whatsapp)\b|\bsuivez-nous sur\b|\bseguici su\b|\bsiga-nos no\b/i, maxWords: 40 },
    scope: 'block',
    examples: { hit: ['¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace', '¡Mira lo que tiene nuestro canal de YouTube!', 'Suivez-nous sur Twitter'], miss: ['El canal de Panamá cerró por la tormenta.'] },
    note: 'follow-us prompts in Spanish, French, Italian and Portuguese',
  },
  {
    id: 'share/any/like-widget', kind: 'share', lang: ['de', 'en'],
    match: { line: /^(?:gefällt mir:?|like this:?|liken|like|(?:gefällt mir )?(?:wird geladen|lade|loading)\s*(?:…|\.{3})?)$/i },
    scope: 'block',
    examples: { hit: ['Gefällt mir:', 'Like this:', 'Liken', 'Wird geladen …', 'Loading...'], miss: ['Gefällt mir sehr, sagte sie.', 'Like a rolling stone'] },
    note: 'the like button blogs put under a post, with its loading text',
  },
  {
    id: 'share/any/button-text', kind: 'share', lang: ['*'],
    match: { text: /^(?:click to (?:share on|email|print)|klicken?, um (?:über|auf|per|dies)\b.{1,40}\bzu (?:teilen|drucken|senden))\b|\((?:opens in (?:a )?new window|wird in neuem fenster geöffnet|öffnet in neuem fenster)\)$/i, maxWords: 16 },
    scope: 'block',
    examples: { hit: ['Click to share on Facebook (Opens in new window)', 'Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)', 'Klicken, um auf LinkedIn zu teilen'], miss: ['Klicken Sie auf den Knopf, um die Tür zu öffnen.', 'The gallery opens in a new window of time for visitors.'] },
    note: 'share buttons whose text a dump keeps ("Click to share on …", "(Opens in new window)")',
  },
  {
    id: 'share/any/attr', kind: 'share', lang: ['*'],
    match: { attr: /^(?:share|sharing|shariff|sharedaddy|addthis[\w-]*|a2a[\w-]*|sharethis[\w-]*|social-?(?:share|sharing|links|media|icons|buttons|bar|networks)[\w-]*|share-?(?:buttons?|bar|links|tools|icons|box|container|wrapper)[\w-]*|[\w-]*-share|[\w-]*-sharing)$/i },
    scope: 'block',
    examples: { hit: ['shariff', 'share-buttons', 'social-share', 'post-share', 'addthis_toolbox'], miss: ['shares-outstanding-chart', 'socialism'] },
    note: 'share widgets by class or id',
  },
];
