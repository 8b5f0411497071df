import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

const POLICY = concepts({
  moderated: ['\\bcomments? (?:are|will be|is) (?:moderated|reviewed|closed)\\b', '\\bkommentare?\\b.{0,30}\\b(?:moderiert|freigeschaltet|geprüft)\\b', '\\bmoderiert\\b.{0,30}\\bkommentare?\\b',
    '\\b(?:comentários|comentarios|commentaires|commenti)\\b.{0,100}\\b(?:moderad|aprovad|aprobad|modéré|moderat|publicad|publiés)\\w*\\b'],
  may_delete: ['\\bwe reserve the right to (?:delete|remove|edit)\\b', '\\b(?:has|have|reserves?) the right to (?:delete|remove|edit|moderate) (?:any )?comments?\\b', '\\b(?:kommentare?|beiträge)\\b.{0,20}\\b(?:zu )?(?:löschen|entfernen|sperren)\\b'],
  house_rules: ['\\bcomment(?:ing)? policy\\b', '\\bcommunity (?:guidelines|standards)\\b', '\\bnetiquette\\b', '\\bkeep (?:it|comments|the discussion) (?:civil|respectful|on topic)\\b'],
  comment_feature: ['\\bkommentarfunktion\\b', '\\bkommentarbereich\\b'],
});

const FORM = concepts({
  write_comment: ['\\b(?:kommentar|meinung)\\b.{0,60}\\b(?:schreiben|abgeben|hinterlassen|verfassen)\\b', '\\bkommentar (?:zum|zu diesem|zu dem) (?:artikel|beitrag|thema)\\b', '\\bschreibe?n? (?:sie )?einen kommentar\\b',
    '\\bum (?:selbst )?(?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abzugeben)', '\\bleave a (?:reply|comment)\\b', '\\bcomment on this (?:article|post|story)\\b'],
  email_private: ['\\b(?:deine|ihre) e-?mail-adresse wird nicht veröffentlicht\\b', '\\bwird (?:benötigt und )?nicht veröffentlicht\\b', '\\byour email address will not be published\\b', '\\berforderliche felder sind\\b', '\\brequired fields are marked\\b'],
  form_data: ['\\bmeinen namen, meine e-?mail-adresse\\b', '\\bsave my name, email\\b', '\\bmit der nutzung dieses formulars\\b', '\\bnotify me of (?:new|follow-up) (?:comments|posts)\\b', '\\bbenachrichtige mich über (?:neue|nachfolgende) (?:kommentare|beiträge)\\b'],
  log_in_to_comment: ['\\byou must be logged in to (?:post a )?comment\\b', '\\b(?:log|sign) in to (?:leave a )?comment\\b'],
});

const HEADING = concepts({
  comments: ['kommentare?', 'comments?', 'responses?', 'replies', 'komentarze', '(?:leser|top-)kommentare', 'reader comments', 'komentarze czytelników', '(?:top(?:[- ]rated)?|most (?:popular|liked|recent)|featured|all|newest|oldest) comments',
    'alle kommentare(?: anzeigen)?', 'kommentare (?:anzeigen|lesen|laden)', '(?:show|view|load|read) (?:all |more )?(?:\\d+ )?comments'],
  write_one: ['kommentar (?:schreiben|verfassen|abgeben)', 'schreibe?n? (?:sie )?einen kommentar', 'post a comment', 'add (?:a|your) comment', 'skomentuj', '(?:dodaj|napisz) komentarz'],
  join_discussion: ['join the (?:discussion|conversation)', 'discussion about this (?:post|article|story|episode)', 'diskutieren sie mit', 'dołącz do dyskusji', 'what do you think', 'tell us what you think', 'ihre meinung ist gefragt'],
});

const FEEDBACK = concepts({
  feedback_prompt: ['\\bteilen sie uns ihre (?:meinung|erfahrungen?|anregungen)\\b', '\\bihre meinung zu (?:diesem|dem) (?:thema|artikel|beitrag)\\b', '\\bkommentieren sie hier\\b',
    "\\bwe(?:'d| would)? (?:want|like|love) to hear (?:from you|what you think|your thoughts)\\b", '\\b(?:tell|let) us (?:know )?what you think\\b',
    '\\b(?:anmerkungen|hinweise|feedback) zu (?:diesem|unserem) (?:artikel|beitrag|text)\\b', '\\bsend us your (?:feedback|thoughts)\\b'],
});

