import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

/**
 * One pager link: previous or next (older and newer posts are the same two links), or load more.
 * Two may share a line ('Vorheriges Weiter').
 */
const PAGER_ITEM = String.raw`(?:[«‹<←]\s*)?(?:(?:weiter|zurück|vorherige[rs]?(?: (?:artikel|beitrag|seite|bild))?|nächste[rs]?(?: (?:artikel|beitrag|seite|bild))?|(?:ältere|neuere) beiträge|previous(?: (?:post|article|page|story|image))?|next(?: (?:post|article|page|story|image))?|(?:older|newer) (?:posts|entries))|(?:(?:mehr|weitere) (?:artikel|beiträge|inhalte|nachrichten) laden|lade (?:mehr|weitere) (?:artikel|beiträge|inhalte)|load more(?: (?:articles|posts|stories|news))?|show more (?:articles|posts|stories)))(?:\s*[»›>→])?`;

const SKIP = concepts({
  // Skip links glue together in a dump when a page lists several ("Skip to main contentSkip to footer").
  skip_link: ['zum inhalt springen', 'direkt zum inhalt', 'zur navigation', 'zum hauptinhalt', 'skip navigation',
    '(?:(?:skip|jump|go) to (?:the )?(?:main(?: content)?|content|navigation|menu|footer|search(?: results)?|filters|sort|top|latest|product (?:results|information)|selected filters) ?)+'],
  menu: ['menü', 'menu', 'navigation', 'hauptmenü', 'main menu'],
  back_to_top: ['(?:zurück )?nach oben', 'back to top'],
  home: ['(?:zurück )?zur startseite', 'back to home', 'home', 'startseite'],
  back_to_list: ['zurück zur (?:übersicht|listenansicht|liste)', 'back to (?:overview|the list|list)'],
  show_more: ['lade (?:weitere|mehr) (?:inhalte|artikel|beiträge)', '(?:mehr|weitere) laden', '(?:weitere|mehr) anzeigen', 'load more(?: (?:posts|articles|stories))?', 'show more', 'see more'],
});

const MORE_BUTTON = concepts({
  learn_more: ['(?:jetzt |hier )?(?:mehr erfahren|entdecken)', '(?:jetzt )?entdecken sie (?:jetzt|mehr)', 'learn more', 'find out more', 'discover more', 'más información', 'inf[oó]rmate más', 'saber más', 'en savoir plus', 'scopri di più', 'saiba mais'],
  read_more: ['(?:jetzt |hier )?(?:mehr lesen|weiterlesen)', 'le[ea]r? más', 'ver más', 'lire (?:plus|la suite)', 'leggi di più', 'leia mais', 'lees meer', 'meer lezen'],
});

const CRUMB_WORD = '[^\\s.!?›»>|/]+(?:/[^\\s.!?›»>|/]+)*';
const CRUMB = `${CRUMB_WORD}(?: ${CRUMB_WORD})*`;

