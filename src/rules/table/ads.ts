import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

const AMOUNT = '(?:[$€£]\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:[$€£]|euro|eur|usd|chf))';

const DONATE = concepts({
  donate_platform: ['\\b(?:auf|on|via) (?:patreon|steady|ko-fi|paypal)\\b', '\\bbuy me a coffee\\b'],
  support_us: ['\\bunterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus|diese (?:form|art) (?:des|von))\\b', '\\bsupport (?:us|our (?:work|journalism)) (?:on|with|today)\\b', '\\b(?:kannst du|können sie) unsere arbeit unterstützen\\b',
    '\\bunterstützen? (?:uns|sie uns|\\p{L}+) (?:bereits |schon )?(?:ab |mit )\\d', '\\bhelp us (?:continue|keep) (?:to )?(?:bring|spread|provid|publish|produc|creat|report|deliver|writ|mak)\\p{L}*'],
  membership: ['\\bbecome a (?:patron|member|supporter)\\b', '\\bwerden? (?:sie )?(?:jetzt )?mitglied\\b', '\\berhalten sie exklusive (?:angebote|inhalte|vorteile)\\b'],
  every_donation: ['\\bjede (?:noch so )?(?:kleine )?spende\\b', '\\bevery (?:donation|contribution)\\b.{0,30}\\b(?:helps|counts|matters)\\b', '\\b(?:ihr|dein) beitrag hilft\\b', '\\bzeigen sie ihre wertschätzung\\b'],
  if_you_enjoyed: ['\\bwenn ihnen (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat\\b', '\\bif you (?:enjoyed|liked|value) (?:this|our) (?:article|story|journalism|work)\\b',
    '^(?:sie lesen|du liest) gerne? [^!?]{1,40}\\?$', '^(?:enjoy(?:ing)?|(?:do you )?like) reading [^!?]{1,40}\\?$'],
});

