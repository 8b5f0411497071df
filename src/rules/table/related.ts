import type { Rule } from '../../types.js';

export const related: Rule[] = [
  {
    id: 'related/en/heading', kind: 'related', lang: ['en'],
    match: { line: /^(?:related(?: (?:articles|posts|stories|content|reading|topics|links|coverage|news))?|read (?:more|next|also)|more (?:from|on|about|in) .+|more (?:like this|stories|articles|news|to read)|more (?:articles|stories|posts|news) (?:from|by|on|about) .+|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| reading| articles| stories)?|(?:most )?popular(?: posts| articles| stories| now| this week| today| this month)?|most (?:read|viewed|shared|commented)(?: (?:in|on) [a-z ]{2,25})?|trending(?: now| stories)?|(?:latest (?:news|posts|articles|stories|comments)|recent (?:posts|articles|stories|comments))|see also|further reading|explore (?:further|more)|editor'?s picks|top stories|what to read next|keep reading|see more|don'?t miss|(?:similar|related) (?:threads|topics|discussions|questions|products|items)|explore related questions|hot network questions|recommended communities|(?:recently viewed(?: items| products)?|customers (?:also )?(?:bought|viewed)(?: this)?|frequently bought together))[?!.]*$/i },
    scope: 'section',
    examples: { hit: ['Similar threads', 'Related products', 'Recently viewed', 'Customers also bought', 'Recent Comments', 'More articles from Jane Doe', 'Related articles', 'RECENT ARTICLES', 'POPULAR THIS WEEK', "DON'T MISS", 'You may also like', 'More from Politics', 'Most read', 'Most read in world news', 'Recent Posts', 'Explore more'], miss: ['Related party transactions rose', 'Read the full report here', 'Explore further afield this summer'] },
    note: 'related and "more articles" lists',
  },
  {
    id: 'related/de/heading', kind: 'related', lang: ['de'],
    match: { line: /^(?:empfohlen|passend dazu|das könnte (?:sie|dich) (?:auch )?interessieren|(?:auch|ebenfalls) interessant|mehr zum thema.*|mehr (?:aus|zu|von|über|zum) .+|weitere (?:aktuelle )?(?:artikel|beiträge|nachrichten|meldungen|news|themen)(?: .+)?|mehr themen|weitere informationen(?: (?:zum|zur|zu) .{2,40})?|ähnliche (?:artikel|beiträge|themen|news|nachrichten|meldungen)|verwandte (?:artikel|beiträge|themen)|lesen sie (?:auch|mehr|weiter)|auch lesenswert|empfehlungen(?: der redaktion)?|meist-?gelesene?(?: artikel)?|entdecke(?:n sie)? (?:weitere|mehr) .+|am meisten gelesen|beliebte (?:artikel|beiträge)(?: zum thema)?|neueste (?:artikel|beiträge)|(?:neueste|letzte) kommentare|neueste nachrichten|top-?themen|passend zum thema|zum thema|aktuelle (?:beiträge|artikel|meldungen)|empfohlene (?:beiträge|artikel)|weiterführende (?:links|artikel|beiträge)|noch mehr (?:infos|artikel|beiträge)(?: für dich)?|auch lesen|(?:das|dieses) thema könnte (?:sie|dich) (?:auch )?interessieren|meist-?diskutierte?(?: artikel| beiträge)?|weiterführender link)[?!.:]*$/i },
    scope: 'section',
    examples: { hit: ['Empfohlen', 'Passend dazu', 'Neueste Kommentare', 'Meist-diskutiert', 'Entdecke weitere Rezepte', 'Ähnliche Meldungen', 'Weitere aktuelle Artikel aus der Region', 'Beliebte Beiträge zum Thema:', 'Auch lesen:', 'Das Thema könnte dich auch interessieren:', 'Meistdiskutierte Artikel', 'Empfohlene Beiträge', 'Weiterführende Links', 'Das könnte Sie auch interessieren', 'Mehr zum Thema', 'Weitere Artikel', 'Meistgelesen', 'Neueste Beiträge'], miss: ['Mehr Geld für Schulen', 'Weitere Angriffe auf Kiew'] },
    note: 'related and "more articles" lists',
  },
  {
    id: 'related/romance/heading', kind: 'related', lang: ['es', 'fr', 'it', 'pt', 'nl'],
    match: { line: /^(?:sur le même (?:thème|sujet)|à lire (?:aussi|également)|articles? (?:similaires|liés|connexes)|dans la même rubrique|les plus lus|(?:otras|más|últimas) noticias|noticias relacionadas|art[ií]culos relacionados|(?:también )?te puede interesar|lo más (?:leído|visto)|notícias relacionadas|mais lidas|articoli correlati|potrebbe interessarti|(?:i )?più letti|gerelateerde artikelen|meest gelezen|más sobre .{2,40}|per saperne di più|altri articoli|(?:você )?(?:também )?pode gostar|veja também|leia também|ultime notizie|les plus récents|dernières nouvelles|pour (?:approfondir|aller plus loin))[:.!]?$/i },
    scope: 'section',
    examples: { hit: ['Você pode gostar...', 'Más sobre Economía', 'Pour approfondir', 'Per saperne di più', 'Sur le même thème', 'Otras Noticias', 'Noticias relacionadas', 'Lo más leído', 'Articoli correlati', 'Meest gelezen'], miss: ['Otras noticias del día fueron peores, dijo.', 'Sur le même thème, le ministre a parlé.'] },
    note: 'related and "more articles" lists in Spanish, French, Italian, Portuguese and Dutch',
  },
  {
    id: 'related/pl/heading', kind: 'related', lang: ['pl'],
    match: { line: /^(?:(?:inne|pozostałe|podobne|powiązane|polecane|najnowsze|najczęściej czytane|czytaj (?:też|także|również)|zobacz (?:też|także|również)) ?(?:artykuły|wpisy|teksty|wiadomości|newsy)?(?: autora)?|najnowsze|najpopularniejsze|polecamy)[:.!]?$/i },
    scope: 'section',
    examples: { hit: ['Inne artykuły autora', 'Najnowsze', 'Czytaj także:', 'Polecane artykuły'], miss: ['Inne artykuły ustawy zmieniono w 2020 roku.'] },
    note: 'related and "more articles" lists in Polish',
  },
  {
    id: 'related/de/teaser', kind: 'related', lang: ['de'],
    match: { text: /^(?:lesen sie (?:auch|mehr)|auch (?:lesen|lesenswert)|auch interessant|mehr zum thema|siehe auch|lesetipp|weiterlesen|mehr dazu(?: lesen sie hier)?|zum artikel|zum beitrag|das könnte (?:sie|dich|euch) auch interessieren|passend dazu)\s*[:»>|–-]/i, maxWords: 30 },
    scope: 'block',
    examples: { hit: ['Das könnte Dich auch interessieren: Neue Brücke für die Altstadt', 'Lesen Sie auch: Die Bahn streikt wieder', 'Lesetipp » Zehn Ideen für den Urlaub'], miss: ['Lesen Sie die Studie selbst, rät der Autor.'] },
    note: 'inline "read also" teasers between paragraphs',
  },
  {
    id: 'related/en/teaser', kind: 'related', lang: ['en'],
    match: { text: /^\(?(?:read (?:more|also|next)|see (?:also|more)|also read|related(?: (?:post|article|story|reading|link)s?)?|recommended|more|suggested|must read|don't miss)\s*[:»>|–-]/i, maxWords: 30 },
    scope: 'block',
    examples: { hit: ['Read more: Why the market fell', 'Related: The ten best laptops', 'Related post: Pickled Brussels Sprouts Recipe', '(See also: the budget in numbers)'], miss: ['Read the statement in full below.'] },
    note: 'inline "read also" teasers between paragraphs',
  },
  {
    id: 'related/romance/teaser', kind: 'related', lang: ['es', 'fr', 'it', 'pt', 'nl'],
    match: { text: /^\(?(?:lea (?:también|más)|lee (?:también|más)|lea|ver también|lire (?:aussi|également|la suite)|à lire aussi|voir aussi|leggi anche(?: su)?|leia (?:também|mais)|veja também|lees ook|lees meer|vea también|mira también|(?:también )?(?:le|te) puede interesar|leia também|vedi anche)\s*[:»>|–-]/i, maxWords: 30 },
    scope: 'block',
    examples: { hit: ['VEA TAMBIÉN: El alcalde inaugura el puente', 'LE PUEDE INTERESAR: La ficha del expresidente', 'Lea también: Impiden ingreso a Nicaragua', 'Lire aussi : la grève continue', 'Leggi anche: il governo cade', '(Leggi anche su: il governo cade)'], miss: ['Lea el informe completo, dijo el ministro.'] },
    note: 'inline "read also" teasers in Spanish, French, Italian, Portuguese and Dutch',
  },
  {
    id: 'related/any/attr', kind: 'related', lang: ['*'],
    match: { attr: /^(?:related(?:-?(?:posts?|articles?|stories|content|links|news|items))?|yarpp[\w-]*|jp-relatedposts[\w-]*|crp_related|more-(?:articles|stories|posts|news)|recommended|recommendations|popular-posts|most-(?:read|popular|viewed)|trending|outbrain[\w-]*|taboola[\w-]*|ob-widget[\w-]*|further-reading|read-more-links)$/i },
    scope: 'block',
    examples: { hit: ['related-posts', 'yarpp-related', 'jp-relatedposts', 'taboola-below-article'], miss: ['relatedness', 'article-body'] },
    note: 'related widgets by class or id',
  },
  {
    id: 'related/any/no-events', kind: 'related', lang: ['de', 'en'],
    match: { text: /\b(?:es gibt )?(?:derzeit|aktuell|momentan) (?:gibt es )?keine (?:bevorstehenden|anstehenden|aktuellen|geplanten) (?:veranstaltungen|termine|events)\b|\bthere are no upcoming events\b|\bno upcoming events\b/i, maxWords: 15 },
    scope: 'block',
    examples: { hit: ['Es gibt derzeit keine bevorstehenden Veranstaltungen.', 'There are no upcoming events.', 'Aktuell keine anstehenden Termine'], miss: ['Wegen der Pandemie gab es im Frühjahr keine Veranstaltungen in der Halle, sagte der Wirt.'] },
    note: 'the empty state of an events widget',
  },
];