export const navigation: Rule[] = [
  {
    id: 'navigation/any/landmarks', kind: 'navigation', lang: ['*'],
    match: { selector: 'nav, [role="navigation"], [role="menubar"], [role="menu"], [role="banner"], body > header, [role="search"]' },
    scope: 'block',
    examples: { hit: ['<nav><a href="/">Home</a></nav>', '<div role="navigation"></div>'], miss: ['<article><p>text</p></article>', '<article><header data-test class="entry-header"></header></article>'] },
    note: 'navigation landmarks',
  },
  {
    id: 'navigation/any/attr', kind: 'navigation', lang: ['*'],
    match: { attr: /^(?:nav|navbar|navigation|main-?nav|site-?nav|menu|main-menu|menu-main|mega-?menu|breadcrumbs?|site-header|masthead|topbar|top-bar|skip-?links?|pagination|pager|offcanvas|off-canvas|sidebar|side-?bar|(?:p-body|primary|page|site|main|blog|article|td-main)-sidebar|widget-area|widget_(?:categories|archive|recent_entries|recent_comments|tag_cloud|meta|pages|calendar|rss|nav_menu))$/i },
    scope: 'block',
    examples: { hit: ['navbar', 'breadcrumb', 'sidebar', 'skip-link', 'primary-sidebar', 'p-body-sidebar', 'widget_recent_entries'], miss: ['menu-item-text', 'content', 'has-sidebar', 'left-sidebar', 'widget_text'] },
    note: 'navigation, menus, sidebars and breadcrumbs by class or id',
  },
  {
    id: 'navigation/any/modal-attr', kind: 'navigation', lang: ['*'],
    match: { attr: /^(?:modal|modal-?(?:wrapper|container|dialog|content|overlay|box|body|inner)|pop-?up|pop-?up-?(?:wrapper|overlay|content|inner|box))$/i },
    scope: 'block',
    examples: { hit: ['modal', 'modal-dialog', 'modal-content', 'popup', 'pop-up', 'popup-overlay'], miss: ['modal-open', 'modal-trigger', 'popup-link', 'modality'] },
    note: 'modal windows and pop-ups by class or id: a box over the page, not part of it',
  },
  {
    id: 'navigation/any/facets', kind: 'navigation', lang: ['*'],
    match: { attr: /^(?:facets?|facet-?(?:list|nav|panel|container|wrapper|filters?|group)|filters?-?(?:panel|sidebar|bar|container|wrapper|list|menu|nav|drawer|form|group|options)|(?:product|plp|search)-?filters?|refinements?|refinement-?(?:bar|panel))$/i },
    scope: 'block',
    examples: { hit: ['facets', 'facet-filters', 'filter-panel', 'filter-options', 'product-filters', 'search-filters', 'refinement-bar'], miss: ['filter', 'filtered-content', 'photo-filter', 'facet-value-count-label', 'refine-search-results'] },
    note: "a shop's or an index's filter panel (size, colour, price ranges, categories to narrow the list by)",
  },
  {
    id: 'navigation/en/shop-controls', kind: 'navigation', lang: ['en'],
    match: { line: /^(?:quantity|qty|add to (?:cart|bag|basket|wish ?list)|in stock|out of stock|sold out|only \d+ left(?: in stock)?|size guide|select (?:a )?(?:size|colou?r|option)|compare|filters?|sort|clear all|write a review|ask a question|ask question|view (?:full )?details|unit price(?: ?\/)?(?: ?per)?)[:!.]?$/i },
    scope: 'block',
    examples: { hit: ['Quantity', 'Add to cart', 'Out of stock', 'Only 3 left in stock', 'Select a size', 'Filters', 'Write a review', 'Ask Question', 'View full details', 'Unit price / per'], miss: ['Quantity matters less than the quality of the wood.', 'Sort the boards by length first.', 'View details of the plan on the council website.'] },
    note: "a shop's or a Q&A site's controls, left as labels once their buttons are gone",
  },
  {
    id: 'navigation/any/sort-bar', kind: 'navigation', lang: ['de', 'en'],
    match: { text: /\b(?:sort by|sortieren nach)\b|^\d+ (?:products|items|results|produkte|artikel|ergebnisse)\b|\b(?:showing \d+(?:\s*[–-]\s*\d+)? of \d+ (?:products|items|results)|\d+(?:\s*[–-]\s*\d+)? von \d+ (?:produkten|artikeln|ergebnissen))\b|^view as(?: (?:grid|list))+$|^sorted by:|^(?:show )?(?:\d+ )?per page$/i, maxWords: 12 },
    scope: 'block',
    examples: { hit: ['Sort by: Featured', '24 products · Sort by Price', 'Showing 1–24 of 310 results', 'Sortieren nach: Beliebtheit', '1–20 von 84 Ergebnissen', 'View as Grid List', 'Show 24 per page', 'Sorted by: Reset to default'], miss: ['The letters were sorted by hand before the count.', 'Results of the vote came in late.', 'View as a guest'] },
    note: "a shop's or an index's sort bar, view switch, page size and result count",
  },
  {
    id: 'navigation/any/skip', kind: 'navigation', lang: ['de', 'en'],
    match: { line: new RegExp(`^(?:${SKIP})[!.]?$`, 'i') },
    scope: 'block',
    examples: { hit: ['Zum Inhalt springen', 'Skip to content', 'Skip to main contentSkip to footer', 'Jump to top', 'Menü', 'Back to top', 'Lade weitere Inhalte', 'zurück zur Listenansicht', 'Load more', 'Weitere anzeigen', 'mehr anzeigen'], miss: ['Zum Inhalt des Vertrags äußerte er sich nicht'] },
    note: 'skip links and menu labels',
  },
  {
    id: 'navigation/any/startpage-link', kind: 'navigation', lang: ['de', 'en'],
    match: { text: new RegExp(`^(?:${concepts({ home_link: ['zur(?:ück zur)? startseite (?:von|der|des)\\b', '(?:back|go) to (?:the )?homepage\\b'] })})`, 'i'), maxWords: 15 },
    scope: 'block',
    examples: { hit: ['Zur Startseite von Beispiel.de für aktuelle News!', 'Back to the homepage'], miss: ['Die Startseite der Zeitung zeigte das Foto.'] },
    note: 'links back to a site home page',
  },
  {
    id: 'navigation/any/pager', kind: 'navigation', lang: ['de', 'en'],
    match: { line: new RegExp(`^${PAGER_ITEM}(?:\\s*[|·•]?\\s*${PAGER_ITEM})?$`, 'i') },
    scope: 'block',
    examples: { hit: ['Lade weitere Beiträge', 'Load more stories', 'Weiter', '« Vorheriger Artikel', 'Nächste Seite ›', 'Previous post', 'Older posts', 'Next →', 'Vorheriges Weiter', '← Previous | Next →'], miss: ['Weiter geht es am Montag.', 'Next year the rules change', 'Zurück in Berlin, sprach er mit der Presse.'] },
    note: 'pager, previous/next and load-more links between posts, pages and gallery images',
  },
  {
    id: 'navigation/any/more-button', kind: 'navigation', lang: ['*'],
    match: { line: new RegExp(`^(?:${MORE_BUTTON})\\s*[.!…»›>]*$`, 'i') },
    scope: 'block',
    examples: { hit: ['Mehr erfahren', 'Jetzt entdecken', 'Entdecken Sie jetzt', 'Learn more', 'Weiterlesen »', 'Leer más', 'En savoir plus'], miss: ['Mehr erfahren Sie im Interview.', 'Learn more about the project at the library.'] },
    note: 'buttons that lead to another page ("Mehr erfahren", "Learn more")',
  },
  {
    id: 'navigation/any/gallery-ui', kind: 'navigation', lang: ['de', 'en'],
    match: { line: new RegExp(`^(?:${concepts({
      gallery: ['(?:(?:foto|bilder)strecke|(?:bilder|foto|artikel ?)?galerie|(?:photo |image )?gallery|slideshow)(?: (?:mit|with) \\d+ (?:bildern|fotos|photos|images))?(?: (?:starten|ansehen|öffnen|start|open))?(?:\\s*\\(\\d+ (?:bilder|fotos|photos|images)\\))?', '\\d+ (?:bilder|fotos|photos|images)'],
      media_control: ['(?:hinein|heraus)zoomen', 'zoom (?:in|out)', '(?:bild )?vergrößern', 'enlarge(?: image)?', 'jump to video', 'vollbild', 'full ?screen'],
    })})$`, 'i') },
    scope: 'block',
    examples: { hit: ['Fotostrecke mit 12 Bildern', 'Bilderstrecke starten (9 Bilder)', '23 Fotos', 'Hineinzoomen', 'Artikelgalerie', 'Photo gallery', 'Jump to Video'], miss: ['Die Galerie öffnet am Montag wieder.', 'Gallery owners met on Friday'] },
    note: 'the buttons and counters of a photo gallery',
  },
  {
    id: 'navigation/any/account', kind: 'navigation', lang: ['de', 'en'],
    // One link or a header's pair of them ("Log in / Register", "Sign in My account").
    match: { line: new RegExp(`^(?:(?:${concepts({
      log_in: ['(?:jetzt )?(?:kostenlos )?(?:registrieren|anmelden|einloggen|abmelden|ausloggen)', '(?:register|sign up|sign in|log ?in|log ?out|sign out)(?: now| here| for free)?'],
      account: ['mein konto', 'my account', 'konto erstellen', 'create (?:an )?account'],
    })})(?: ?(?:[/|·•,]|or|oder) ?| )?)+$`, 'i') },
    scope: 'block',
    examples: { hit: ['Jetzt registrieren', 'Anmelden', 'Log in', 'Sign in', 'Mein Konto', 'Create an account', 'Log in / Register', 'Sign up now or Log in', 'Anmelden Registrieren'], miss: ['Anmelden bis Freitag', 'Register of deeds opens today'] },
    note: 'account links: log in, register, my account',
  },
  {
    id: 'navigation/en/forum-controls', kind: 'navigation', lang: ['en'],
    match: {
      line: new RegExp(`^(?:${concepts({
        guest_sign_up: ['sign up (?:using|with) (?:google|facebook|apple|github|email(?: and password)?)', 'sign up or log in', 'post as a guest', 'required, but never shown', 'start asking to get answers',
          'register a new account', 'sign up for a new account in our community\\. it.s easy!', 'create an account or sign in to (?:comment|reply|join the discussion)', 'already have an account\\? sign in here\\.?', 'your answer', 'sign up or log in to customize your list\\.?'],
        // A forum's own notice that a topic was closed is written as a post of the thread and stays; a locked thread's label is not.
        thread_state: ['not open for further replies\\.?', 'this (?:topic|post) has been deleted\\. only users with topic management privileges can see it\\.?'],
        member_only: ['you need to be a member in order to leave a comment', 'you must log in to answer this question\\.?', 'find the answer to your question by asking\\.?', 'log ?in to reply', 'you must (?:log ?in|sign in) or register to (?:reply|post)(?: here)?\\.?'],
        forum_widgets: ['top (?:contributors|posters) (?:this month|in this topic)', 'recommended posts', 'featured replies', 'full forum listing', 'explore our forums', 'total: \\d+ \\(members: \\d+, guests: \\d+\\)', 'unanswered'],
        // A post's buttons and a thread's tools, as the forum prints them between posts.
        post_controls: ['post reply', 'quote', 'click to expand\\.*', 'improve this (?:answer|question)', 'original poster', 'jump to:?', 'thread tools', 'forum jump'],
        // A question's counters under its title (Stack Exchange and its clones); "answered ..." is left alone: truths keep it.
        question_stats: ['(?:asked|modified) (?:\\d+ (?:years?|months?|days?|hours?|minutes?)(?:, \\d+ (?:years?|months?|days?|hours?|minutes?))? ago|today|yesterday)', 'viewed [\\d.,]+k? times?'],
      })})$`, 'i'),
      // Whole lines only: the longest phrase (a deleted topic's notice) has 14 words.
      maxWords: 16,
    },
    scope: 'block',
    examples: {
      hit: ['Sign up using Google', 'Post as a guest', 'Required, but never shown', 'Register a new account', 'Not open for further replies.', 'Log in to reply', 'Recommended Posts', 'Total: 312 (members: 4, guests: 308)', 'Post Reply', 'Click to expand...', 'Improve this answer', 'Jump to:', 'Asked 2 years, 3 months ago', 'Viewed 12k times', 'This topic has been deleted. Only users with topic management privileges can see it.'],
      miss: ['The guest may not post replies to the letters, the rules say.', 'Post as a guest writer for our magazine', 'This topic was automatically closed 30 days after the last reply.', 'Quote of the day', 'Asked about the bridge, the mayor declined to comment.', 'Viewed from the hill, the town looks small.'],
    },
    note: "a forum's controls around its posts: sign-up prompts for guests, a closed thread's notice, sidebar widgets, a post's buttons, a question's counters",
  },
  {
    id: 'navigation/any/click-here', kind: 'navigation', lang: ['de', 'en'],
    match: { text: /\bclick(?:ing)? here\b|\b(?:klicken sie|klicke) hier\b|\bhier klicken\b/i, maxWords: 14 },
    scope: 'block',
    examples: { hit: ['GET OUR APP ON THE GO BY CLICKING HERE', 'Click here for more information.', 'Hier klicken für mehr Rezepte'], miss: ['The reader is asked to click here and there on the map to find the hidden villages, which takes a long time.'] },
    note: 'short calls to click a link elsewhere',
  },
  {
    id: 'navigation/any/ui-label', kind: 'navigation', lang: ['de', 'en', 'fr'],
    match: { line: new RegExp(`^(?:${concepts({
      permalink: ['(?:permalink|permalien|lien permanent)(?:\\s*:?\\s*https?://\\S+)?'],
      read_aloud: ['(?:artikel )?vorlesen', 'listen to (?:this )?(?:article|story)', '(?:zum )?artikel anhören'],
    })})$`, 'i') },
    scope: 'block',
    examples: { hit: ['Permalink', 'Permalien https://example.org/p/12', 'Permalien', 'Artikel vorlesen', 'Listen to this story'], miss: ['Mehr anzeigen', 'Vorlesen macht Kindern Freude'] },
    note: 'labels of page controls (permalinks, read-aloud buttons); "show more" is left alone: it often sits inside the article, where a rule hit would split it',
  },
  {
    id: 'navigation/any/form-control', kind: 'navigation', lang: ['*'],
    match: { text: /^(?:\[[ xX*]\]|\([ *]\))(?![✓✔])/u, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['[ ] Save my name and email in this browser', '[X] Ich möchte den Newsletter erhalten', '(*) Alle Wörter'], miss: ['[1] Smith, J. (2019). A study of bridges.', '[Submit]', '[ ]✓ 2 Eier'] },
    note: 'form controls as a text browser prints them: checkboxes and radio buttons (a checked-off ingredient, "[ ]✓", is left alone). A bracketed line alone is left too: it is as often an image\'s alt text inside the article as a button',
  },
  {
    id: 'navigation/any/form-field', kind: 'navigation', lang: ['de', 'en'],
    // The asterisk is what makes the line a form's label: "Name" or "Message" alone may head a section.
    match: { line: new RegExp(`^(?:${concepts({ form_field: ['(?:first |last |full |your |user ?)?name', '(?:your )?e-?mail(?: address)?', '(?:confirm )?password', '(?:your )?(?:comment|message)s?', 'subject', 'phone(?: number)?', 'telephone', 'website', 'company(?: name)?', 'city', 'country', 'zip(?: code)?', 'postcode', 'security check', 'captcha', 'vorname', 'nachname', 'e-?mail-adresse', 'passwort', 'kommentar', 'nachricht', 'betreff', 'telefon(?:nummer)?', 'webseite', 'firma'] })})\\s?:?\\s?\\*$`, 'i') },
    scope: 'block',
    examples: { hit: ['First Name *', 'Email Address: *', 'Password*', 'Kommentar *'], miss: ['Name', 'Message from the editor', 'Price *'] },
    note: "a form's field labels with their required marker (a comment, contact or sign-up form), left as lines once the inputs are gone",
  },
  {
    id: 'navigation/any/template-tag', kind: 'navigation', lang: ['*'],
    match: { text: /\{\{[#^/{]?\s*[\w$.'[\]/]+\s*\}?\}\}/u, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['{{#count}} Neue Nachrichten {{/count}}', '{{^items}} No entries yet. {{/items}}', '{{ article.dateHour }}'], miss: ['Use {{ }} in the template, the docs say.', 'The set {1, 2} has two members.'] },
    note: 'an unrendered template (Mustache, Handlebars, Vue) that a dump caught before the page\'s script filled it: never what a reader saw',
  },
  {
    id: 'navigation/any/toc-heading', kind: 'navigation', lang: ['*'],
    match: { line: new RegExp(`^(?:${concepts({ toc: ['inhaltsverzeichnis', 'table of contents', 'contents', 'sommaire', 'table des matières', '[ií]ndice', 'spis treści', 'inhoudsopgave'] })})$`, 'i') },
    scope: 'contents',
    examples: { hit: ['Inhaltsverzeichnis', 'Table of Contents', 'Sommaire'], miss: ['Contents of the report were leaked on Monday.'] },
    note: 'a table of contents repeats the headings below it; it ends where prose starts or where its first entry comes again',
  },
  {
    id: 'navigation/any/breadcrumb-line', kind: 'navigation', lang: ['*'],
    // Items are words apart by single spaces ('TV/Video' glued), separators one of two disjoint
    // kinds: every line reads one way. The first form let the spaces around a separator belong to
    // either side, exponentially ('a | a | a …': 14 items took 390 s).
    match: { line: new RegExp(`^${CRUMB}(?:(?:\\s*[|›»]\\s*|\\s+[>/]\\s+)${CRUMB}){2,}$`), maxWords: 15 },
    scope: 'block',
    examples: { hit: ['Home › News › Politik', 'Startseite > Sport > Fußball > Bundesliga', 'Start|Magazin|Coole Tipps|Pflege'], miss: ['Sales rose 5% > inflation, the report said.'] },
    note: 'breadcrumb trails',
  },
  {
    id: 'navigation/any/file-download', kind: 'navigation', lang: ['*'],
    match: { text: new RegExp(concepts({ download_link: ['(?<![a-z])(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub|mp3)\\s*[|,(–-]?\\s*\\(?\\d+(?:[.,]\\d+)?\\s*(?:kb|mb|kib|mib|kbyte|mbyte)\\b', '\\bdatei ist nicht barrierefrei\\b'] }), 'i'), maxWords: 25 },
    scope: 'block',
    examples: { hit: ['Merkblatt zur Anmeldung PDF | 120 KB | Datei ist nicht barrierefrei', 'Jahresbericht 2020 (PDF, 2,4 MB)', 'Download (PDF 245 KB)'], miss: ['The PDF was 3 MB larger than the original, she said.', 'Die Datei ist 3 MB groß.'] },
    note: 'download links with their file type and size',
  },
];
