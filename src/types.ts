/** Shared types of the pipeline: options in, Result out, and the Block/Rule vocabulary in between. */

export type InputFormat = 'html' | 'text';
/** One knob: which error the user would rather avoid. */
export type Favor = 'precision' | 'balanced' | 'recall';
export type OutputFormat = 'markdown' | 'text' | 'json';
/** The kinds of page extract tells apart (WCXB's seven): each has a profile (page-type/profiles.ts). */
export const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Options {
  /** Force the input format instead of detecting it from the content. */
  inputFormat?: InputFormat;
  /** Force a character encoding (WHATWG label) instead of sniffing. */
  encoding?: string;
  /** Base URL for relative links and metadata (HTML path). */
  url?: string;
  /** precision: drop doubtful blocks; recall: keep them. Default balanced. */
  favor?: Favor;
  /** Charset named by the transport (HTTP Content-Type): weaker than a BOM, stronger than <meta>. */
  transportEncoding?: string;
  /** Fewer words than this in the body means "no article" (default 5). */
  minWords?: number;
  /** HTML only: the article is exactly what matches this CSS selector (Readability and rules skipped). */
  keepSelector?: string;
  /** HTML only: elements matching this CSS selector are removed before anything else reads the page. */
  dropSelector?: string;
  /** Extra rule rows, used alongside the built-in table. */
  rules?: readonly Rule[];
  /** Keep links (default true); false renders their text only. */
  links?: boolean;
  /** Keep images (default true). */
  images?: boolean;
  /** Keep tables (default true). */
  tables?: boolean;
  /** Extract the page as this type instead of detecting it. */
  pageType?: PageType;
}

export type BlockType = 'paragraph' | 'heading' | 'list-item' | 'code' | 'quote' | 'table';

/** One unit of content both paths reason about: a paragraph, heading, list item, ... */
export interface Block {
  text: string;
  type: BlockType;
  /** Heading level 1-6; text dumps only know "heading-like" and use 2. */
  level?: number;
  /** Share of the text that sits in links (HTML) or 1 for a line that looks like a link/menu item (text). */
  linkDensity: number;
}

export const RULE_KINDS = ['job-ads', 'newsletter', 'comments', 'post-comments', 'post-quotes', 'share', 'related', 'navigation', 'cookie', 'legal', 'search', 'ads', 'paywall', 'author', 'meta', 'reviews', 'prices'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * How far a hit reaches: the block; its section (until the next heading, or prose); a box (its
 * section, which always holds the block right under the heading, prose or not: an author box's
 * biography); or the rest of the page.
 */
export type RuleScope = 'block' | 'section' | 'contents' | 'box' | 'rest';

/** Exactly one matcher per row; the rule test enforces it and runs the examples against it. */
export interface RuleMatch {
  /** Tested (unanchored) against the text of blocks up to maxWords (default 40). */
  text?: RegExp;
  /** Tested against the whole text of short lines up to maxWords (default 8): headings, labels, link rows. */
  line?: RegExp;
  /** HTML only: tested against an element's id and class attribute. */
  attr?: RegExp;
  /** HTML only: a CSS selector. Examples are HTML snippets whose first element must (not) match. */
  selector?: string;
  /** text/line rows: blocks longer than this never hit. */
  maxWords?: number;
}

export interface Rule {
  id: string;
  kind: RuleKind;
  /** ISO 639-1 codes, or '*' for rows that are not language-specific. */
  lang: readonly string[];
  match: RuleMatch;
  scope: RuleScope;
  examples: { hit: readonly string[]; miss: readonly string[] };
  note: string;
  /**
   * Furniture that sits between an article's paragraphs (a photo credit, a caption): a hit in a
   * text dump says the article goes on around it, not that it has ended. Not an ad label: what
   * follows one is the ad.
   */
  inline?: true;
}

/** Why a block left the output: a rule id, or a classifier feature. */
export interface Removal {
  rule: string;
  kind: RuleKind | 'classifier' | 'readability' | 'user';
  preview: string;
}

export interface Metadata {
  title: string | null;
  /** Author(s), as the page names them. */
  byline: string | null;
  /** Publication date: ISO 8601 when the page gives one that parses, else as written. */
  published: string | null;
  lang: string | null;
  siteName: string | null;
  /** Canonical URL (or the one given with --url / fetched). */
  url: string | null;
  /** The page's own description (JSON-LD, OpenGraph, Twitter, <meta>). */
  description: string | null;
  /** Lead image URL. */
  image: string | null;
  /** The description, else the article's first paragraph, cut at 200 characters. */
  excerpt: string | null;
}

export interface Article extends Metadata {
  format: InputFormat;
  /** What kind of page it is, detected (or forced with --type): it decided how the content was found. */
  type: PageType;
  /** Body as markdown, without the title line. */
  markdown: string;
  /** Body as plain text, without the title line. */
  text: string;
  wordCount: number;
  removed: Removal[];
  warnings: string[];
  /** How the article was found, where that is not the usual way; --explain shows them. */
  notes: string[];
}

/** no-article: nothing reads as an article; bad-input: not a page we can read; internal: a bug of ours. */
/** scripted: the HTML holds (almost) no text and loads scripts, which draw the page's text. */
export type FailureCode = 'no-article' | 'scripted' | 'bad-input' | 'internal';

export type Result =
  | { ok: true; article: Article }
  | { ok: false; code: FailureCode; reason: string; removed: Removal[]; cause?: unknown };