export const ads: Rule[] = [
  {
    id: 'ads/any/label', kind: 'ads', lang: ['de', 'en'],
    match: { line: /^-?\s*(?:(?<ad_label>(?:anzeige|werbung|advertisement|advertising|ad|advert|iklan|publicidad|publicité|pubblicità|publicidade|advertentie|reklama|annons|mainos)(?:\s*[-–]\s*continue reading below)?)|(?<sponsored>sponsored(?: content| post)?|gesponsert|promoted|sponsored by .+|präsentiert von .+|partnerinhalt|paid (?:content|post)))\s*-?$/i },
    scope: 'block',
    examples: { hit: ['Anzeige', 'Advertisement', 'Advertisement - continue reading below', '- Anzeige -', 'Sponsored by Acme', 'Publicidad', 'Reklama'], miss: ['Anzeige gegen Unbekannt erstattet'] },
    note: 'ad labels',
  },
  {
    id: 'ads/any/donate', kind: 'ads', lang: ['de', 'en'],
    match: { text: new RegExp(DONATE, 'iu'), maxWords: 30 },
    scope: 'block',
    examples: { hit: ['Beispiel kostenlos auf Patreon unterstützen!', 'Support our journalism today', 'Like the blog? Buy me a coffee!', 'Wenn Ihnen dieser Artikel gefallen hat, freuen wir uns über Ihre Hilfe.', 'Jede noch so kleine Spende zählt!', 'Every contribution, however big or small, helps.', 'Zeigen Sie Ihre Wertschätzung für unsere Arbeit.', 'Werden Sie Mitglied und erhalten Sie exklusive Angebote!', 'Dein Beitrag hilft uns, unabhängig zu bleiben.', 'Unterstütze uns schon ab 3 Euro im Monat!', 'Help us keep bringing you local news every day.', 'Help us keep reporting on the city.', 'Sie lesen gern Beispiel.de?', 'Enjoying reading Example News?'], miss: ['Sie lesen gern Krimis? Dann ist dieses Buch mit seinen vielen Wendungen genau das richtige für den Urlaub.', 'Sein Beitrag hilft der Mannschaft nicht weiter, sagte der Trainer nach dem Spiel.', 'The company moved its payments to PayPal in 2019, a spokesman said, and sales rose.', 'Die Stiftung erhielt eine Spende von 5.000 Euro.', 'If you enjoyed the concert, the band plays again in May.', '"Help us keep the park clean," the mayor said.'] },
    note: 'donation and membership prompts',
  },
  {
    id: 'ads/any/amount-picker', kind: 'ads', lang: ['*'],
    // Amounts apart by spaces: glued ones ('$0$00$0usd…') could be split many ways, exponentially.
    match: { line: new RegExp(`^${AMOUNT}(?:\\s+${AMOUNT}){2,}$`, 'i') },
    scope: 'block',
    examples: { hit: ['3€ 7€ 15€ 50€', '$5 $10 $25 $50', '10 Euro 20 Euro 50 Euro'], miss: ['5€ im Monat', 'Tickets cost $5, $10 or $25 depending on the seat.'] },
    note: 'the amount buttons of a donation or tip box',
  },
  {
    id: 'ads/any/affiliate', kind: 'ads', lang: ['de', 'en'],
    match: { text: /(?<affiliate_links>\baffiliate[- ]links?\b|\bprovisions?-?links?\b|\bwerbelinks?\b|\bpartner-?links?\b)|(?<commission>\bwe may (?:earn|receive) (?:a )?(?:small )?commission\b|\bals amazon-partner\b|\bas an amazon associate\b)/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Mit ** markierte Links sind teilweise Partner-Links.', 'This post contains affiliate links.', 'Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.', 'We may earn a commission when you buy.'], miss: ['The firm signed a partnership with Amazon.'] },
    note: 'affiliate disclosures',
  },
  {
    id: 'ads/any/adblock', kind: 'ads', lang: ['de', 'en'],
    match: { text: /(?<adblock>^(?:ad-?\s?blocker|adblock\w*|werbeblocker)(?: (?:erkannt|detected))?[!.]?$|\b(?:disable|turn off|pause|deactivate)\b.{0,40}\bad-?\s?block|\bad-?\s?block\w*\b.{0,40}\b(?:detected|disable|turn (?:it )?off|whitelist|allowlist)|\b(?:werbeblocker|ad-?\s?blocker?)\b.{0,40}\b(?:erkannt|deaktivier|ausschalt|abschalt|pausier)|\b(?:deaktivieren|ausschalten|abschalten|pausieren)\b.{0,40}\b(?:werbeblocker|ad-?\s?blocker?)|\b(?:you(?:'re| are)|sie) (?:using|nutzen|verwenden) (?:an? |einen )?(?:ad-?\s?blocker|werbeblocker|adblock)|\b(?:ihr(?:en)?|dein(?:en)?|your) (?:werbeblocker|ad-?\s?blocker)\b|\bwhitelist (?:us|our site)\b)/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ["If you're running an ad-blocker, please whitelist us.", 'Bitte deaktivieren Sie Ihren Werbeblocker.', 'Adblocker erkannt', 'It looks like you are using an ad blocker.', 'Ihr Werbeblocker ist aktiv. Bitte schalten Sie ihn aus oder deaktivieren Sie ihn für diese Seite.', 'Bitte schalte deinen Adblocker für diese Seite aus, um den Artikel zu lesen.'], miss: ['The blocker on the road held the crowd back.', 'Firefox war einer der wenigen Browser unter Android, in dem ein AdBlocker funktionierte.', 'Ad blockers cut publishers\' revenue by a fifth last year, the study found.'] },
    note: 'ad-blocker notices',
  },
  {
    id: 'ads/any/attr', kind: 'ads', lang: ['*'],
    match: { attr: /^(?:ad|ads|adsbygoogle|ad-?(?:slot|container|wrapper|unit|banner|box|block|zone)[\w-]*|advert[\w-]*|advertisement[\w-]*|banner-?ad[\w-]*|sponsor[\w-]*|dfp-[\w-]*|google-?ads?[\w-]*|anzeige[\w-]*|promo-?(?:box|banner|teaser)[\w-]*)$/i },
    scope: 'block',
    examples: { hit: ['adsbygoogle', 'ad-slot-top', 'advertisement', 'sponsored-content'], miss: ['adventure', 'header', 'loaded'] },
    note: 'ad slots by class or id',
  },
  {
    id: 'ads/en/shipping-promo', kind: 'ads', lang: ['en'],
    // The banner's own words first: a product's "Free shipping" badge or a sentence about shipping reads otherwise.
    match: { text: /^free (?:standard )?shipping (?:on|for) (?:all )?orders?\b/i, maxWords: 30 },
    scope: 'block',
    examples: { hit: ['Free shipping on orders over $50', 'Free standard shipping on all orders over £40. Details apply', 'FREE SHIPPING FOR ALL ORDERS OVER $75'], miss: ['Free shipping was the reason most buyers gave, the survey found.', 'Free delivery for members who order before noon.', 'Free shipping'] },
    note: "a shop's free-shipping banner above every page",
  },
  {
    id: 'ads/any/cart', kind: 'ads', lang: ['de', 'en'],
    match: { text: /(?<added_to_cart>\b(?:artikel|produkt) wurde (?:erfolgreich )?(?:(?:in den|zum) warenkorb )?(?:hinzugefügt|gelegt)\b|\b(?:added|has been added) to (?:your |the )?(?:cart|basket|shopping bag|wishlist)\b)|(?<cart_button>^(?:in den warenkorb(?: legen)?|add to (?:cart|basket|bag)|zur kasse(?: gehen)?|warenkorb anzeigen|view (?:cart|basket))$)/i, maxWords: 15 },
    scope: 'block',
    examples: { hit: ['Das Produkt wurde erfolgreich zum Warenkorb hinzugefügt.', 'Das Produkt wurde in den Warenkorb gelegt', 'Item added to your cart', 'In den Warenkorb', 'Add to basket'], miss: ['Der Artikel wurde gestern ergänzt.', 'Shoppers added to the pressure on prices, the report said.'] },
    note: 'shop widgets: cart buttons and their confirmations',
  },
];
