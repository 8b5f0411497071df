import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

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

const LABEL = concepts({
  share: ['share(?: this)?(?: (?:article|post|story|page))?', 'share via', 'click to share', 'tweet this', 'share and enjoy', '(?:(?:artikel|beitrag|seite|jetzt) )?(?:teilen|empfehlen|versenden)',
    'teile diesen (?:artikel|beitrag)(?: (?:auf|in|mit) (?:social media|facebook|twitter|deinen freunden|freunden))?[.!]?', '(?:per )?e-?mail (?:versenden|teilen)', 'compartir', 'partager', 'condividi', 'compartilhar', 'partilhar'],
  print_or_save: ['(?:artikel|beitrag|rezept|seite) (?:drucken|merken|speichern)', 'pinnen', 'merken', 'print(?: this)?(?: (?:article|page|recipe))?', 'save (?:for later|this (?:article|recipe))'],
});

const FEEDBACK = concepts({
  rate_it: ['\\bsterne? anklicken\\b.{0,20}\\bbewerten\\b', '\\b(?:den |diesen )?(?:artikel|beitrag) bewerten\\b', '\\brate this (?:article|post|story|recipe)\\b'],
  was_it_helpful: ['\\bwar (?:der|dieser|das|dieses) (?:artikel|beitrag|text|inhalt) (?:nützlich|hilfreich|interessant)', '\\bwas this (?:article|page|post|story) (?:helpful|useful)', '\\b(?:was|is) this (?:(?:article|page|post|story|information|answer|guide|tutorial|content|section) )?(?:helpful|useful)(?: (?:to|for) you)?\\s*\\?', '\\bmöchten sie (?:den|diesen) (?:artikel|beitrag) teilen'],
});

const FOLLOW = concepts({
  follow_us: ['\\bfollow (?:us|me)\\b.{0,30}\\bon (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon)\\b', '\\bfollow (?:the )?[\\w.-]+ on (?:twitter|x|facebook|instagram)\\b.{0,40}@\\w+',
    '^(?:follow|connect with) (?:us|me)\\b(?: (?:on|in))?(?: (?:all )?(?:our )?social (?:media|platforms|networks))?[:!.]?$', '\\bfollow (?:us|me) (?:on|in) (?:all our )?social (?:media|platforms|networks)\\b',
    '\\bfolge?n? (?:sie )?uns auf\\b', '\\bs[ií]guenos en\\b', '\\bsuivez-nous sur\\b', '\\bseguici su\\b', '\\bsiga-nos\\b', '\\bvolg ons op\\b', '\\bobserwuj nas\\b'],
  join_channel: ['\\b(?:abonnieren sie|besuchen sie|abonniere) unseren (?:youtube|telegram|whatsapp)-?kanal\\b', '\\bcanal de (?:telegram|whatsapp)\\b.{0,60}únete', '(?:^|[\\s¿¡])únete\\b.{0,60}\\b(?:canal|telegram|whatsapp)\\b',
    '\\bnuestro canal de (?:youtube|telegram|whatsapp)\\b', '\\b(?:join|subscribe to) our (?:youtube|telegram|whatsapp) channel\\b'],
});

export const share: Rule[] = [
  {
    id: 'share/any/network-row', kind: 'share', lang: ['*'],
    match: { line: new RegExp(`^(?:(?:share|teilen|share this|share on|teilen auf|tweet|pin it)[:\\s]*)?(?:(?:\\s*[|,·•/])?\\s*${SHARE_ITEM})+$`, 'i'), maxWords: 16 },
    scope: 'block',
    examples: { hit: ['Facebook Twitter WhatsApp E-Mail', 'Share on Facebook', 'Teilen: Facebook | X | E-Mail', 'Print', 'Telegram Pint Baixar Reddit', 'Bei Pinterest merken Rezept speichern', 'Save RecipeJump to Recipe', 'Pinnen Zum Rezept Drucken', 'Twitter Google+ Facebook Xing', 'Auf Facebook teilen Auf Twitter teilen', 'teilen tweeten kommentieren pdf', 'Pinterest3.4K', 'Teilen auf Facebook: 2Teilen auf X: 5 E-Mail Teilen…', '0 Shares'], miss: ['Facebook kauft WhatsApp', 'Twitter is now X, says Musk', 'Teilen ist das neue Haben'] },
    note: 'rows of share buttons',
  },
  {
    id: 'share/any/label', kind: 'share', lang: ['de', 'en', 'es', 'fr', 'it', 'pt'],
    match: { line: new RegExp(`^(?:${LABEL})[!.]?$`, 'i') },
    scope: 'block',
    examples: { hit: ['Share this article', 'Share', 'Click to share', 'Artikel teilen', 'Teilen', 'Per E-Mail versenden', 'Artikel merken', 'Rezept drucken', 'Pinnen', 'Teile diesen Artikel mit deinen Freunden!', 'Partager'], miss: ['Share prices fell sharply', 'Teilen ist das neue Haben'] },
    note: 'share, print and save button labels',
  },
  {
    id: 'share/any/feedback', kind: 'share', lang: ['de', 'en'],
    match: { text: new RegExp(FEEDBACK, 'i'), maxWords: 20 },
    scope: 'block',
    examples: { hit: ['Sterne anklicken und Rezept bewerten', 'War dieser Beitrag hilfreich?', 'Jetzt diesen Beitrag bewerten', 'Was this page useful?', 'Was this helpful? Yes No', 'Is this guide useful?'], miss: ['Der Artikel war für die Kläger nützlich, sagte der Anwalt.', 'Was this useful to the defence? The judge thought not.'] },
    note: 'rating and feedback prompts under articles',
  },
  {
    id: 'share/any/follow', kind: 'share', lang: ['*'],
    match: { text: new RegExp(FOLLOW, 'i'), maxWords: 40 },
    scope: 'block',
    examples: {
      hit: ['Follow The Courier on Twitter and Instagram @dailycourier', 'Folgen Sie uns auf Facebook und Instagram!', 'Suivez-nous sur Twitter', 'Follow us', 'Connect with us:', 'Follow us on social media for news and offers',
        '¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace', '¡Mira lo que tiene nuestro canal de YouTube!'],
      miss: ['Police urged residents to follow the advice on Twitter from the fire service.', 'El canal de Panamá cerró por la tormenta.'],
    },
    note: 'follow-us and channel prompts',
  },
  {
    id: 'share/any/like-widget', kind: 'share', lang: ['de', 'en'],
    match: { line: /^(?:(?:gefällt mir:?|like this:?|liken|like)|(?:(?:gefällt mir )?(?:wird geladen|lade|loading)\s*(?:…|\.{3})?))$/i },
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
