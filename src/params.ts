/**
 * Tuned numbers of the page type stage and the region strategy: each with its unit, the range
 * worth trying and the evidence that chose it. `npm run sweep -- NAME` runs the bench over the
 * dev sets for values across the range (bench/sweep.mjs) and prints F1 per value and set; it
 * sets values with overrideParams, which nothing in the product calls.
 * (Some older thresholds still live beside the code that reads them; ARCHITECTURE.md lists them.)
 */

export interface Param {
  value: number;
  unit: string;
  range: readonly [number, number];
  step: number;
  why: string;
}

const PARAMS_TABLE = {
  typeProseArticle: {
    value: 0.4, unit: 'share of the page\'s words in paragraphs of 25+ words', range: [0.2, 0.6], step: 0.05,
    why: 'HTML: at least this much prose makes a page without other signs an article',
  },
  typeProseFew: {
    value: 0.3, unit: 'share of words in prose', range: [0.1, 0.5], step: 0.05,
    why: 'a grid, a list or a service page has less prose than this',
  },
  typeForumProseMax: {
    value: 0.6, unit: 'share of words in prose', range: [0.4, 0.9], step: 0.1,
    why: 'a thread URL with more prose than this is an article under a forum-like path',
  },
  typeProseMinWords: {
    value: 25, unit: 'words in one paragraph', range: [15, 50], step: 5,
    why: 'a paragraph this long is prose, not a card\'s blurb or a label (proseShare counts these)',
  },
  typeItemsMin: {
    value: 3, unit: 'alike sibling elements', range: [2, 6], step: 1,
    why: 'HTML: fewer alike siblings than this are no grid or list of items',
  },
  typeTextPriceMaxWords: {
    value: 8, unit: 'words in a block', range: [4, 1000], step: 4,
    why: 'text: prices count for the type stage only in blocks this short (a card\'s price line, "From $45"); a headline\'s "$11 billion" says nothing of a grid. Swept 4, 8, 12, 16 and 1000 (every block): the article sets held at each, wcxb-dev gained most at 8 (plain +0.0003, w3m +0.0007); lynx dumps print a news page\'s headlines twice and crossed typeGridPrices with them',
  },
  typeDatedItemMaxWords: {
    value: 15, unit: 'words in a block', range: [8, 30], step: 4,
    why: "text: a block this short that shows a date is an item's date line or a byline (\"Title, 4 May 2024\"); a longer one is prose that mentions a date",
  },
  typeDatedItems: {
    value: 6, unit: 'distinct dates in short blocks', range: [3, 12], step: 1,
    why: 'text: an index of posts shows a date per item; an article shows one or two above its prose. Measured 4, 6 and 8 on every dev dump: 4 moved one wcxb-dev product page (-0.0002 plain and w3m), 8 lost a trafilatura-dev index read whole (-0.0003)',
  },
  typeDatedItemsProseMax: {
    value: 0.3, unit: 'share of words in prose', range: [0.1, 0.4], step: 0.05,
    why: "text: an index's items are a title, a date and a line of teaser; an article with many dated comments still has its own prose. Measured 0.2, 0.3, 0.4 on every dev dump: 0.3 moved three more pages of three sites, all better (a thread, an index, an article read whole: trafilatura-dev plain +0.0003, wcxb-dev w3m +0.0003), none worse; 0.4 moved pages both ways (wcxb-dev product w3m -0.002)",
  },
  typeDatedItemsLeadShare: {
    value: 0.7, unit: 'share of the prose words', range: [0.2, 0.8], step: 0.1,
    why: "text: an index has at most an intro's prose before its third dated item; an article has all of its own there, its archive or teasers after it. Without this test a blog post above a long archive of dated posts was read as an index (trafilatura-dev plain, w3m); measured 0.5 and 0.7: at 0.7 one more wcxb-dev index (w3m +0.5 on it) and one service page -0.02, the article sets held at both",
  },
  typeTextDatedCoreShare: {
    value: 0.5, unit: "share of the region's words the core keeps", range: [0.2, 0.8], step: 0.1,
    why: "text: a dump with many dated items whose best run of prose keeps less than this of its region is an index; an article keeps most of it, its list of dated teasers the rest. Measured 0.3 and 0.5: at 0.3 three wcxb-dev indexes of three sites stayed articles (their core is a long teaser); the article sets held at both",
  },
  typeTextCallsMin: {
    value: 4, unit: 'call-to-action lines in a dump', range: [2, 8], step: 1,
    why: "text: service pages repeat their calls to action (Get started, Book a demo) under each section; articles show one or two, in a footer or a promo. Measured 3, 4 and 5 on every dev dump (the article sets held at each): 3 moved wcxb-dev pages both ways (plain -0.0002, w3m +0.0001), 5 lost one page the row reads right at 4 (plain -0.0001)",
  },
  typeTextCallsProseMax: {
    value: 0.5, unit: 'share of words in prose', range: [0.3, 0.7], step: 0.1,
    why: "text: a service page's sections are short; a shop's category page that prints its items' blurbs and a 'Learn more' under each has more prose than this",
  },
  typeTextCallsCoreShare: {
    value: 0.4, unit: "share of the region's words the core keeps", range: [0.25, 0.7], step: 0.05,
    why: "text: on an undated dump with typeTextCallsMin calls to action, a core that keeps less than this of the region is one section of a service page. Measured 0.4 and 0.5 on every dev dump: the article sets held at both; wcxb-dev at 0.5 plain +0.0006 (5 pages better, 2 worse), w3m +0.0004 (11 / 10: vendor blogs read as service pages); at 0.4 plain +0.0003 (2 / 0), w3m +0.0005 (6 / 2). typeTextCallsMin 6 instead of 4 (at 0.5) moved as many pages either way",
  },
  typeTextItemMaxWords: {
    value: 30, unit: 'words in one list item', range: [10, 60], step: 10,
    why: 'text: a list item this short is a card, an entry or a spec line; a longer one is prose',
  },
  typeCodeBlocks: {
    value: 3, unit: 'code blocks (<pre>)', range: [1, 10], step: 1,
    why: 'HTML: this many code blocks on a page that declares no article make it documentation',
  },
  typeGridPrices: {
    value: 10, unit: 'amounts with a currency', range: [4, 30], step: 2,
    why: 'a category grid shows a price per item',
  },
  typeGridItems: {
    value: 6, unit: 'alike sibling elements with a link', range: [3, 20], step: 1,
    why: 'HTML: the smallest grid of items',
  },
  typeItemShare: {
    value: 0.5, unit: 'share of words in the largest group of alike items', range: [0.3, 0.8], step: 0.05,
    why: 'HTML: a listing keeps most of its text in alike items; text: a dump with this much of its words in short list items is one list, no page of sections',
  },
  typeLinkShare: {
    value: 0.5, unit: 'share of the page\'s words in links', range: [0.3, 0.9], step: 0.1,
    why: 'HTML: an index is mostly links',
  },
  typeArticleCards: {
    value: 5, unit: '<article> elements', range: [3, 15], step: 1,
    why: 'HTML: a list of posts shows each as an <article> card',
  },
  typeServiceHeadings: {
    value: 5, unit: 'h2/h3 headings', range: [2, 12], step: 1,
    why: 'HTML: a service page is many headed sections',
  },
  typeTextCoreShare: {
    value: 0.1, unit: "share of the region's kept words that the core keeps", range: [0.01, 0.5], step: 0.05,
    why: "text: a dump no condition typed, whose best run of prose keeps less than this of what its region keeps, is an index of short items (a listing), read whole. Swept 0.01, 0.1, 0.15, 0.2, 0.35, 0.5: 0.1 is the largest value that lowered no set's dumps; from 0.15 the article sets' w3m dumps lose, 0.5 costs them 0.005",
  },
  typeHtmlCoreShare: {
    value: 0.4, unit: "share of the words the region reading keeps", range: [0.3, 0.7], step: 0.1,
    why: "HTML: an undated page of typeServiceHeadings or more headed sections, no declared article, whose Readability reading keeps less than this of what its service (region) reading keeps, is a service page. Replayed 0.3-0.7 with both readings of every dev page, then measured 0.4 and 0.5: wcxb-dev alike (+0.003 either), trafilatura-dev loses one article at 0.4 (-0.0006) and three at 0.5 (-0.0018), scrapinghub held",
  },
  typeHtmlUnsignedCoreShare: {
    value: 0.2, unit: "share of the words the region reading keeps", range: [0.1, 0.5], step: 0.05,
    why: "HTML: a page of typeServiceHeadings or more headed sections that names no author, whose Readability reading keeps less than this of what its service (region) reading keeps, is a service page, whatever its CMS declares (a theme marks every page an Article, with a date). Measured 0.2 and 0.3 on the HTML sets: wcxb-dev +0.0034 / +0.0040 (listing +0.026 / +0.037), trafilatura-dev -0.0006 / -0.0009 (two short articles), scrapinghub held / -0.0020",
  },
  typeHtmlSliverCoreShare: {
    value: 0.1, unit: "share of the words the region reading keeps", range: [0.05, 0.3], step: 0.05,
    why: "HTML: a page of typeServiceHeadings or more headed sections whose Readability reading keeps less than this of what its region reading keeps is read as a region, dated and declared or not. Replayed 0.05-0.2 from both readings of every dev page: 0.05 and 0.1 moved only pages whose region reading scored higher (wcxb-dev 3, trafilatura-dev 1); from 0.15 scrapinghub articles whose region takes in teasers moved too",
  },
  typeHtmlFallbackKeptShare: {
    value: 0.1, unit: "share of the page's words", range: [0.05, 0.3], step: 0.05,
    why: "HTML: a page on which Readability found no article and whose densest block keeps less than this of the page's words is read as a thread (a link aggregator's story page: the link, then its comments, which the article reading removes). Replayed 0.05-0.2 over every dev page: 0.05 and 0.1 moved one page, a link aggregator's story read as its comments; 0.15 and 0.2 moved a second such page and a news article whose region reading keeps nothing (trafilatura-dev), so the sliver must be thin",
  },
  typeHtmlHalfCoreShare: {
    value: 0.5, unit: "share of the words the region reading keeps", range: [0.3, 0.7], step: 0.1,
    why: "HTML: a page with under typeHtmlFewLinksShare of its words in links whose Readability reading keeps less than this of what its region reading keeps is read as its region. Replayed 0.3-0.7 (with link shares 0.05-0.2) from both readings of every dev page: 0.5 and 0.6 gained on wcxb-dev (+0.002, +0.002) and trafilatura-dev (+0.0014, +0.001), held scrapinghub; 0.7 moved more articles for little",
  },
  typeHtmlFewLinksShare: {
    value: 0.1, unit: 'share of the words in links', range: [0.05, 0.2], step: 0.05,
    why: "HTML: on a page with fewer of its words in links, a region reading takes in no menus or teaser lists, so reading it whole costs little where Readability keeps one part. Replayed 0.05-0.2: at 0.2 (with typeHtmlHalfCoreShare 0.6 or more) scrapinghub articles with a sidebar of teasers moved and lost (-0.007); 0.1 keeps a margin below that, 0.15 gained a little more on the dev pages",
  },
  typeHtmlItemsCoreShare: {
    value: 0.6, unit: "share of the words the listing (region) reading keeps", range: [0.3, 0.8], step: 0.1,
    why: "HTML: a page whose largest group of alike linked items holds typeItemShare of its words, with typeHtmlItemsLinkShare of them in links and no author named, whose Readability reading keeps less than this of what its listing reading keeps, is an index: Readability kept some of its teasers. Measured 0.45, 0.6, 0.75 on the HTML sets: 0.45 lost a section front whose lead story Readability keeps with half its teasers, 0.75 moved one more page (a category grid, better), the article sets held at all three; 0.6 sits inside that plateau",
  },
  typeHtmlItemsLinkShare: {
    value: 0.15, unit: 'share of the words in links', range: [0.05, 0.5], step: 0.05,
    why: "HTML: an index's items are teasers, each a linked title over a line or two of text, so a good part of its words sit in links; an article's alike parts (its sections, a listicle's entries) hold their text outside links. Replayed 0.05-0.25 from the article and listing readings of every dev page: 0.25 moved three pages (all better), 0.2 one more, 0.1 and 0.15 two more (an index, a service page: better), 0.05 a listicle whose entries are text (worse); the article sets held at every value. 0.15 sits mid-plateau",
  },
  typeTextSectionsCoreShare: {
    value: 0.25, unit: "share of the region's kept words that the core keeps", range: [0.1, 0.5], step: 0.05,
    why: "text: an undated dump whose best run of prose keeps less than this (and at least typeTextCoreShare) of what its region keeps is a page of sections (a service page), read as a region that ends with its last prose. Replayed 0.3, 0.5, 0.7 from both readings of every dev dump, then measured 0.2, 0.25, 0.3: 0.25 kept wcxb-dev's gain (plain +0.005, w3m +0.004) with the article sets held (scrapinghub +0.0000/+0.0003, trafilatura-dev +0.0004/-0.0002); at 0.3 scrapinghub lost 0.001, at 0.2 trafilatura-dev w3m 0.0014",
  },
  typeTextFewProseCoreShare: {
    value: 0.4, unit: "share of the region's kept words that the core keeps", range: [0.3, 0.6], step: 0.1,
    why: "text: on an undated dump of typeTextSectionsMinWords or more with under typeTextSectionsProseMax of its words in prose and no list holding typeItemShare, a core that keeps less than this is one of several sections. Replayed offline from forced-type runs of every dev dump, then measured: with prose under 0.2, 0.4 gave wcxb-dev plain +0.0014, w3m +0.0008 (service +0.011/+0.006) with the article sets held; 0.5 cost trafilatura-dev w3m 0.0005; 0.6 cost scrapinghub w3m 0.005 (replayed)",
  },
  typeTextSectionsProseMax: {
    value: 0.2, unit: 'share of words in prose', range: [0.15, 0.3], step: 0.05,
    why: 'text: a page of short sections has less prose than this. 0.25 gave wcxb-dev plain +0.004 but cost scrapinghub and trafilatura-dev w3m 0.0018 and 0.0016; 0.3 (typeProseFew) moved more article dumps still (replayed)',
  },
  typeTextSectionsMinWords: {
    value: 300, unit: 'words in a dump', range: [0, 600], step: 100,
    why: 'text: a dump shorter than this is too small to tell a page of sections from a short article (at 0, two short scrapinghub articles moved, replayed)',
  },
  typeTextUnsignedCoreShare: {
    value: 0.1, unit: "share of the region's kept words that the core keeps", range: [0.05, 0.3], step: 0.05,
    why: "text: a dump that names no author, whose best run of prose keeps less than this of what its region keeps, is a page of sections, though it shows a date. Measured 0.1, 0.15, 0.2 on the dumps: 0.1 lowered no set (wcxb-dev plain and w3m +0.0004, trafilatura-dev w3m +0.0004); 0.15 and 0.2 cost trafilatura-dev plain 0.0006",
  },
  typeTextCodeLines: {
    value: 5, unit: 'lines of code in a dump', range: [2, 20], step: 1,
    why: 'text: this many code lines make a dump documentation',
  },
  shellMaxWords: {
    value: 100, unit: 'words in the HTML once scripts, styles and markup are gone', range: [20, 300], step: 20,
    why: 'a page without an article and with fewer words than this, that loads scripts, is an application shell',
  },
  shellMinScripts: {
    value: 1, unit: '<script> elements', range: [1, 10], step: 1,
    why: 'a shell loads at least one script (its text comes from there)',
  },
  typePostMarks: {
    value: 16, unit: "lines that are a post's controls or counters", range: [4, 24], step: 4,
    why: 'a thread prints them on every post; an article with comments (a recipe blog) prints fewer. Swept 8, 12, 16 on the dumps: 16 keeps trafilatura-dev at its article figures (w3m 0.9234 at 8, 0.9243 at 16), wcxb-dev forum dumps gain either way',
  },
  typeThreadMarks: {
    value: 12, unit: "lines that are a post's controls or counters", range: [4, 24], step: 4,
    why: 'a thread whose first post is marked before any prose: fewer marks suffice than for typePostMarks, since an article with comments shows its own prose first. Swept 8, 12, 16 with typeThreadLeadShare: 8 and 12 alike, 16 lost half the gain on wcxb-dev dumps',
  },
  typeThreadLeadShare: {
    value: 0.1, unit: "share of the page's prose words", range: [0.02, 0.2], step: 0.04,
    why: "a thread marks its first post (\"Reply\", \"Joined\") before or beside the post; an article with comments has most of its prose before the first mark. Swept 0.02, 0.05, 0.1, 0.15: 0.1 best on wcxb-dev plain and w3m, trafilatura-dev dumps gained alike at all (0.15 a little less), scrapinghub held",
  },
  structuredMinWords: {
    value: 50, unit: 'words of content found on the page', range: [20, 200], step: 30,
    why: 'below this, the JSON-LD text may stand in for what the page shows',
  },
  structuredMinGain: {
    value: 3, unit: 'times the words found on the page', range: [2, 10], step: 1,
    why: 'the JSON-LD text stands in only when it says this much more',
  },
  regionMainMinShare: {
    value: 0.3, unit: 'share of the body\'s text', range: [0.1, 0.7], step: 0.1,
    why: 'a <main> with less of the text is a hero or a widget, not the region',
  },
  regionBeforeHeadlineMax: {
    value: 0.5, unit: 'share of the region\'s text', range: [0.1, 0.9], step: 0.1,
    why: 'text before the headline up to this share is masthead, breadcrumbs and menus',
  },
  regionRepeatMinWords: {
    value: 8, unit: 'words', range: [4, 20], step: 2,
    why: 'a block this long printed again is a copy; shorter ones ("Reply", a price) repeat on their own',
  },
  regionMenuRunMin: {
    value: 8, unit: 'list items', range: [6, 40], step: 2,
    why: "text regions of a grid or an index: this many list items of regionMenuItemMaxWords words or fewer in a row, above the page's title, are a menu (a shop's mega menu printed as bullets), not items. Measured 6, 8 and 12 on wcxb-dev: alike (plain +0.0003/+0.0003/+0.0002, w3m +0.0004 each); the article sets unchanged",
  },
  regionMenuItemMaxWords: {
    value: 5, unit: 'words', range: [1, 8], step: 1,
    why: "a menu's entry is a category's name of a word to a few ('Stoves, Grills & Fuel'). Measured 3, 5 and 7 with regionMenuRunMin 8-12: at 3 a longer name breaks the run (wcxb-dev +0.0001 each dump); 5 and 7 alike. Anywhere on the page, not only above its title, such runs took a list article's own list (a list of languages: -0.87 on that page)",
  },
  unmarkedEntryMaxWords: {
    value: 5, unit: 'words', range: [1, 10], step: 1,
    why: "a dump that marks no list or heading (a browser's innerText, get_text): a rule's hit between two lines of this many words or fewer without a sentence end is an entry of a menu or a list, and goes alone, as a list item does (pages read as a region only: an article's own closing heading often sits between short lines, a share row above and teaser titles below). Swept 3, 5 and 8 on browser innerText and get_text dumps of wcxb-dev: 3 lost 0.0003 and 0.0007 (a card's name of four words broke the run), 8 lost 0.0004 and 0 (a post's line of six words counted as an entry); the article sets held at every value",
  },
  ruleMaxRemovedShare: {
    value: 0.4, unit: "share of the page's text (characters)", range: [0.3, 0.8], step: 0.1,
    why: "HTML: an element holding more than this share of the page's text is the article, whatever its class or id says (a theme's 'comments-area' or 'related' class around the whole page): no attr row removes it. Selector rows are not bound by it: a landmark says what it is by its tag or role (<nav>, role=navigation, the body's <footer>), and a mega menu can hold more text than a short article (measured: wcxb-dev +0.0028, scrapinghub +0.0006, trafilatura-dev unchanged; two wcxb-dev pages whose truth is a category menu went to no article). Measured 0.4 and 0.6 on all dev HTML: 0.6 let a long comment section go from region readings (wcxb-dev +0.0004, scrapinghub +0.0003) but also let rows take whole articles (trafilatura-dev -0.002, three wcxb-dev pages to no article)",
  },
  articleCopyMinWords: {
    value: 100, unit: 'words', range: [30, 300], step: 50,
    why: "HTML, Readability's article: an element of this many words whose whole text the article already shows is written once (a page that prints its article for each screen size). Shorter parts repeat in an article's own text (a meal plan's portions, a table's rows). Measured as blocks of 15 and 30 words first: those took a meal plan's and a recipe's own repeated lines (scrapinghub -0.0006 to -0.001); whole parts of 100 words moved four wcxb-dev pages (+0.0004) and no other",
  },
  regionCopyMinWords: {
    value: 2, unit: 'words', range: [1, 20], step: 1,
    why: "HTML regions of profiles with copies 'all': a cleaned block of this many words the region already shows is written once. One word alone is a label any card may carry ('New', 'Sale'). Measured 1, 2, 3 and 5 on wcxb-dev HTML (the article sets have no such profile's pages to speak of: unchanged): 1 and 2 alike (+0.0013 / +0.0012), 3 +0.0007, 5 below (it left short copies and cost the coreShare rows until the share counted copies)",
  },
  textLabelSetMin: {
    value: 2, unit: 'distinct short lines printed equally often', range: [2, 5], step: 1,
    why: "text: a set of this many labels, each printed once per item between blocks the page prints once, is the items' own labels (Pros, Cons), not navigation printed again. Measured 2 and 3 on every dev dump: 2 lowered no set (wcxb-dev plain +0.0012, w3m +0.0016; changes on 43 sites), 3 gave back 0.0004-0.0007 of it; with copies counted from 2 (not itemRepeats) a header and footer menu formed sets (scrapinghub plain -0.0003, two wcxb-dev pages retyped)",
  },
  textTocEntryMaxStep: {
    value: 2, unit: 'blocks between two entries of a table of contents', range: [1, 3], step: 1,
    why: 'text: two entries printed again as headings are neighbours in their list, one other line (a sub-entry) allowed between them; set by hand',
  },
  textRepeatMaxWords: {
    value: 12, unit: 'words in a block', range: [6, 20], step: 2,
    why: 'text: a block this short that comes back in the page is navigation (menus, tags, labels); a longer one is navigation only beside other long repeats (a teaser list printed twice), else a lead printed again',
  },
  textCopyRunMinParagraphs: {
    value: 5, unit: 'long blocks in a run', range: [2, 20], step: 1,
    why: "text: a stretch of blocks the page prints again, block for block, with this many blocks longer than textRepeatMaxWords, may be its content printed twice (a second layout) rather than a post or a teaser quoted again. Swept 3, 5, 8 with textCopyRunShare 1.5 on every dev dump: the same but one page at 8",
  },
  textCopyRunShare: {
    value: 1.5, unit: "a copied run's words in long blocks over the words of long blocks the page prints once", range: [0.5, 4], step: 0.5,
    why: "text: a copied run that holds this much of the page's prose is its content printed twice, whose first copy is no navigation; a teaser strip or ticker printed twice sits beside an article printed once. Swept 1, 1.5, 2 on every dev dump: 1 also took a news ticker printed twice for content (a ticker about as long as its article); 1.5 and 2 held scrapinghub and trafilatura-dev, 1.5 kept one more copied page",
  },
  textCopyMinShare: {
    value: 0.8, unit: "share of a block's word 4-grams already kept", range: [0.5, 1], step: 0.1,
    why: 'text: a block twice as long as any kept one, this much of it kept already, is the article printed again in one block. 0.6-0.8 scored the same on the dev dumps; 0.8 is the strictest of them',
  },
  contentsRestartEntries: {
    value: 3, unit: 'entries of a table of contents', range: [1, 10], step: 1,
    why: "a contents section ends where one of its first entries comes again as the body's heading; a contents may open with an entry the body shows no heading for (\"0-9\", \"Overview\"), and a later entry may repeat inside a long contents (counting every entry cut a report's contents short). Swept 1, 2, 3, 5 on every dev dump: the same figures; 3 allows for an entry or two the body shows no heading for",
  },
  regionClosingMinShare: {
    value: 0.1, unit: "share of the words from the region's first prose on", range: [0, 0.5], step: 0.1,
    why: "text: a closing section (related links, comments) ends the region only when at least this share of the words lies before it; an index's or a grid's \"Read more\" under its intro is no end. Swept 0, 0.1, 0.2, 0.3 on every dev dump: 0.1 changed 3 pages of wcxb-dev per dump kind, all up (plain +0.0011, w3m +0.0009), the article sets held; from 0.2 trafilatura-dev lost (plain -0.0003, w3m -0.0008)",
  },
  regionCardsMin: {
    value: 3, unit: 'sibling cards', range: [2, 8], step: 1,
    why: 'product pages: this many alike siblings, each a short text with a price and a link, are other products (variations, recommendations)',
  },
  regionCardMaxWords: {
    value: 40, unit: 'words', range: [20, 80], step: 10,
    why: "product pages: a card is a name, a price and a line or two; the product's own description is longer",
  },
  regionCardsMax: {
    value: 20, unit: 'sibling cards', range: [12, 48], step: 4,
    why: "product pages: other products come a handful to a dozen or two at a time (the dev pages' groups: 3-16); a group of more is a page of a category grid typed product by mistake (a grid page declaring Product schema had 30). Not swept: one dev page tells",
  },
  regionMenuMinItems: {
    value: 4, unit: 'list items', range: [3, 10], step: 1,
    why: 'a list of this many short links is a menu',
  },
  regionMenuMinLinkDensity: {
    value: 0.9, unit: 'share of an item\'s text in links', range: [0.5, 1], step: 0.1,
    why: 'a menu entry is a link and nothing else',
  },
  hiddenContentMinRatio: {
    value: 2, unit: 'times the text the page shows', range: [1, 4], step: 1,
    why: "HTML: a hidden block is the page's content when it holds this many times the text of everything shown (the dev pages where it is: 4 to 29 times; a hidden block beside a shown one of the same size is one hidden part of the page). Not swept",
  },
  hiddenContentMinChars: {
    value: 500, unit: 'characters of text', range: [200, 1000], step: 100,
    why: "HTML: a hidden block needs at least a few paragraphs to be a page's content: a lock's notice or an empty state beside an almost empty page is not. Not swept",
  },
  hiddenContentMaxLinkShare: {
    value: 0.5, unit: "share of a hidden block's text in links", range: [0.3, 0.8], step: 0.1,
    why: "HTML: a hidden block with hiddenContentMinRatio times the text the page shows is its content (a listing rendered hidden for a script to move), unless it is mostly links (a hidden mega menu). A round value, not swept: with the ratio at 2, wcxb-dev gained on 3 pages of 3 sites and no page of any set lost",
  },
  regionMenuMaxItemWords: {
    value: 4, unit: 'words per item', range: [2, 8], step: 1,
    why: 'a menu entry is a few words; a card has a title and text',
  },
  coreWeightNeargood: {
    value: 0.75, unit: 'weight of a near-good block\'s characters in the core search', range: [0.25, 1], step: 0.25,
    why: 'text: a near-good block is likely the article\'s, less surely than a good one. Chosen among round values (0.5, 0.75, 1, with bad 3, 4, 6 and short 0, 0.2, 0.5; a short block with any weight pulled menus into the core, trafilatura-dev plain -0.016 at 0.2): the four dump sets and the local lynx and html2text sets gained or held',
  },
  coreWeightBad: {
    value: 4, unit: 'times a bad block\'s characters count against a run', range: [2, 8], step: 1,
    why: 'text: a link row, a repeated line or a rule hit inside a run says the run is no article; chosen with coreWeightNeargood',
  },
  coreWeightLexicalBad: {
    value: 1, unit: 'times a block bad only for its words counts against a run', range: [0, 4], step: 1,
    why: 'text: ingredient lists, table rows and specs inside an article read as few stopwords, no sentence; counting them once, not four times: all four dump sets and the local lynx and html2text sets gained or held (+0.000 to +0.005)',
  },
  coreBadMinChars: {
    value: 80, unit: 'characters a bad block weighs at least', range: [40, 160], step: 20,
    why: 'text: a short bad block (a share row, a one-word link) still breaks a run',
  },
  coreDataRowMinChars: {
    value: 70, unit: 'characters a data row (ingredient, table row) weighs at least', range: [40, 120], step: 10,
    why: "text: a row of a list or a table is short by nature yet as much the article as a short paragraph (jusText's lengthLow), so a recipe's list outweighs the widget between it and the steps. Measured 40-120: trafilatura-dev plain, w3m, local lynx, links +0.0007, elinks +0.0004, scrapinghub html2text, elinks, links +0.0002, the rest held",
  },
  coreSplitMinShare: {
    value: 0.2, unit: 'share of the best run\'s weight', range: [0.1, 0.5], step: 0.05,
    why: 'text: a run beside the core (an article split by a gallery or an ad) joins it when worth this share; also where a closing section inside the best run ends it, and the balanced share a run after the core needs. Shares 0.1-0.5: every dump set gained or held (+0.000 to +0.003); after the core 0.2-0.25 was the plateau (trafilatura-dev plain +0.007, w3m +0.008)',
  },
  coreSplitMaxGap: {
    value: 9, unit: 'blocks between the core and a run that joins it', range: [3, 10], step: 1,
    why: 'text: without a limit, comment sections far below came in. Swept 3-10 once closing sections ended the main run: 8-10 the plateau, 9 gained on all six corpus and stand-in pairs (trafilatura-dev plain +0.0007, local elinks and links +0.002)',
  },
  coreAboveCommentsMinShare: {
    value: 0.1, unit: 'share of the best run\'s weight', range: [0.02, 0.3], step: 0.04,
    why: 'text: when the best run lies below a comment section, prose above it worth this share is the article (a short post outweighed by a long comment). 0.02-0.3 scored alike: trafilatura-dev plain +0.001, w3m +0.002, local lynx +0.003, the rest held',
  },
  coreLeadMaxGap: {
    value: 8, unit: 'blocks walked back from the core', range: [4, 8], step: 1,
    why: "text: a standfirst sits above the article's furniture (dateline, byline, credit); gap 4-8 with the furniture test: trafilatura-dev plain and w3m +0.003, local sets +0.002 to +0.003, scrapinghub -0.001 (its truth leaves standfirsts out)",
  },
  coreLeadMinWords: {
    value: 14, unit: 'words', range: [10, 18], step: 4,
    why: 'text: a standfirst may end without a stop; one this long is no headline. At 14 every trafilatura-dev kind gained recall (plain +0.0007, w3m +0.0011); scrapinghub lost 0.0018 (its truth leaves standfirsts out)',
  },
  coreAfterClosingMinShare: {
    value: 0.5, unit: 'share of the core\'s main run', range: [0.4, 1], step: 0.1,
    why: 'text: below a closing section (related links, comments, an author box) a run needs this much to stay: teasers and long comments are prose of their own. 0.4-1.0 the plateau: trafilatura-dev plain +0.002, scrapinghub plain and w3m +0.002, the rest held',
  },
  sectionEndWords: {
    value: 30, unit: 'words in a paragraph', range: [20, 50], step: 5,
    why: 'rules: a section a boilerplate heading opened ends where prose this long resumes; a hit paragraph this long goes alone',
  },
  itemRepeats: {
    value: 3, unit: 'copies of one line on a page', range: [2, 10], step: 1,
    why: "a line a page prints this often belongs to each item of a list, where a menu comes back once or twice. Rules: such a boilerplate line ('Comment', 'Read more' under each teaser) labels items and goes alone; swept 3-6 on the dumps, 3 best (wcxb-dev plain +0.0014, w3m +0.0015; 4: +0.0010/+0.0011; scrapinghub w3m -0.0002, a 'Related articles' box an article repeats three times). Text grids and indexes (profile itemRepeats): such a short line is an item's attribute (a colour, a size), no menu; 2 cost wcxb-dev w3m product pages typed collection, 3 gave wcxb-dev plain and w3m +0.0004 (listing +0.004, +0.008), the article sets held",
  },
  itemRunMinCopies: {
    value: 5, unit: 'copies of one line on a page', range: [3, 20], step: 1,
    why: "text grids and indexes: a short line printed this often at an even step marks a list's items, and the region opens with the first item even above the page's first prose (a chart whose only prose is a note under it). Swept 3, 4, 5, 8 on wcxb-dev: 3-5 alike (plain collection .560 -> .573, w3m +0.0008 overall), 8 lost half of it; the article sets never read a region",
  },
  itemRunMaxStep: {
    value: 12, unit: 'blocks between copies', range: [4, 30], step: 2,
    why: "an item of a grid or an index is a few lines (a name, a price, a rating, a button); a line printed further apart is a section's, not an item's. Swept 6, 12, 20 on wcxb-dev: 6 lost 0.0005 (plain and w3m), 20 alike to 12 (w3m +0.0003)",
  },
  itemRunEvenShare: {
    value: 0.5, unit: 'share of the gaps between copies', range: [0.3, 1], step: 0.1,
    why: "items of one list print alike: at least this share of the gaps between a line's copies are the same number of blocks (an item without a rating has one line less). Swept 0.3, 0.5, 0.7 on wcxb-dev: within 0.0003 of each other; 0.5 the middle",
  },
  regionSectionMaxShare: {
    value: 0.5, unit: "share of the page's words", range: [0.1, 1], step: 0.1,
    why: "text read as a grid or an index: a boilerplate heading ('Popular', 'Categories') whose section would take more of the page labels the items, which have no prose to end a section; it goes alone. Swept 0.3/0.5/0.7 on wcxb-dev: plain +0.0011/+0.0011/+0.0010, w3m +0.0006/+0.0008/+0.0008 (collection +0.013 at 0.5, four sites gained); 0.5 the middle; the article sets held. The section's words and the page's are counted alike (whitespace words)",
  },
  itemTitleMinWords: {
    value: 4, unit: 'words in a line', range: [2, 12], step: 1,
    why: "text read as a region (grids, indexes, documentation, service and product pages; a thread keeps every long repeat already): the first copy of a repeated line this long is an item's or a section's title printed twice (a card's picture and its heading), not a menu entry. 3, 4 and 5 gave the same on wcxb-dev's grids and indexes read as such (--truth-types: listing plain .631 -> .645, w3m .599 -> .608; collection held); 4 is the middle",
  },
  restAfterWords: {
    value: 40, unit: 'words of prose above a hit', range: [0, 160], step: 20,
    why: "rules: a 'rest' row (a comment form or heading) reaches the end of the page only below this much prose (HTML: words in paragraphs; text: words in good blocks); above it, it acts as a section. In the text path only for rows that match a whole line (headings: a sidebar box's title can sit above the article): for all rows there (40-240 tried) a short article lost its spec list below its comment form, trafilatura-dev plain -0.0007; for headings alone trafilatura-dev w3m +0.001, wcxb-dev +0.0002, the rest held",
  },
  sectionEndMaxLinkDensity: {
    value: 0.2, unit: "share of a paragraph's text in links", range: [0.1, 0.5], step: 0.1,
    why: "rules: a paragraph of sectionEndSentenceWords ends a section only as prose outside links (jusText's maxLinkDensity); a teaser's text is mostly its link. Not swept",
  },
  linkBlockMinDensity: {
    value: 0.5, unit: "share of a block's text in links", range: [0.3, 0.9], step: 0.1,
    why: 'rules and HTML clean-up: a block mostly of link text is a link (a menu entry, "View comments"), never the heading of what follows, and a link row at the end of an article. Not swept',
  },
  sectionEndSentenceWords: {
    value: 15, unit: 'words in a paragraph of sentences outside links', range: [10, 20], step: 5,
    why: "rules: news styles of one sentence a paragraph lost the rest of the article to a widget's heading left among them. Swept 10-20 on the HTML sets: 15 and 20 gave scrapinghub +0.001 and held trafilatura-dev",
  },
  textStopwordScaleHigh: {
    value: 0.7, unit: "share of the page's median stopword density (balanced)", range: [0.65, 0.75], step: 0.05,
    why: "text: jusText's fixed stopword thresholds were tuned for its own long lists; ours differ in size (108 English words, 621 German), so the high threshold is this share of the density of the page's own long blocks, never above jusText's. Chosen with the low one (low 0.4-0.65, high 0.65-0.75) on the dev corpus",
  },
  textStopwordScaleLow: {
    value: 0.5, unit: "share of the page's median stopword density (balanced)", range: [0.4, 0.65], step: 0.05,
    why: 'text: a block half as dense as the page\'s median is near-good, so the context pass and the core decide it',
  },
  textLabelMaxChars: {
    value: 41, unit: 'characters', range: [20, 60], step: 10,
    why: 'text: a repeated short line ending in a colon ("Zutaten:", "Anne:") is a label, not a menu entry. Measured: local lynx, html2text, elinks, links (trafilatura-dev) +0.001, trafilatura-dev plain R +0.001, the rest held',
  },
  textGluedMinJoins: {
    value: 4, unit: 'lower-to-upper case joins inside words', range: [3, 5], step: 1,
    why: 'text: a row of links saved without markup runs its words together ("Über unsKontakt"); brand names ("iPhone") join once or twice a paragraph. Measured with textGluedMinShare (joins 3-5)',
  },
  textGluedMinShare: {
    value: 0.3, unit: "joins per word of the block", range: [0.15, 0.35], step: 0.05,
    why: 'text: at 0.3 trafilatura-dev plain +0.0014, w3m +0.0011, local elinks and links +0.0007, the rest held; at 0.25 and below prose full of product names went too (scrapinghub html2text -0.0006)',
  },
  dataTableMinRows: {
    value: 10, unit: 'lines in a run', range: [5, 15], step: 5,
    why: 'text: a run this long of number lines is a data table (results, standings, prices), near-good so the core can take it',
  },
  dataTableMinNumbers: {
    value: 3, unit: 'numbers in a line, making up half its words', range: [2, 5], step: 1,
    why: 'text: a dated list (an archive, "Sep 25, 2015 Title") has too few numbers a line to count as a table row',
  },
  dataQuantityMinRows: {
    value: 4, unit: 'lines starting with a quantity', range: [3, 6], step: 1,
    why: 'text: a run this long, half of it with a unit, is an ingredient list, near-good so the core can take it',
  },
  dataKeyValueMinRows: {
    value: 4, unit: '"label: value" lines in a run', range: [4, 6], step: 1,
    why: 'text: a fact box ("Öffnungszeiten: 10 bis 19 Uhr"). Measured with dataKeyValueMaxChars (4-6 rows, 60-120 characters, with and without a one-line gap): every dump set and stand-in gained (trafilatura-dev plain +0.0014, local html2text, lynx, elinks, links +0.0011, scrapinghub +0.0004)',
  },
  dataKeyValueMaxChars: {
    value: 80, unit: 'characters in a "label: value" line', range: [60, 120], step: 20,
    why: 'text: longer lines are teaser headlines ("Venedig: Experte warnt, …"); chosen with dataKeyValueMinRows',
  },
  dataKeyValueDistinctLabels: {
    value: 0.75, unit: 'share of distinct labels in the run', range: [0.5, 1], step: 0.25,
    why: 'text: a fact box\'s labels differ; a dump\'s repeated "Link: …" header lines are no table',
  },
  markdownLinkWeight: {
    value: 0.25, unit: "share of a markdown link's label counted as link text", range: [0, 1], step: 0.25,
    why: "text: a markdown dump marks every link, where other dumps show none, so its link density reads far above theirs: at full weight the items of an index and the links inside prose made whole blocks link-dense. Measured 1, 0.5, 0.25, 0 on the markdown stand-ins of every dev set: 0.25 was best on scrapinghub and trafilatura-dev and within 0.002 of the best on wcxb-dev (0 cost trafilatura-dev what 0.25 gained); a fully linked line still fails the strict link-density test",
  },
  fragmentedDumpShare: {
    value: 0.1, unit: 'share of adjacent non-blank line pairs that cut a sentence', range: [0.05, 0.3], step: 0.05,
    why: "text: an unwrapped dump with this many cut sentences (text/fragments.ts) has its parts joined. Dev dumps: plain and innerText have a median of 0.004-0.016 (90th percentile 0.05-0.11), BeautifulSoup's get_text 0.073 (90th 0.20-0.27). Measured 0.05 and 0.1 (and no gate): 0.05 gained most on get_text dumps (trafilatura-dev .889 -> .905) but moved one scrapinghub plain and one w3m page (w3m .918 -> .917); 0.1 left scrapinghub and trafilatura-dev plain and w3m unchanged, gave get_text .917 -> .918 / .889 -> .899 and wcxb-dev plain +0.0005",
  },
  fragmentedMarkedShare: {
    value: 0.03, unit: 'share of adjacent non-blank line pairs that cut a sentence', range: [0.02, 0.05], step: 0.01,
    why: "text: with fragmentPunctuationLines, the lower bar for a dump whose lines of punctuation alone mark a tool that writes a line per text node: get_text dumps of pages of menus and short items have few sentences to cut (dev median 0.07, below fragmentedDumpShare). Measured 0.02, 0.03 and 0.05 with 0.005, 0.05 with 0.003, and 0.01 lines with no share bar: 0.03 with 0.005 was best on get_text dumps of all three dev sets (+0.001 / +0.004 / +0.0015 per page), plain, w3m and innerText unchanged page for page but one",
  },
  fragmentPunctuationLines: {
    value: 0.005, unit: "share of a dump's non-blank lines that hold only closing punctuation", range: [0.003, 0.01], step: 0.001,
    why: "text: a line of '.' or ',' alone is the text node after a link or a bold word. Dev dumps: plain, innerText and markdown have none in 9 of 10 dumps (99th percentile 0.005-0.007), get_text's median is 0.0055. Swept with fragmentedMarkedShare",
  },
  nodeLinePunctuationShare: {
    value: 0.02, unit: "share of a dump's non-blank lines that hold only closing punctuation, flush left, right under a line", range: [0.01, 0.04], step: 0.01,
    why: "text: a dump with this many such lines (and nodeLineMinPunctuation) writes a line per text node (fragments.ts), so its long lines are code or long text nodes, never a wrap, whatever width they seem to share (code kept to 79 columns reads as wrapped at 76-79). Dev dumps with a width read off them: get_text 38 of 76 at 0.02 (29 at 0.04). Browsers' dumps indent their text, and a full stop that is a paragraph of its own has a blank line above it: counted any way, one w3m index and two pages of lynx and links dumps lost their wraps",
  },
  nodeLineMinPunctuation: {
    value: 10, unit: 'lines of closing punctuation alone in a dump, flush left, right under a line', range: [5, 20], step: 5,
    why: "text: with nodeLinePunctuationShare, how many such lines a dump must hold before they say it writes a line per text node: a wrapped dump of a short page shows one to three where a wrap falls right before a closing bracket; get_text dumps with a width read off them hold 10 to 490 (4 of 38 hold 2-5). Set by hand",
  },
  fragmentMinPairs: {
    value: 20, unit: 'adjacent non-blank line pairs in a dump', range: [10, 50], step: 10,
    why: 'text: a dump with fewer is too short to tell a tool that writes a line per text node (fragmentedDumpShare) from a menu of small-letter items. Set by hand: the dev dumps have hundreds of pairs',
  },
  imageAltMaxWords: {
    value: 60, unit: "words before an image's bracketed source", range: [10, 120], step: 10,
    why: "text: html-to-text writes an image as 'alt [source]'; the words before the source, since the last target, are its alt, unless there are more than this (a paragraph with a picture inside). Only html-to-text dumps have such images: sweep with --corpus on bench/tool-dumps.mjs' output and --kinds h2tnode. wcxb-dev: 10: 0.7931, 30: 0.7972, 60: 0.7977, no cap: 0.7980, no alt taken: 0.7877; at 60 scrapinghub 0.891 -> 0.898, trafilatura-dev 0.901 -> 0.902",
  },
  bracketLinkWords: {
    value: 1, unit: 'words before a bracketed link target', range: [1, 7], step: 1,
    why: "text: a converter that writes a link as 'text [target]' (Node's html-to-text) does not say where the link text starts. Measured 1, 2, 4 and 7 words (and none) on html-to-text dumps of the three dev sets (bench/tool-dumps.mjs' h2tnode): 1 was best on scrapinghub and trafilatura-dev (+0.004 each over 2; 7 cost trafilatura-dev 0.03), none lost 0.012 on scrapinghub: a word or two of a paragraph's links already marks a menu line as links, more marks prose",
  },
  usualWrapMin: {
    value: 60, unit: 'columns or characters', range: [50, 70], step: 5,
    why: "text: with usualWrapMax, the widths text tools wrap at by default (pandoc 72, lynx 74-78, Python's html2text 78, w3m, links and Debian's html2text 79-80). A dump with CJK text is read at a count of characters (lynx, links, both html2texts) rather than in columns (w3m, pandoc) when only that count gives such a width. Set by hand from the tools' defaults: on the 7 dev dumps per tool with CJK text the columns read 111-140 for the counting tools and the count 43-63 for w3m and pandoc",
  },
  usualWrapMax: {
    value: 80, unit: 'columns or characters', range: [80, 100], step: 5,
    why: "text: with usualWrapMin. No tool wraps past a terminal's 80 columns by default; at 100, one unwrapped plain dump's short CJK paragraphs fit a count of 90 characters by chance and were joined as wrapped"
  },
  unwrappedHeadlineMax: {
    value: 1.5, unit: "times the wrap width", range: [1.2, 2], step: 0.1,
    why: "text: a line no paragraph goes on below may run this far past a dump's wrap width and still be an unwrapped headline (pandoc); past it, the dump is not wrapped (innerText's paragraphs, one to a line). Set by hand: pandoc's headlines ran to 1.15x on the dev pages, innerText's paragraphs start at 2x; plain, w3m and the stand-ins unchanged page for page",
  },
  htmlMaxElements: {
    value: 25000, unit: 'elements after the prefilter', range: [10000, 100000], step: 5000,
    why: 'HTML: a page with more is read as its text (html/assemble.ts asText). The largest of the 3,000+ dev pages has 9,700 (median 610); 1 MB of sibling paragraphs has 90,000, and jsdom holds ~1.5 KB an element (10 MB of them ran out of a 2 GB heap)',
  },
  htmlMaxWrapperDepth: {
    value: 64, unit: 'levels of nested wrappers (div, span, section...)', range: [32, 128], step: 16,
    why: 'HTML: wrappers open no deeper, so content below a deep stack keeps its tags (html/depth.ts). Real pages nest wrappers up to ~50: 5 of the 2,197 corpus pages pass 48, 1 passes 64, 47 pass 32',
  },
  htmlMaxBareChain: {
    value: 8, unit: 'nested wrappers with no attribute, each the only child of the one before', range: [4, 32], step: 4,
    why: 'HTML: a longer chain collapses to one (html/wrapper-chains.ts); 2 of the 2,197 corpus pages have one, and their output is unchanged',
  },
  readabilityKeptTextChars: {
    value: 2000, unit: 'characters of an element\'s text', range: [0, 10000], step: 1000,
    why: 'HTML speed, not output: Readability\'s reads of an element\'s text and link density are kept until its subtree changes when the text is this long. Measured 0 (every text kept) and 2000: keeping every short text made ordinary pages slower than reading them again; at 2000 nested tables, whose outer containers hold the whole page, are read once per change',
  },
  leadMinChars: {
    value: 60, unit: 'characters of the meta description', range: [20, 200], step: 20,
    why: "HTML: a description shorter than this is a tagline or a site's motto, not an article's standfirst (html/standfirst.ts); set by hand",
  },
  leadMaxChars: {
    value: 500, unit: 'characters of the meta description', range: [200, 2000], step: 100,
    why: 'HTML: a standfirst is a sentence or three; a longer description is the article itself or an SEO text. 500 scored as no limit on the article sets',
  },
  leadMaxDistance: {
    value: 1500, unit: "characters of the body's text", range: [500, 5000], step: 500,
    why: "HTML: the standfirst is shown at most this far above the article's first paragraph; further up it is a teaser elsewhere on the page. The standfirst: trafilatura-dev's truth counts it (HTML +0.006), scrapinghub's leaves it out (-0.003)",
  },
  leadPrefixChars: {
    value: 40, unit: 'characters', range: [20, 80], step: 10,
    why: "HTML: how much of a paragraph's start identifies it when the standfirst is looked for in the article and the article's first paragraph in the page; set by hand",
  },
  formatTagDensity: {
    value: 2, unit: 'tags per 1,000 characters of the first 20,000', range: [1, 10], step: 1,
    why: 'input format: markup that does not open with a document tag is still HTML at this density (a page has 20-50); set by hand, with formatTagLineShare',
  },
  formatTagLineShare: {
    value: 0.3, unit: 'share of non-blank lines holding a tag', range: [0.1, 0.6], step: 0.1,
    why: 'input format: HTML, pretty-printed or not, has tags on most lines; a text dump of a page about HTML quotes them on a few (8-20% on the dev dumps that read as HTML without it)',
  },
  formatMarkdownLinks: {
    value: 5, unit: 'markdown links in the first 20,000 characters', range: [3, 20], step: 1,
    why: "input format: tagged input that is no whole document is markdown with raw HTML from this many links on. Dev corpus: of 2,197 pages' HTML, 2,195 hold none and 2 hold one or two; of 910 pandoc GitHub-markdown dumps, 785 hold ten or more. Set by hand",
  },
} satisfies Record<string, Param>;

export type ParamName = keyof typeof PARAMS_TABLE;
export const PARAMS: Readonly<Record<ParamName, Param>> = PARAMS_TABLE;

const overrides = new Map<ParamName, number>();

export function param(name: ParamName): number {
  // Read in the inner loops of every stage: no map lookup unless a sweep set values.
  return overrides.size === 0 ? PARAMS[name].value : overrides.get(name) ?? PARAMS[name].value;
}

/** For bench/sweep.mjs only: run with other values. */
export function overrideParams(values: Partial<Record<ParamName, number>>): void {
  overrides.clear();
  for (const [k, v] of Object.entries(values)) if (k in PARAMS && typeof v === 'number') overrides.set(k as ParamName, v);
}
