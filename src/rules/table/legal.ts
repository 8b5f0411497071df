import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

/** Footer link labels; a line made only of these (with separators) is a legal footer. */
const TERMS = concepts({
  imprint: ['impressum', 'imprint', 'legal(?: notice)?', 'disclaimer', 'haftungsausschluss'],
  privacy: ['datenschutz(?:erklärung|hinweise|richtlinie)?', 'privacy(?: policy| notice| settings)?', 'cookie policy', 'was passiert mit meinen daten\\?', 'what happens (?:to|with) my data\\?'],
  terms: ['agb', 'allgemeine geschäftsbedingungen', 'nutzungsbedingungen', 'widerrufsrecht', 'terms(?: of (?:use|service))?', 'terms (?:&|and) conditions'],
  about: ['kontakt', 'contact(?: us)?', 'über uns', 'about(?: us)?', 'jobs bei \\w+', 'hilfe', 'faq', 'mediadaten', 'advertise(?: with us)?'],
  site_tools: ['barrierefreiheit', 'accessibility(?: statement)?', 'site ?map', 'rss', 'your privacy choices', 'do not sell (?:or share )?my personal information', 'cookie (?:settings|preferences)', 'manage cookies'],
  company: ['careers', 'press room', 'newsroom', 'investors', 'investor relations', 'affiliates', 'affiliate program'],
  // Not "Shipping & Returns" or "Payment methods": a product page's tabs hold its terms as content.
  customer: ['track (?:your |my )?order', 'order status', 'store locator', 'find a store'],
});

