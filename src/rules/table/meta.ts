import { MONTHS } from '../../meta/date.js';
import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

/** Article furniture that is not article text: bylines, datelines, image credits, gallery controls, tag lists. */

/** Any month name of the date reader (meta/date.ts), longest first so a name is never cut short. */
const MONTH = `(?:${Object.keys(MONTHS).sort((x, y) => y.length - x.length).join('|')})`;
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

/** Datelines and bylines never end a sentence; requiring that keeps real sentences with dates safe. */
const NO_SENTENCE_END = '(?=.*[^.!?]$)';
/** A dateline may end in a clock time's 'a.m.' or 'p.m.', which is no sentence end. */
const NO_SENTENCE_END_BUT_TIME = '(?=.*(?:[^.!?]|\\b[ap]\\.m\\.)$)';

export const meta: Rule[] = [
  {
    id: 'meta/any/dateline', kind: 'meta', lang: ['*'],
    match: { text: new RegExp(`^(?:${NO_SENTENCE_END_BUT_TIME}\\|?\\s*(?:published|updated|posted|last updated|last modified|release date|first published|publication date|news date|veröffentlicht|veröffentlichung|publiziert|aktualisiert|erstellt|zuletzt aktualisiert|zuletzt geändert|geändert am|stand)\\b:?.*\\d|${NO_SENTENCE_END}(?:.*\\b(?:19|20)\\d{2}\\b.*\\b\\d{1,2}[:.]\\d{2}\\b|.*\\b\\d{1,2}:\\d{2}\\b.*\\b(?:19|20)\\d{2}\\b))`, 'i'), maxWords: 18 },
    scope: 'block',
    examples: {
      hit: ['Last modified: 2020-03-04 10:15', '18 Nov 2019, 19:09', 'Updated: 18 Nov 2019, 19:11', 'PUBLISHED: 10:48, Tue, Nov 19, 2019', 'Veröffentlicht am 19.10.2019 um 19:08 Uhr', 'Updated at 1:23 p.m', 'Veröffentlichung: 9. März 2023', 'News date : 04/21/2022 Category : Press Releases', 'PUBLISHED: March 3, 2021 at 9:05 a.m. | UPDATED: March 4, 2021 at 6:40 p.m.'],
      miss: ['The meeting on 4 May 2019 ended at 10:30, when the mayor walked out.', 'Updated guidance', 'The meeting on 4 May 2019 ended at 10:30 p.m.'],
    },
    note: 'datelines above or below articles',
  },
  {
    id: 'meta/en/byline', kind: 'meta', lang: ['en'],
    match: { text: new RegExp(`^${NO_SENTENCE_END}[Bb]y\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*(?:,|and|&|\\||-|–|·|•|on|for)\\s*.*)?$`, 'u'), maxWords: 14 },
    scope: 'block',
    examples: { hit: ['By Jane Doe - 03/04/21 9:15 AM EST', 'By Paul Takahashi', 'By Jane Doe and John Roe', 'by Jane Doe on January 20, 2020', 'By Jane Doe for Example News'], miss: ['By Monday, all schools had closed.', 'by the river'] },
    note: 'bylines',
  },
  {
    id: 'meta/de/byline', kind: 'meta', lang: ['de'],
    match: { text: new RegExp(`^${NO_SENTENCE_END}(?:[Vv]on|[Aa]utor(?:in)?:)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*(?:,|und|&|\\||-|–|·|•|am)\\s*.*)?$`, 'u'), maxWords: 14 },
    scope: 'block',
    examples: { hit: ['Von Heike Buchter', 'Von Anna Muster und Max Beispiel', 'Autorin: Eva Schmidt', 'von Anna · 18. Oktober 2019', 'Von Max Muster am 3. Mai 2021'], miss: ['Von Berlin aus fuhr er weiter.', 'Von wegen'] },
    note: 'bylines',
  },
  {
    id: 'meta/any/image-credit', kind: 'meta', lang: ['de', 'en'],
    match: { text: /(?:\bcredits?|\bcr[ée]dito|\b(?:photo|(?:archiv|symbol|titel|beitrags|header|vorschau)?(?:foto|bild)|image|picture|grafik)s?|\b(?:bild|foto)?quelle|\b(?:bild|foto)nachweis|(?:^|[\s/(])(?:źródło|fuente|fonte))\s*:\s*[\p{L}\d]|\(image:\s|(?<copyright_mark>^©\s*\p{L}|\s[/|]\s*\((?:c|©)\)\s*\p{L})|\((?:symbolbild|symbolfoto|archivbild|archivfoto)\)\.?$|\bgetty images\b|(?:^|[\s(/])(?:ap|afp|reuters|dpa|epa|imago)\s*(?:photo\b|\/|$)/iu, maxWords: 40 },
    scope: 'block',
    examples: { hit: ['Beitragsbild: Das Rathaus im Winter', 'The hospital in Beijing Credit: EPA', 'China has warned (Image: GETTY )', 'Photo: Jane Doe / Associated Press', '© Noah Addis', 'Foto: dpa', 'Mehr als hundert Menschen kamen zur Eröffnung. Archivfoto: Max Muster', 'Bildquelle: Anna Muster', 'Fuente: Archivo', 'Der Streikposten in der Halle der Universität / (C) Anna Muster', 'Die Feuerwehr rückte mit drei Wagen an (Symbolbild).'], miss: ['The photographer said the image was taken in 1998.', 'Das Symbolbild der Kampagne zeigt einen Baum.', 'SANTA FE, N.M. (AP) — A cat who went missing has been found.'] },
    note: 'image credits and captions that carry them',
    inline: true,
  },
  {
    id: 'meta/any/caption-position', kind: 'meta', lang: ['de', 'en'],
    match: { text: /(?<position>\((?:l|r|li|re)\.\)|\bv\.\s?l\.\s?n\.\s?r\.|\((?:von|v\.) (?:links|rechts)\)|\(from (?:left|right)\)|^from left:)/iu, maxWords: 40 },
    scope: 'block',
    examples: { hit: ['Anna Muster (l.) und Eva Beispiel beim Empfang im Rathaus.', 'Die Preisträger (v.l.n.r.): Max Muster, Eva Beispiel', 'Vier Vorstände (von links) stellten den Plan vor.', 'From left: Jane Doe, John Roe and Sam Poe'], miss: ['Im Ofen (Mitte) 15 Minuten backen.', 'Er bog von links in die Straße ein.', 'The party moved to the left in 2019.'] },
    note: 'photo captions that name people by their place in the picture',
    inline: true,
  },
  {
    id: 'meta/any/agency-credit', kind: 'meta', lang: ['*'],
    match: { line: /^(?:©\s*)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2}\s*[/|]\s*(?:istock(?:photo)?|getty images|shutterstock|adobe ?stock|fotolia|pixabay|unsplash|dpa|imago(?: images)?|picture alliance|wenn|afp|reuters|ap|epa)(?:\.com)?$|^(?:©\s*)?(?:istock(?:photo)?|shutterstock|adobe ?stock|fotolia|pixabay|unsplash)(?:\.com)?(?:\s*[/|].*)?$|^(?:[^.!?]{1,40} [/|] )?(?:photograph|photo|foto|bild|image|picture)s? (?:by|von|via)\b.{0,60}$|^(?:(?:photo|foto|bild) )?(?:getty ?images|istock(?:photo)?|shutterstock)$/iu, maxWords: 9 },
    scope: 'block',
    examples: { hit: ['Solarpark / Photo by Jane Doe on Unsplash', 'iStock.com', 'Judy Eddy/WENN.com', 'picture alliance / dpa', 'Photograph by Jane Doe', 'Bild via', 'GettyImages', 'Photo iStock'], miss: ['Getty Images bought a rival in 2021', 'Photographs by children fill the hall, which opened in May.'] },
    note: 'photo agency credits on a line of their own',
    inline: true,
  },
  {
    id: 'meta/any/caption-credit', kind: 'meta', lang: ['*'],
    match: { text: /^(?=[^©]{9,}©)(?=[^©]*\p{L})[^©]{9,}(?<!copyright\s?)©\s*\p{L}[^©]{0,60}$|[/(©–—-]\s*(?:istock(?:photo)?|shutterstock|adobe ?stock|stock\.adobe\.com|fotolia|pixabay|unsplash|pixelio(?:\.de)?|getty ?images|imago(?: images)?|picture[- ]alliance)\b|(?:^|[\s(|/,–—-])(?:(?:cc by|cc-by|cc0|cc 0)(?:[- ](?:sa|nd|nc))*(?:[- ]\d\.\d)?|public domain|gemeinfrei|domaine public|dominio público|domena publiczna)\)?$/iu, maxWords: 40 },
    scope: 'block',
    examples: {
      hit: ['Eine Fracking-Anlage im US-Bundesstaat Pennsylvania © Noah Addis', 'Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)', 'Der Hafen am Abend. – © Max Muster – stock.adobe.com', 'Der Gehweg im Winter© Anna/pixelio.de', 'Der Hafen im Morgenlicht. Zum Vergrößern klicken. CC BY-SA 2.0', 'Stadtplan von 1850 (gemeinfrei)'],
      miss: ['The © symbol was added to the logo in 1990, and the firm kept it until it was sold to a rival.', 'Copyright © Example GmbH', '© Noah Addis', 'Die Fotografin verkaufte ihre Bilder an Agenturen wie Getty, sagte sie.', 'Alle Fotos stehen unter CC BY 4.0, jeder darf sie nutzen.'],
    },
    note: 'captions that end in their photo credit; the caption goes with it (both dev truths leave captions out). Anchored, with a class that cannot pass the ©: an unanchored lazy form cost 1.6 s over the 1,400 dumps',
    inline: true,
  },
  {
    id: 'meta/any/caption-photographer', kind: 'meta', lang: ['de', 'en'],
    match: { text: /(?:^|[.!?]\s+)(?:[Pp]hotograph|[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]oto|[Bb]ild)s? (?:by|von|courtesy of|via) \p{Lu}[^.!?]{2,80}$/u, maxWords: 40 },
    scope: 'block',
    examples: { hit: ['The island of Redonda, once thought doomed by goats. Photograph by Ed Marshall, Redonda Restoration Programme', 'Der Hafen im Winter. Foto von Anna Muster'], miss: ['The exhibition shows photographs by children from the town, and it runs until May.', 'Photo by the river'] },
    note: 'captions that end with their photographer',
    inline: true,
  },
  {
    id: 'meta/any/figure-label', kind: 'meta', lang: ['de', 'en', 'fr', 'es', 'it'],
    match: { text: /^(?<figure_label>abbildung|abb\.|figure|fig\.|figura|tabelle|table|tableau|tabla|grafik|chart|schaubild)\s*\d{1,3}[a-z]?\s*[:.|–-]\s*\p{L}/iu, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.', 'Fig. 2. The sampling sites along the river.', 'Tabelle 1: Ergebnisse der Umfrage'], miss: ['Abbildung und Text stammen aus dem Archiv.', 'Figure skating returns to the city in May.', 'Table 5 at the back was empty all night.'] },
    note: 'numbered figure and table captions (both dev truths leave captions out)',
    inline: true,
  },
  {
    id: 'meta/any/caption', kind: 'meta', lang: ['*'],
    match: { selector: 'figcaption' },
    scope: 'block',
    examples: { hit: ['<figure><img src="a.jpg"><figcaption data-test>The mayor at the opening of the bridge on Monday.</figcaption></figure>'], miss: ['<p>The mayor opened the bridge on Monday.</p>'] },
    note: 'image captions: both dev truths leave them out of the article (measured: 145 of 163 captions on scrapinghub, 44 of 48 hits on trafilatura-dev)',
    inline: true,
  },
  {
    id: 'meta/any/caption-attr', kind: 'meta', lang: ['*'],
    match: { attr: /^(?:wp-caption-text|(?:image|img|photo|picture|figure|media)-?caption|caption-?text|bildunterschrift)$/i },
    scope: 'block',
    examples: { hit: ['wp-caption-text', 'image-caption', 'Bildunterschrift'], miss: ['caption-toggle', 'lead'] },
    note: 'captions marked by class where the page has no figcaption',
    inline: true,
  },
  {
    id: 'meta/any/post-footer', kind: 'meta', lang: ['de', 'en'],
    match: { text: /^(?<post_footer>this (?:entry|post) was posted\b|(?:dieser|der) (?:beitrag|eintrag|artikel) wurde (?:am|unter|in|(?=veröffentlicht|abgelegt|gepostet))\b.{0,160}\b(?:veröffentlicht|abgelegt|geschrieben|gepostet|verschlagwortet)\b|(?:erstellt|geschrieben|veröffentlicht) am\b.{0,80}\babgelegt unter\b)/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['This entry was posted in News and tagged bridges on May 3, 2020 by Jane. Bookmark the permalink.', 'Dieser Beitrag wurde am 5. Mai 2020 in Allgemein veröffentlicht.', 'Der Beitrag wurde unter Reisen abgelegt und mit Rom verschlagwortet.', 'Erstellt am Montag 3. März 2014 um 10:15 und abgelegt unter Garten, Rezepte.', 'Dieser Eintrag wurde veröffentlicht in Reisen und verschlagwortet mit Rom, Sommer.'], miss: ['This entry was the best in the show, the jury said.', 'Der Beitrag wurde vom Bundestag beschlossen.'] },
    note: 'the line blog themes print under a post: when, where filed, by whom',
  },
  {
    id: 'meta/any/post-stats', kind: 'meta', lang: ['de', 'en'],
    match: { line: /^(?:(?:posts|messages|replies|likes|reactions?|reaction score|points|reputation|trophies|beiträge|antworten|danksagungen)\s*:?\s*[\d.,]+\s?[km]?|reaction score|[\d.,]+\s?[km]? posts? [·•|] joined \d{4}|(?:today|yesterday) at \d{1,2}:\d{2}\s?(?:am|pm)?|[\d.,]+\s?[km]?(?:\s*\d+\s*(?:gold|silver|bronze) badges?)+|[\d.,]+\s?[km]?\s+(?:posts|messages|repl(?:y|ies)|answers?|likes?|reactions|points|beiträge|antworten)|(?:joined|member since|registriert(?: seit)?|mitglied seit)(?:\s*:?\s*[\p{L}\d ,.]{1,20})?|(?:location|wohnort|messages:?)|(?:senior |junior |new |active |well-known |registered |full |established )?member|(?:(?:last )?edited(?: by [\p{L}\d_ .-]{1,40})?(?: on .{1,30})?|last edited: .{1,30}|originally posted by [\p{L}\d_ .-]{1,40})|thread starter [\p{L}\d_ .@-]{1,40})$/iu, maxWords: 8 },
    scope: 'block',
    examples: {
      hit: ['Posts: 1,204', '312 posts', '4,210 3 gold badges 21 silver badges', 'Joined: Mar 2019', 'Senior Member', 'Location', 'Last edited by a moderator', 'Originally Posted by trailrunner', 'Beiträge: 88', '2.4k likes', 'Last edited: Mar 3, 2021', '412 posts · Joined 2014', 'Reaction score', 'Today at 9:12 AM', '1 Like', '3 replies', 'Messages', 'Thread starter bluebird', '4 Answers'],
      miss: ['Posts on the new bridge were delayed for a year.', 'Members of the council voted against the plan.', 'Location is everything in this market.', '5 minutes ago', 'Thread starters are welcome here'],
    },
    // Not "5 minutes ago": on an index page of news or jobs the item's age is part of the item.
    note: "a forum post's author box and footer: post counts, join date, rank, location, reactions, when it was posted and who edited it; a thread's header naming who started it; a question's count of answers above them",
  },
  {
    id: 'meta/any/thread-counters', kind: 'meta', lang: ['de', 'en'],
    match: { line: /^(?:(?:reactions|reaktionen): [^.!?]{1,200}|[\d.,]+k? views [\d.,]+k? replies(?: [\d.,]+k? participants)?(?: last post by .{1,60})?)$/iu, maxWords: 40 },
    scope: 'block',
    examples: { hit: ['Reactions: anna_k, Tom Miller and 3 others', 'Reaktionen: Bernd', '2.1K views 13 replies 8 participants last post by woodfan Aug 7, 2023'], miss: ['Reactions: the mayor welcomed the plan.', 'Reactions to the plan were mixed.', '13 replies'] },
    note: "who reacted to a forum post (XenForo prints it under each post), and a thread's counters above it: the same line on every post, never part of the thread",
  },
  {
    id: 'meta/any/date-alone', kind: 'meta', lang: ['*'],
    match: { line: new RegExp(`^(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|(?:(?:${WEEKDAY}),? )?\\d{1,2}\\.?(?: de)? ${MONTH}\\.?,?(?: de)? (?:19|20)\\d{2}|(?:(?:${WEEKDAY}),? )?${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})(?:,?\\s*[•|·–-]?\\s*(?:um |at )?\\d{1,2}[:.]\\d{2}\\s?(?:uhr|am|pm|h)?)?$`, 'iu') },
    scope: 'block',
    examples: {
      hit: ['23.10.2018', '16 marca 2021', 'Jun 18th 2018', 'Montag, 3. Februar 2020', 'March 4, 2019 10:15 am', '9 March 2015 • 7:41pm', '2021-05-04', '12 de mayo de 2020'],
      miss: ['Am 23.10.2018 begann der Prozess.', 'March 4, 2019: the day it all changed', '2019'],
    },
    note: 'a date alone on a line, above or below an article (its label may sit in the element before)',
  },
  {
    id: 'meta/any/date-label', kind: 'meta', lang: ['de', 'en'],
    match: { line: /^(?:(?<published>release date|published(?: on)?|posted(?: on)?|veröffentlicht(?: am)?|erschienen am|erstellt am)|(?<updated>last (?:modified|updated)|zuletzt (?:geändert|aktualisiert)(?: am)?)|(?<date>date|datum))$/i },
    scope: 'block',
    examples: { hit: ['Release Date:', 'Veröffentlicht am', 'Datum:'], miss: ['Date night ideas', 'Published reports disagree'] },
    note: 'a date label on its own line, its date in the next element',
  },
  {
    id: 'meta/any/reading-time', kind: 'meta', lang: ['*'],
    match: { line: /^(?<reading_time>\d+\s*(?:min(?:utes?|uten|utos|uti|uty?)?\.?)\s*(?:read|lesezeit|lesedauer|reading time|de lectura|de lecture)|(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:utes?|uten|utos|uti|uty?)?\.?)|\d+\s*(?:min(?:utes?|uten|utos|uti|uty?)?\.?)\s*[-–·|,]\s*[\d.,]+\s*(?:words|wörter|mots|palabras|parole|woorden|słów)|(?:weiterlesen|read more|mehr lesen|continue reading|lire la suite|leer más|leggi tutto)\s+\d+\s*(?:min(?:utes?|uten|utos|uti|uty?)?\.?))$/i },
    scope: 'block',
    examples: { hit: ['Tempo de leitura: 6 minutos', '4 Min Read', 'Lesezeit: 3 Minuten', 'Reading time: 5 min', 'Lesedauer ca. 4 Min.', '12 minutes - 2310 words', 'weiterlesen 5 Minuten', 'Read more 4 min'], miss: ['4 minutes later the police arrived', 'Read more about the 5 minutes that changed everything'] },
    note: 'reading-time labels, also with a word count or on a teaser\'s read-more link',
  },
  {
    id: 'meta/any/gallery-controls', kind: 'meta', lang: ['de', 'en'],
    match: { line: /^(?:(?<image_counter>(?:image|bild|foto|photo|slide)\s*\d*\s*(?:(?:of|von|\/)\s*)+\d*)|(?<lightbox>caption|close|schließen|expand|enlarge|vergrößern|zoom|fullscreen|vollbild|(?:zum vergrößern|für eine größere ansicht) (?:auf das bild |bitte )?(?:klicken|anklicken)|click (?:on the )?(?:image|photo|picture)? ?to enlarge)|(?<gallery_link>view gallery|zur (?:bilder)?galerie|bildergalerie)|(?<image_label>beitragsbild|titelbild|symbolbild|headerbild))$/i },
    scope: 'block',
    examples: { hit: ['Image 4 of 12', 'Image 2 of / 7', 'Caption', 'Bild 3 von 12', 'Zur Bildergalerie', 'Beitragsbild', 'Zum Vergrößern auf das Bild klicken', 'Click to enlarge'], miss: ['Image problems plague the party'] },
    note: 'gallery and lightbox controls',
  },
  {
    id: 'meta/any/tags-heading', kind: 'meta', lang: ['de', 'en'],
    match: { line: /^(?:(?<tags>tags?|schlagw[öo]rte?r?|stichw[öo]rter|tagged(?: with)?|themen (?:im|in diesem|dieses) (?:artikel|beitrag)s?|topics in this (?:article|story))|(?<categories>kategorien?|categories|filed under|posted in))$/i },
    scope: 'section',
    examples: { hit: ['Tags', 'Schlagwörter:', 'Filed under', 'Themen im Artikel', 'Topics in this article'], miss: ['Tags and labels matter', 'Kategorie A'] },
    note: 'tag and category lists under articles',
  },
  {
    id: 'meta/any/tags-line', kind: 'meta', lang: ['de', 'en'],
    match: { text: /^(?:(?<tags>tags?|schlagw[öo]rte?r?|stichw[öo]rter|themen|tagged(?: with)?)|(?<categories>filed under|posted in|kategorien?|category|categories))\s*:/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Category : Press Releases', 'Tags: stock car, interlagos, calendar', 'Schlagwörter: Greenwashing Kleidung Konsum', 'Posted in: Politics'], miss: ['Themenwoche im Landtag: Bildung'] },
    note: 'tag and category lines under articles',
  },
  {
    id: 'meta/any/needs-javascript', kind: 'meta', lang: ['de', 'en'],
    match: { text: /(?<needs_javascript>\b(?:requires|needs) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b|\b(?:please )?(?:enable|turn on|activate) javascript\b|\bjavascript (?:aktivieren|ist deaktiviert)|\b(?:benötigt|erfordert) javascript\b|\baktivieren sie (?:bitte )?javascript\b)/i, maxWords: 30 },
    scope: 'block',
    examples: { hit: ['This gallery requires JavaScript.', 'Please enable JavaScript to watch this video.', 'Bitte aktivieren Sie JavaScript, um das Video zu sehen.'], miss: ['The site was rebuilt in JavaScript last year, the developers said.'] },
    note: 'what a page shows where a script would have run (noscript notes, players, slideshows)',
  },
  {
    // A template's filler left in the page (often in a hidden slide or card): no page's content.
    id: 'meta/any/placeholder', kind: 'meta', lang: ['*'],
    match: { text: /(?<placeholder_text>\blorem ipsum dolor sit amet\b)/i, maxWords: 200 },
    scope: 'block',
    examples: { hit: ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.'], miss: ['The printers set lorem ipsum in the 1960s, the historian said.'] },
    note: 'placeholder text of an unfilled template',
  },
  {
    id: 'meta/en/widget-notes', kind: 'meta', lang: ['en'],
    match: {
      text: new RegExp(concepts({
        old_browser: ['\\byou are using an out[- ]of[- ]date browser\\b', '\\byou should upgrade or use an alternative browser\\b', '\\bthis feature may not be available in some browsers\\b'],
        media_fallback: ['\\byour browser does not support (?:the )?(?:video|audio|html5 video)(?: tag| element)?\\b'],
        install_app: ['\\binstall (?:our|this) (?:site|forum|app) as a web app on your home screen\\b'],
        form_status: ['\\bsomething went wrong while submitting the form\\b', '\\byour submission has been received\\b', '\\bthis field is hidden when viewing the form\\b', '^please enter a valid email(?: address)?[.!]?$', '\\bplease try (?:again|your request again)(?: later| in a (?:minute|moment|few minutes))?[.!]?$'],
        recaptcha: ['\\bprotected by recaptcha and the google privacy policy\\b'],
        page_refresh: ['\\bchoosing a selection results in a full page refresh\\b'],
      }), 'i'),
      maxWords: 30,
    },
    scope: 'block',
    examples: {
      hit: ['You are using an out of date browser. It may not display this or other websites correctly.', 'Your browser does not support the video tag.', 'Follow the video below to see how to install our site as a web app on your home screen.', 'Oops! Something went wrong while submitting the form.', 'Please enter a valid email address.', 'Oops! Something went wrong. Please try again later.',
        'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', 'Choosing a selection results in a full page refresh.'],
      miss: ['The old browser still runs on many office computers, the survey found.', 'Please enter a valid email address to keep your account, the bank wrote in its phishing warning to customers.', 'When the vote failed, the chair told members to please try again in the spring.'],
    },
    note: "what a page's software says to the visitor: an old browser, a video fallback, an app prompt, a form's status, a captcha notice",
  },
  {
    id: 'meta/any/bare-url', kind: 'meta', lang: ['*'],
    // One word, but a long one: maxWords here sets how long a line is read (MAX_CHARS_PER_WORD a word), and an image's URL on a CDN runs past 120 characters.
    match: { line: /^(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)\S+$/i, maxWords: 6 },
    scope: 'block',
    examples: { hit: ['https://www.chron.com/business/article/New-car-sales.php', 'www.example.com.br', 'file://localhost/tmp/page.html'], miss: ['Visit www.example.org for details'] },
    note: 'a URL alone on a line is a source or share link, not prose',
  },
];
