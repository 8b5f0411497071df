import type { Rule } from '../../types.js';

/** Author boxes: the biography and "about the author" blocks placed under an article. */

export const author: Rule[] = [
  {
    id: 'author/any/heading', kind: 'author', lang: ['de', 'en'],
    match: { line: /^(?:(?<about_author>über (?:den|die) (?:autor|autorin|autor\*in|verfasser|verfasserin)|zu(?:m|r| den) (?:autor|autorin|autoren|autorinnen)|über (?:die )?(?:autoren|autorinnen)|zur person|der autor|die autorin|autor(?:en)?info(?:rmationen)?|wer schreibt hier\??|about the (?:authors?|writer)|author bio(?:graphy)?|meet the author)|(?<about_me>über mich|about me)|(?<contact_person>(?:(?:ihre?|dein|unser)e? )?ansprechpartner(?:in|innen)?|pressekontakt|(?:press|media) contact))(?:\s*[-–:|/]\s*[^.!?]{2,40})?$/i },
    scope: 'box',
    examples: { hit: ['Über den Autor', 'About the author', 'Zur Person', 'Über mich', 'About the Author - Jane Doe', 'Über die Autorin / Anna Muster', 'Ansprechpartner', 'Ihre Ansprechpartnerin', 'Pressekontakt', 'Media contact', 'Zu den AutorInnen:', 'Zum Autor'], miss: ['Über den Autor des Buches wird viel gestritten', 'About the authority', 'Ansprechpartner in der Verwaltung fehlen oft.'] },
    note: 'headings of author boxes',
  },
  {
    id: 'author/any/name-heading', kind: 'author', lang: ['de', 'en', 'es', 'fr', 'pt'],
    match: { line: /^(?<about_name>Über|About|Sobre|À propos de) \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u },
    scope: 'box',
    examples: { hit: ['Über Anna Muster', 'About Jane Doe', 'Sobre Ana Exemplo'], miss: ['About Us', 'Über uns', 'About face masks', 'About New York City Hall'] },
    note: 'an author box headed by the author\'s name ("Über Anna Muster")',
  },
  {
    id: 'author/any/label', kind: 'author', lang: ['de', 'en'],
    match: { line: /^(?:(?<by>von|by|autor(?:in)?|author|autoren|authors|verfasst von|written by|geschrieben von)|(?<author_links>view (?:author|the author's) (?:archive|profile)|(?:e-?mail|contact) the author|more (?:articles|stories|posts) (?:by|from) (?:this|the) author|(?:zeige )?alle (?:artikel|beiträge) (?:von|des autors|der autorin)(?: .{2,40})?|view all (?:posts|articles|stories) by .{2,40}))$/i },
    scope: 'block',
    examples: { hit: ['Zeige alle Beiträge von Anna Muster', 'View all posts by Jane Doe', 'Von:', 'Autoren:', 'Written by', 'View author archive', 'email the author'], miss: ['Von Berlin nach Rom', 'By the way'] },
    note: 'author labels and author-box links left alone on a line',
  },
  {
    id: 'author/en/bio', kind: 'author', lang: ['en'],
    match: { text: /(?<bio>^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}?(?:[Ww]riter|[Rr]eporter|[Jj]ournalist|[Ee]ditor|[Cc]orrespondent|[Cc]ontributor|[Cc]olumnist|[Bb]logger|[Pp]roducer) (?:at|for|with|based in|covering|who covers)\b|(?:is|was) the (?:[\p{L}-]+ ){0,2}?[Ee]ditor(?:-in-[Cc]hief)? of\b|joined (?:[\p{L}\d&.'’-]+ ){1,4}in (?:\p{Lu}\p{L}+ )?(?:19|20)\d\d\b.{0,40}\b(?:has been|covers|writes|reports)\b|(?:writes|reports) (?:about|on) [\p{L}, ]{3,60} for\b))/u, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Jane Doe is a staff writer at The Atlantic covering science.', 'John Smith is a freelance journalist based in Berlin.', 'Jane Doe is the Managing Editor of Example News.', 'Ana joined the paper in May 2018. She has been covering energy since 2010.', 'Sam Roe writes about trains and cities for the Herald.'], miss: ['Smith joined the board in 2015 and left two years later.', 'Jane Doe is an American writer of crime novels.', 'The writer at the centre of the row declined to comment.'] },
    note: 'author biographies under articles',
  },
  {
    id: 'author/de/bio', kind: 'author', lang: ['de'],
    match: { text: /(?<bio>^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:(?:ist|arbeitet als|schreibt als) (?:[\p{L}-]+ ){0,3}?(?:Redakteur|Journalist|Autor|Korrespondent|Kolumnist|Blogger|Volontär)(?:in)? (?:bei|für|im|in|und|seit)\b|(?:leitet|verantwortet) (?:das|die|den) (?:\p{L}+-)?(?:[Rr]essort|[Rr]edaktion|[Bb]üro|[Tt]eam)\b|ist (?:\p{L}+-)?(?:[Ee]xperte|[Ee]xpertin) (?:für|mit)\b)|^(?:[Ss]chreibt|[Aa]rbeitet) seit (?:19|20)\d\d (?:für|als|bei)\b|^(?:[Dd]ie [Aa]utorin|[Dd]er [Aa]utor|[Dd]ie [Aa]utor(?:inn)?en|[Dd]ie [Aa]utor\*innen) (?:ist|sind|arbeitet|arbeiten|lebt|leben|schreibt|schreiben|war|lehrt)\b|\b[Zz]u (?:seinen|ihren) (?:[Tt]ätigkeitsfeldern|[Ss]chwerpunkten|[Ff]achgebieten) (?:zählen|gehören)\b)/u, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Anna Schmidt ist freie Journalistin in Hamburg und schreibt über Klima.', 'Max Muster arbeitet als Redakteur bei der Zeitung.', 'Eva Beispiel leitet das Ressort Wirtschaft.', 'Schreibt seit 2012 für das Stadtblatt.', 'Zu ihren Schwerpunkten zählen Energie und Verkehr.', 'Tom Muster ist IT-Experte mit langer Erfahrung.', 'Die Autorin ist Journalistin und lebt in Wien.'], miss: ['Die Ministerin leitet das Treffen am Montag.', 'Die Polizei sucht den Autor des Briefes.', 'Goethe ist Autor des Faust.'] },
    note: 'author biographies under articles',
  },
  {
    id: 'author/any/signature-attr', kind: 'author', lang: ['*'],
    match: { attr: /^(?:(?:message|post|forum|user)[-_]?)?signature$/i },
    scope: 'block',
    examples: { hit: ['signature', 'message-signature', 'post_signature', 'forum-signature'], miss: ['signature-collapsed', 'signature-dishes', 'e-signature-app'] },
    note: "a forum poster's signature under each post (phpBB, vBulletin, XenForo and others mark it so): the same lines on every post, never part of the thread",
  },
  {
    id: 'author/any/poster-details-attr', kind: 'author', lang: ['*'],
    match: { attr: /^(?:usertitle|userbanner|message-userextras|profile-(?:posts|joined|custom-field)|cauthorpane_info)$/i },
    scope: 'block',
    examples: { hit: ['userTitle', 'message-userExtras', 'userBanner', 'profile-joined', 'cAuthorPane_info'], miss: ['message-user', 'username', 'profile', 'user-title-bar'] },
    note: "a forum poster's rank, banner and counters beside each post (XenForo, vBulletin, phpBB and Invision mark them so; XenForo's message-userTitle and message-userBanner always come with these): the poster's name stays, these are the same box on every post, never part of the thread",
  },
];
