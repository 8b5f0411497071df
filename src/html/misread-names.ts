import { descendants } from './walk.js';

/**
 * Names Readability weighs wrongly, taken off before it runs: class tokens and ids it reads as a
 * sidebar's, a footer's or hidden (a -25 that makes _cleanConditionally drop the article's own
 * sections) where the page meant something else.
 */

/**
 * Class names Readability reads as a strong negative (-25) that say nothing against the content:
 * "hidden" of something else (Drupal's field--label-hidden on every field, hidden at one screen
 * size or in print, clipped overflow) and the CSS "media object" (an image beside a text body).
 * They cost whole Drupal and TYPO3 articles to _cleanConditionally, so they go first.
 */
const MISREAD_TOKEN = /^(?:[\w-]*label-hidden|hidden-(?:xs|sm|md|lg|xl|print)(?:-(?:up|down))?|(?:xs|sm|md|lg|xl|2xl):hidden|overflow(?:-[xy])?-hidden|lazy-hidden|[\w-]*media(?:__|-)(?:body|content|text)[\w-]*|o-media(?:--[\w-]+)?)$/i;

/**
 * Page builders call every module a widget, the page's own text included, and Readability reads any
 * "widget" as a sidebar's (-25), cleaning the article's sections away. A widget whose class names
 * what it holds as text (a text editor, the post's content, a heading) is content, and so are the
 * builder's wrappers around it and inside it; a sidebar's widget (widget_recent_entries) keeps its weight.
 */
const TEXT_WIDGET = /^(?![\w-]*(?:sidebar|footer|aside))(?!widget[-_]+content$)[\w-]*widget(?:[-_]+[a-z]+)*[-_]+(?:text-editor|post-content|blog_content|rich_text|content|heading)$/i;
const WIDGET = /widget/i;

function textWidgetLine(doc: Document): Set<Element> {
  const line = new Set<Element>();
  for (const el of descendants(doc)) {
    const cls = el.getAttribute('class');
    if (!cls || !WIDGET.test(cls) || line.has(el) || !cls.split(/\s+/).some((t) => TEXT_WIDGET.test(t))) continue;
    for (let a: Element | null = el; a && !line.has(a); a = a.parentElement) line.add(a);
    for (const d of descendants(el)) line.add(d);
  }
  return line;
}

/**
 * Headings whose id is their own text made a slug (WordPress's h-what-is-social-shopping, most
 * tables of contents): Readability weighs the id as it does a class, and drops a heading whose
 * words happen to be "shopping", "share", "contact" or "related" as a sidebar's.
 * A one-word id is more often a name the template chose (id="related") than a slug.
 */
const HEADING = /^h[1-6]$/;
const slugWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function isOwnSlug(id: string, text: string): boolean {
  const words = new Set(slugWords(text));
  const idWords = slugWords(id).filter((w) => !/^(?:h|toc|\d+)$/.test(w));
  return idWords.length >= 2 && idWords.every((w) => words.has(w));
}

export function dropMisleadingNames(doc: Document): void {
  const textWidgets = textWidgetLine(doc);
  for (const el of descendants(doc)) {
    const id = el.getAttribute('id');
    if (id && HEADING.test(el.localName) && isOwnSlug(id, el.textContent ?? '')) el.removeAttribute('id');
    const cls = el.getAttribute('class');
    if (!cls || !/hidden|media|widget/i.test(cls)) continue;
    const content = textWidgets.has(el);
    el.setAttribute('class', cls.split(/\s+/).filter((t) => !MISREAD_TOKEN.test(t) && !(content && WIDGET.test(t))).join(' '));
  }
}
