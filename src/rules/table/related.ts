import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

/** Polish list headings take an optional noun: "Polecane artykuły", "Inne wpisy autora". */
const PL_NOUN = '(?: (?:artykuły|wpisy|teksty|wiadomości|newsy))?(?: autora)?';

const HEADING = concepts({
  related: ['related(?: (?:articles|posts|stories|content|reading|topics|links|coverage|news))?', '(?:similar|related) (?:threads|topics|discussions|questions|products|items)', 'explore related questions',
    '(?:ähnliche|verwandte) (?:artikel|beiträge|themen|news|nachrichten|meldungen)', 'articles? (?:similaires|liés|connexes)', '(?:art[ií]culos|noticias|notícias) relacionad[oa]s', 'articoli correlati', 'gerelateerde artikelen', `(?:podobne|powiązane)${PL_NOUN}`],
  see_also: ['read (?:more|next|also)', 'see also', 'further reading', 'what to read next', 'keep reading', 'explore (?:further|more)', "don'?t miss",
    'lesen sie (?:auch|mehr|weiter)', 'auch lesen(?:swert)?', 'weiterführende (?:links|artikel|beiträge)', 'weiterführender link',
    'à lire (?:aussi|également)', 'pour (?:approfondir|aller plus loin)', 'per saperne di più', '(?:leia|veja) também', `(?:czytaj|zobacz) (?:też|także|również)${PL_NOUN}`],
  more_from: ['more (?:from|on|about|in) .+', 'more (?:articles|stories|posts|news) (?:from|by|on|about) .+', 'mehr (?:aus|zu|von|über|zum) .+', 'mehr zum thema.*', 'más sobre .{2,40}', '(?:also|elsewhere) (?:in|on) .{2,30}'],
  more_articles: ['more (?:like this|stories|articles|news|to read)', 'see more', 'weitere (?:aktuelle )?(?:artikel|beiträge|nachrichten|meldungen|news|themen)(?: .+)?', 'mehr themen', 'noch mehr (?:infos|artikel|beiträge)(?: für dich)?',
    'weitere informationen(?: (?:zum|zur|zu) .{2,40})?', 'entdecke(?:n sie)? (?:weitere|mehr) .+', 'altri articoli', '(?:otras|más) noticias', `(?:inne|pozostałe)${PL_NOUN}`],
  you_may_like: ['you (?:may|might) (?:also )?(?:like|enjoy|be interested in)', '(?:das|dieses)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?interessieren', '(?:auch|ebenfalls) interessant',
    '(?:también )?te puede interesar', 'potrebbe interessarti', '(?:você )?(?:também )?pode gostar'],
  recommended: ['recommended(?: for you| reading| articles| stories)?', "editor'?s picks", 'recommended communities', 'empfohlen', 'empfehlungen(?: der redaktion)?', 'empfohlene (?:beiträge|artikel)', `polecane${PL_NOUN}`, 'polecamy'],
  most_read: ['(?:most )?popular(?: posts| articles| stories| now| this week| today| this month)?', 'most (?:read|viewed|shared|commented)(?: (?:in|on) [a-z ]{2,25})?', 'trending(?: now| stories)?', 'top stories', 'hot network questions',
    'meist-?gelesene?(?: artikel)?', 'am meisten gelesen', 'beliebte (?:artikel|beiträge)(?: zum thema)?', 'meist-?diskutierte?(?: artikel| beiträge)?', 'top-?themen',
    'les plus lus', 'lo más (?:leído|visto)', 'mais lidas', '(?:i )?più letti', 'meest gelezen', 'najpopularniejsze', `najczęściej czytane${PL_NOUN}`],
  latest: ['latest (?:news|posts|articles|stories|comments)', 'recent (?:posts|articles|stories|comments)', 'neueste (?:artikel|beiträge|nachrichten)', '(?:neueste|letzte) kommentare', 'aktuelle (?:beiträge|artikel|meldungen)',
    'últimas noticias', 'ultime notizie', 'les plus récents', 'dernières nouvelles', `najnowsze${PL_NOUN}`],
  same_topic: ['passend dazu', '(?:passend )?zum thema', 'sur le même (?:thème|sujet)', 'dans la même rubrique'],
  shop_picks: ['recently viewed(?: items| products)?', 'customers (?:also )?(?:bought|viewed)(?: this)?', 'frequently bought together'],
});