export const comments: Rule[] = [
  {
    id: 'comments/any/policy', kind: 'comments', lang: ['de', 'en', 'es', 'fr', 'it', 'pt'],
    match: { text: new RegExp(POLICY, 'i'), maxWords: 60 },
    scope: 'block',
    examples: {
      hit: ['Es werden alle Kommentare moderiert!', 'Wir behalten uns vor, jeden Kommentar zu löschen, der beleidigt.', 'Bitte beachten Sie unsere Netiquette.', 'Die Kommentarfunktion wurde für diesen Artikel deaktiviert.',
        'The administration has the right to delete comments that break these rules.', 'All comments are moderated before publishing.', 'Please read our comment policy', 'Keep it civil and on topic.',
        'Atenção: comentários ofensivos não serão aprovados pelo moderador.', 'Los comentarios son moderados antes de ser publicados.', 'Les commentaires sont modérés.'],
      miss: ['Der Minister wollte die Vorwürfe nicht kommentieren.', 'The senator declined to comment on the vote.', 'Os comentários do ministro foram criticados.'],
    },
    note: 'comment moderation policies',
  },
  {
    id: 'comments/any/form', kind: 'comments', lang: ['de', 'en'],
    match: { text: new RegExp(FORM, 'i'), maxWords: 45 },
    scope: 'rest',
    examples: {
      hit: ['Hast du einen Kommentar zum Artikel für unsere Leser?', 'Ihre Adresse (wird benötigt und nicht veröffentlicht)', 'Schreibe einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht.', 'Melden Sie sich an, um einen Kommentar zu schreiben.',
        'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern.', 'Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung deiner Daten einverstanden.',
        'Your email address will not be published. Required fields are marked *', 'Leave a Reply', 'Comment on this post and tell us why', 'You must be logged in to post a comment.', 'Notify me of follow-up comments by email.'],
      miss: ['Sie hat ihre Meinung geändert, sagte ihr Sprecher.', 'She left a comment in the margin of the report.'],
    },
    note: 'comment forms start the comment section, which runs to the end of the article',
  },
  {
    id: 'comments/any/heading', kind: 'comments', lang: ['de', 'en', 'pl'],
    match: { line: new RegExp(`^(?:${HEADING})(?:\\s*\\(\\d+\\))?[?!.:»]*$`, 'iu') },
    scope: 'rest',
    examples: {
      hit: ['Kommentare', 'Kommentare (3)', 'Diskutieren Sie mit!', 'Alle Kommentare anzeigen', 'Top-Kommentare', 'Comments', 'Join the discussion', 'Discussion about this episode', 'WHAT DO YOU THINK', 'Tell us what you think!', 'Top Rated Comments', 'View all 12 comments', 'dołącz do dyskusji', 'Dodaj komentarz', 'Komentarze (12)'],
      miss: ['Kommentare zur Lage', 'Kommentar: Die Wahl ist entschieden', 'Comments from the minister', 'Responses to the crisis', 'All comments are welcome here', 'Komentarze polityków po wyborach'],
    },
    note: 'comment section headings',
  },
  {
    id: 'comments/any/count-heading', kind: 'comments', lang: ['de', 'en'],
    match: { text: /^(?:\d+|one|no|ein|eine|keine)\s+(?:responses?|comments?|thoughts?|replies|reactions?|kommentare?|gedanken|antworten?|reaktionen)\s+(?:to|on|zu|auf)\s+["“‘'«„‚»]/i, maxWords: 40 },
    scope: 'rest',
    examples: {
      hit: ['12 responses to “Why the bridge must go”', '4 thoughts on “Pruning roses in spring”', 'One thought on “A week without a phone”', '7 Gedanken zu „Warum die Brücke fallen muss“', 'Ein Kommentar zu „Eine Woche ohne Handy“'],
      miss: ['5 thoughts on leadership every manager should read', '3 responses to the pandemic that worked', 'Zwei Gedanken zu diesem Thema hat der Minister noch.', '5 Antworten auf die Frage, warum wir wählen'],
    },
    note: 'the comment count WordPress themes put over a post\'s comments: "10 thoughts on “Title”" (always quoted: a listicle heading is not)',
  },
  {
    id: 'comments/any/count', kind: 'comments', lang: ['de', 'en'],
    match: { line: /^(?:[\d./-]+\s*[/|]\s*)?\[?\s*(?:\d+|keine|no)\s+(?:comments?|kommentare?|responses?|replies|antworten)\s*\]?$|^(?:comments?|kommentare?)\s*:\s*\d+$/i },
    scope: 'block',
    examples: { hit: ['12 Kommentare', '23 Comments', '[ 58 comments ]', 'Keine Kommentare', 'Kommentare: 1', '03.05.21 / 4 Kommentare', 'No comments'], miss: ['12 Kommentare zur Wahl', 'Keine Kommentare zur Wahl'] },
    note: 'comment counts: a link in the article header as often as the head of the comments, so only the line goes',
  },
  {
    id: 'comments/any/form-field', kind: 'comments', lang: ['*'],
    match: { line: /^(?:name|e-?mail(?:-adresse)?|website|webseite|homepage|nome|nom|nombre|kommentar|comment|commentaire|comentario|comentário|correo electrónico|sito web|site web|url)\s*(?:\*|\((?:required|erforderlich|pflichtfeld|obligatoire|obligatorio|obrigatório)\))$/i },
    scope: 'block',
    examples: { hit: ['Name *', 'E-Mail *', 'Email (required)', 'Nome *', 'Kommentar *'], miss: ['Name', 'E-Mail an die Redaktion'] },
    note: 'labels of a comment form\'s fields (the star marks a required field)',
  },
  {
    id: 'comments/any/feedback', kind: 'comments', lang: ['de', 'en'],
    match: { text: new RegExp(FEEDBACK, 'i'), maxWords: 45 },
    scope: 'block',
    examples: { hit: ['Ihre Meinung zu diesem Thema?', 'Bitte teilen Sie uns Ihre Erfahrungen mit.', 'We want to hear what you think about this article.', 'Tell us what you think in the form below.'], miss: ['Die Ministerin will die Meinung der Experten hören.', 'We want to hear from the minister, the opposition said.'] },
    note: 'feedback prompts under articles',
  },
  {
    id: 'comments/any/attr', kind: 'comments', lang: ['*'],
    match: { attr: /^(?:comments?|comment-?(?:list|form|area|section|respond|wrap(?:per)?|s-area|s-section|s-wrap(?:per)?|s-container)|commentlist|disqus_thread|respond|reply-title|kommentare)$/i },
    scope: 'block',
    examples: { hit: ['comments', 'comments-area', 'disqus_thread', 'respond'], miss: ['no-comments', 'comment-count'] },
    note: 'comment sections by class or id',
  },
];

/**
 * Comments under each post of a Q&A thread: short remarks in small type, signed and dated, under
 * the question and every answer. The thread is its posts; these go as a comment section does
 * under an article (which the comments rows already take, so the article profile turns this off).
 */
export const postComments: Rule[] = [
  {
    id: 'post-comments/any/attr', kind: 'post-comments', lang: ['*'],
    match: { attr: /^js-comments-container$/i },
    scope: 'block',
    examples: { hit: ['js-comments-container'], miss: ['comments-link', 'comments-list', 'js-post-comments-component'] },
    note: "the comments under a Q&A thread's question and answers",
  },
];

/**
 * A reply's quote of another post, as forum software marks it: the quoted words are that post's,
 * printed again (or a post of an earlier page); the thread is what each poster wrote. On for
 * threads only: elsewhere a box marked "quote" is a testimonial or a cited source.
 */
export const postQuotes: Rule[] = [
  {
    id: 'post-quotes/any/attr', kind: 'post-quotes', lang: ['*'],
    match: { attr: /^(?:quote|ipsquote|bbcodeblock--quote|bbcode_?quote|quotebox|quotecontent)$/i },
    scope: 'block',
    examples: { hit: ['quote', 'ipsQuote', 'bbCodeBlock--quote', 'bbcode_quote', 'quotebox', 'quoteContent'], miss: ['wp-block-quote', 'pullquote', 'quote-controls', 'js-selectToQuote', 'blockquote'] },
    note: "a quoted post in a reply (Discourse, XenForo, Invision, vBulletin, phpBB and FluxBB mark it so)",
  },
  {
    id: 'post-quotes/any/cited', kind: 'post-quotes', lang: ['*'],
    match: { selector: 'blockquote:has(> div:first-child > cite:first-child), blockquote:has(> cite:first-child)' },
    scope: 'block',
    examples: { hit: ['<blockquote><div><cite>Ann wrote:</cite>Words of an earlier post</div></blockquote>'], miss: ['<blockquote><p>A quotation from a book</p></blockquote>'] },
    note: 'a quoted post led by whom it quotes ("Ann wrote:", as phpBB and others print it)',
  },
];