export const legal: Rule[] = [
  {
    id: 'legal/any/footer-links', kind: 'legal', lang: ['de', 'en'],
    match: { line: new RegExp(`^(?:(?:${TERMS})\\s*(?:[|·•,/–-]\\s*)?)+$`, 'i'), maxWords: 20 },
    scope: 'block',
    examples: { hit: ['Impressum', 'Impressum | Datenschutz | AGB', 'Privacy Policy · Terms of Use · Contact', 'Careers | Investors | Newsroom', 'Order Status', 'Your Privacy Choices', 'Datenschutzerklärung', 'Impressum · Was passiert mit meinen Daten?'], miss: ['Impressum der Zeitung fehlt', 'Contact tracing apps failed', 'Careers in nursing are changing', 'return', 'Shipping & Returns'] },
    note: 'legal footer links',
  },
  {
    id: 'legal/any/copyright', kind: 'legal', lang: ['*'],
    match: {
      text: new RegExp(concepts({
        copyright: ['^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}|[\\p{L}])', '\\bthis (?:document|article|material|content) is (?:subject to|protected by) copyright\\b', '\\bmateriał chroniony prawem autorskim\\b'],
        rights_reserved: ['\\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone)\\b'],
        no_reproduction: ['\\bno part (?:of (?:this|the) [\\p{L} ]{2,30} )?may be reproduced\\b', '\\bnachdruck (?:nur mit|ohne) (?:genehmigung|erlaubnis)', '\\bmay not be reproduced, distributed, transmitted\\b', '\\bzasady przedruków\\b'],
        terms_acceptance: ['\\b(?:use of|registration on)\\b.{0,40}\\bthis (?:site|website) constitutes acceptance of\\b'],
      }), 'iu'),
      maxWords: 40,
    },
    scope: 'block',
    examples: { hit: ['The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.', 'Use of and/or registration on any portion of this site constitutes acceptance of our Terms of Use.', '© 2024 Beispiel Verlag GmbH', 'Copyright © 2024 Example Shop.', 'Copyright 2019 Example Media. All rights reserved.', 'Alle Rechte vorbehalten.', 'This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without the written permission.', 'Nachdruck nur mit Genehmigung des Verlags.', 'Materiał chroniony prawem autorskim. Wszelkie prawa zastrzeżone.'], miss: ['The copyright dispute lasted ten years, lawyers said.', 'Sąd zajmie się prawem autorskim w przyszłym tygodniu.'] },
    note: 'copyright lines',
  },
  {
    // A footer's short line with the sign in its middle ("Example Media © 2024", "All Content © 2024 Example.com"):
    // a caption or a book's entry with a year after © is longer than a footer line.
    id: 'legal/any/copyright-line', kind: 'legal', lang: ['*'],
    match: { line: new RegExp(concepts({ copyright_after_name: ['\\S\\s(?:©|\\(c\\))\\s*\\d{4}\\b'] }), 'iu'), maxWords: 10 },
    scope: 'block',
    examples: { hit: ['Example Media © 2024', 'All Content © 2024 Example.com', 'Example Community © 2016 - 2024.'], miss: ['The Collected Letters (Example Press, ©1931), by A. Writer: page images of the first edition at the library', '© is the sign of copyright'] },
    note: 'a footer line naming the site, then the copyright sign and year',
  },
  {
    id: 'legal/any/trademark', kind: 'legal', lang: ['de', 'en'],
    match: {
      // A numbered or starred footnote ("3. Alexa is a trademark of…") belongs to the claim it annotates.
      text: new RegExp(`^(?!\\^?\\d{1,2}[.)]?\\s|[*†‡¹²³⁴⁵⁶⁷⁸⁹])[\\s\\S]*?(?:${concepts({
        trademark: ['\\b(?:is|are) (?:(?:a|the|among the) )?(?:federally )?(?:registered )?trademarks? (?:of|owned by)\\b', '\\btrademarks? (?:are|is) the property of\\b'],
        marke: ['\\b(?:ist|sind) (?:eine |ein )?(?:eingetragene[sn]? )?(?:marken?|warenzeichen)(?: oder eingetragene warenzeichen)? (?:der|des|von)\\b'],
      })})`, 'iu'),
      maxWords: 60,
    },
    scope: 'block',
    examples: { hit: ['Example News is a registered trademark of Example Media Inc.', 'Phones and tablets are trademarks of their makers. All other trademarks are the property of their respective owners.', 'Beispielblog ist eine eingetragene Marke der Muster GmbH.', 'Alle genannten Produkte sind eingetragene Warenzeichen von Beispiel AG.'], miss: ['2. Voice control is a trademark of Example Corp. Works with select speakers.', '^3 Example Assistant is a trademark of Example Corp.', 'The court ruled that the name was not a valid trademark, the company said.'] },
    note: 'trademark notices in page footers',
  },
  {
    id: 'legal/any/opinion-disclaimer', kind: 'legal', lang: ['de', 'en'],
    match: { text: /(?<opinion>\bgibt (?:die|allein die) meinung (?:des autors|der autorin|des verfassers)\b|\bentsprechen (?:jeweils )?(?:den|der) persönlichen (?:einschätzungen|einschätzung|meinung|ansichten)\b|\b(?:spiegelt|entspricht) nicht (?:zwingend |unbedingt |notwendigerweise )?(?:die meinung|der meinung|die ansicht) der redaktion\b|\bdoes not (?:necessarily )?reflect the (?:views|opinions?|position) of\b|\bthe (?:views|opinions) expressed (?:here|in this (?:article|post|piece)|by the author)\b)/i, maxWords: 50 },
    scope: 'block',
    examples: { hit: ['Der Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', 'Die Texte entsprechen jeweils der persönlichen Meinung der Autorinnen und Autoren.', 'The views expressed in this article are the author\'s own and do not necessarily reflect the views of the site.'], miss: ['Die Meinung des Autors war umstritten, sagte der Verleger.'] },
    note: 'disclaimers that an opinion piece is the author\'s own',
  },
  {
    id: 'legal/any/consent', kind: 'legal', lang: ['de', 'en'],
    match: { text: /(?<agree_terms>\b(?:ich habe|i have read)\b.{0,40}\b(?:datenschutz\w*|privacy (?:policy|notice)|terms)\b.{0,40}\b(?:gelesen|akzeptiere|accept|agree)|\bi (?:agree|consent) to the (?:terms|privacy)|\bich (?:akzeptiere|stimme) (?:die|den|der) (?:datenschutz\w*|nutzungsbedingungen|agb)\b|\bmit (?:der|ihrer|deiner) (?:registrierung|anmeldung)\b.{0,40}\b(?:akzeptieren sie|akzeptierst du|stimmen sie|stimmst du)\b|\bby (?:signing up|registering|subscribing|clicking)\b.{0,40}\byou (?:agree|consent) to\b|\bby \w+ing\b.{0,40}\b(?:you|i) (?:agree|consent) to\b.{0,60}\b(?:terms|privacy|polic(?:y|ies)|conditions)\b)|(?<data_processing>\bich bin mit der (?:verarbeitung|speicherung|nutzung) (?:meiner|der (?:angegebenen|eingegebenen)) (?:daten|angaben)\b|\bich bin (?:damit )?einverstanden, dass (?:meine|die (?:angegebenen|eingegebenen)) (?:daten|angaben)\b|\bi (?:agree|consent) (?:to )?(?:the )?(?:processing|storage|storing) of my (?:personal )?data\b)/i, maxWords: 80 },
    scope: 'block',
    examples: { hit: ['Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.', 'I have read the privacy policy and agree to it.', 'Ich akzeptiere die Datenschutzerklärung und den Versand des Newsletters.', 'Mit der Anmeldung akzeptieren Sie unsere AGB.', 'By signing up, you agree to our Terms of Use.', 'By continuing, you agree to our Terms of Service and Privacy Policy.', 'Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden.', 'Ich bin einverstanden, dass meine Angaben gespeichert werden.', 'Ich bin damit einverstanden, dass die angegebenen Daten verarbeitet werden.', 'I consent to the processing of my personal data.'], miss: ['Ich bin mit der Verarbeitung des Themas im Film nicht einverstanden, sagte sie.', 'I have read the report and I disagree with its terms.', 'Mit der Registrierung der Marke begann der Streit.', 'Die Richterin akzeptiere die Datenschutzbeschwerde nicht, hieß es.', 'By signing the lease, you agree to pay rent on the first of each month.'] },
    note: 'consent checkboxes of sign-up forms',
  },
  {
    id: 'legal/en/sms-consent', kind: 'legal', lang: ['en'],
    match: { text: new RegExp(concepts({ sms_consent: ['\\bagree to receive (?:recurring )?(?:automated )?(?:promotional |marketing )?(?:and personali[sz]ed )?(?:marketing )?text messages\\b', '\\bmsg(?:\\.| &| and) data rates may apply\\b', '\\bmessage and data rates may apply\\b'] }), 'i'), maxWords: 160 },
    scope: 'block',
    examples: { hit: ['By submitting this form, you agree to receive recurring automated marketing text messages at the number provided. Msg & data rates may apply.', 'Message and data rates may apply. Reply STOP to cancel.'], miss: ['The carrier said data rates for roaming would fall next year.'] },
    note: 'the consent under a form that signs a phone number up for marketing texts',
  },
  {
    id: 'legal/any/liability', kind: 'legal', lang: ['de', 'en'],
    match: { text: /(?<link_liability>\bkeine (?:haftung|gewähr) für (?:die )?inhalte (?:externer|fremder|verlinkter)\b|\bfür den inhalt der verlinkten seiten sind ausschließlich (?:deren|die) betreiber\b|^haftungs(?:ausschluss|beschränkung|hinweis)\b|\b(?:we|i) (?:are|am) not responsible for the content of (?:external|linked|third[- ]party) (?:sites|websites|links|pages)\b|\b(?:ich habe|wir haben) keinen einfluss auf (?:die )?(?:inhalte|gestaltung) (?:dieser|der verlinkten|externer|fremder|verlinkter) (?:seiten|websites|webseiten|links)\b|\b(?:i|we) have no control over the content of (?:these|those|external|linked|third[- ]party) (?:sites|websites|pages)\b)/i, maxWords: 160 },
    scope: 'block',
    examples: { hit: ['Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte externer Links.', 'Haftungsausschluss', 'Haftungshinweis: Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.', 'We are not responsible for the content of external sites.', 'Ich habe keinen Einfluss auf die Inhalte dieser Seiten und mache sie mir nicht zu eigen.', 'We have no control over the content of those sites.'], miss: ['Wir haben keinen Einfluss auf die Inhalte der Verhandlungen, sagte der Minister.', 'Das Gericht sah keine Haftung des Herstellers für den Schaden.', 'The firm is not responsible for the losses, the court ruled.'] },
    note: 'link-liability disclaimers in footers and under blog posts',
  },
  {
    id: 'legal/en/notice', kind: 'legal', lang: ['en'],
    match: { text: /(?<privacy_update>\bwe have updated our privacy policy\b|\bplease review our privacy policy\b)|(?<market_data>\b(?:stock )?quote data (?:is )?provided by\b|\bmarket data (?:is )?(?:provided|powered) by\b|\bquotes (?:are )?delayed (?:by )?(?:at least )?\d+ minutes\b)/i, maxWords: 160 },
    scope: 'block',
    examples: { hit: ['We have updated our Privacy Policy to comply with the new rules.', 'Stock quote data provided by Example Exchange. Quotes delayed at least 15 minutes.'], miss: ['The bank updated its privacy rules after the fine, regulators said.'] },
    note: 'privacy-policy update notices and market-data disclaimers',
  },
  {
    id: 'legal/any/attr', kind: 'legal', lang: ['*'],
    match: { attr: /^(?:site-?footer|page-?footer|footer-?(?:links|nav|menu|bottom|widgets?)|colophon|copyright|legal|imprint)$/i },
    scope: 'block',
    examples: { hit: ['site-footer', 'colophon', 'footer-links'], miss: ['entry-footer-meta-info', 'content'] },
    note: 'page footers by class or id',
  },
  {
    id: 'legal/any/footer-landmark', kind: 'legal', lang: ['*'],
    match: { selector: 'body > footer, [role="contentinfo"]' },
    scope: 'block',
    examples: { hit: ['<footer><p>© 2024</p></footer>', '<div role="contentinfo"></div>'], miss: ['<article><footer data-test>Tags</footer></article>'] },
    note: 'page footer landmarks',
  },
  {
    id: 'legal/en/health-disclaimer', kind: 'legal', lang: ['en'],
    match: { text: /\bhave not been evaluated by the food and drug administration\b|\bnot intended to diagnose, treat, cure,? or prevent any disease\b|\bconsult (?:your|a) (?:physician|doctor|healthcare provider)\b.{0,60}\bbefore (?:beginning|starting|undertaking) any\b/i, maxWords: 80 },
    scope: 'block',
    examples: { hit: ['These claims have not been evaluated by the Food and Drug Administration.', 'Consult your physician and follow all safety instructions before beginning any exercise program.'], miss: ['Patients should consult a doctor if the fever lasts more than three days, the agency said.'] },
    note: 'supplement and fitness disclaimers under health articles',
  },
];