const TEASER = concepts({
  read_also: ['read (?:more|also|next)', 'also read', 'lesen sie (?:auch|mehr)', 'auch (?:lesen|lesenswert)', 'weiterlesen', 'lesetipp', 'le[ae] (?:también|más)', 'lire (?:aussi|également|la suite)', 'à lire aussi', 'leggi anche(?: su)?', 'leia (?:também|mais)', 'lees (?:ook|meer)'],
  see_also: ['see (?:also|more)', 'siehe auch', 'v[ei]a también', 'ver también', 'mira también', 'voir aussi', 'veja também', 'vedi anche'],
  related: ['related(?: (?:post|article|story|reading|link)s?)?', 'recommended', 'suggested', 'more', 'mehr zum thema', 'mehr dazu(?: lesen sie hier)?', 'zum (?:artikel|beitrag)', 'passend dazu'],
  may_interest: ["must read", "don't miss", 'auch interessant', 'das könnte (?:sie|dich|euch) auch interessieren', '(?:también )?(?:le|te) puede interesar'],
});

export const related: Rule[] = [
  {
    id: 'related/any/heading', kind: 'related', lang: ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'pl'],
    match: { line: new RegExp(`^(?:${HEADING})[?!.:]*$`, 'i') },
    scope: 'section',
    examples: {
      hit: ['Similar threads', 'Related products', 'Recently viewed', 'Customers also bought', 'Recent Comments', 'More articles from Jane Doe', 'RECENT ARTICLES', 'POPULAR THIS WEEK', "DON'T MISS", 'You may also like', 'More from Politics', 'Also in Science', 'Elsewhere on Example News', 'Most viewed in sport', 'Explore more',
        'Passend dazu', 'Neueste Kommentare', 'Meist-diskutiert', 'Entdecke weitere Rezepte', 'Weitere aktuelle Artikel aus der Region', 'Beliebte Artikel zum Thema', 'Dieses Thema könnte Sie auch interessieren', 'Dieses Thema könnte euch auch interessieren', 'Weiterführende Links', 'Meistgelesen',
        'Você pode gostar...', 'Más sobre Economía', 'Pour approfondir', 'Sur le même sujet :', 'Noticias relacionadas', 'Lo más leído', 'Articoli correlati', 'Meest gelezen', 'Inne artykuły autora', 'Najnowsze', 'Czytaj także:'],
      miss: ['Related party transactions rose', 'Read the full report here', 'Explore further afield this summer', 'Also in attendance were the mayor and her deputy.', 'Mehr Geld für Schulen', 'Otras noticias del día fueron peores, dijo.', 'Inne artykuły ustawy zmieniono w 2020 roku.'],
    },
    note: 'related, "more articles", most-read and "see also" lists, in the languages that have each',
  },
  {
    id: 'related/any/teaser', kind: 'related', lang: ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl'],
    match: { text: new RegExp(`^\\(?(?:${TEASER})\\s*[:»>|–-]`, 'i'), maxWords: 30 },
    scope: 'block',
    examples: {
      hit: ['Read more: Why the market fell', 'Related: The ten best laptops', '(See also: the budget in numbers)', 'Lesen Sie auch: Die Bahn streikt wieder', 'Lesetipp » Zehn Ideen für den Urlaub', 'Das könnte Dich auch interessieren: Neue Brücke für die Altstadt', 'VEA TAMBIÉN: El alcalde inaugura el puente', 'Lire aussi : la grève continue', '(Leggi anche su: il governo cade)'],
      miss: ['Read the statement in full below.', 'Lesen Sie die Studie selbst, rät der Autor.', 'Lea el informe completo, dijo el ministro.'],
    },
    note: 'inline "read also" teasers between paragraphs',
  },
  {
    id: 'related/any/attr', kind: 'related', lang: ['*'],
    match: { attr: /^(?:related(?:-?(?:posts?|articles?|stories|content|links|news|items))?|yarpp[\w-]*|jp-relatedposts[\w-]*|crp_related|more-(?:articles|stories|posts|news)|recommended|recommendations|popular-posts|most-(?:read|popular|viewed)|trending|outbrain[\w-]*|taboola[\w-]*|ob-widget[\w-]*|further-reading|read-more-links)$/i },
    scope: 'block',
    examples: { hit: ['related-posts', 'yarpp-related', 'jp-relatedposts', 'taboola-below-article'], miss: ['relatedness', 'article-body'] },
    note: 'related widgets by class or id',
  },
];
