import type { PageType, RuleKind } from '../types.js';

/**
 * How each kind of page is extracted, as data: the type stage picks a row, the paths read it.
 * A new kind of page is a new row here (and its conditions in conditions.ts), not a new branch.
 */
export interface Profile {
  type: PageType;
  /**
   * HTML: where the content is looked for. 'readability': the one container Readability scores
   * best (a run of paragraphs); 'region': the page's main region with all its sections and
   * repeated items (threads, grids, multi-section pages lose all but one part to Readability).
   */
  htmlRegion: 'readability' | 'region';
  /**
   * Text dumps: 'core': the best run of prose (text/core.ts); 'region': every block between the
   * page's header and footer that no rule or menu test removes.
   */
  textRegion: 'core' | 'region';
  /**
   * HTML regions: whether short blocks that are mostly links go (link rows: "see also", tags,
   * pagination). On a grid or an index the items themselves are such links.
   */
  linkRows: 'drop' | 'keep';
  /**
   * HTML regions: a group of alike cards, each a short text with a price and a link. On a
   * product page they are other products (variations, recommendations); on a grid, the items.
   */
  pricedCards: 'drop' | 'keep';
  /**
   * Text dumps: a long block the page prints again beside other such blocks. Elsewhere a teaser
   * list printed twice (every copy goes); in a thread, a post and its quote in a reply.
   */
  longRepeats: 'drop' | 'keep';
  /**
   * Text dumps: a line the page prints itemRepeats times or more. Elsewhere a menu printed again
   * (it goes); on a grid or an index, what each item shows (a colour, "Free shipping").
   */
  itemRepeats: 'drop' | 'keep';
  /**
   * Regions (HTML, and dumps' heading lines): whether a 'rest' row (a review or comment heading)
   * takes everything after it, as under Readability's article, or only its section. A product's details come before its
   * reviews, questions and recommendations; elsewhere a region's later sections may follow a
   * heading that reads like one ("Response" in an API reference).
   */
  regionRest: 'rest' | 'section';
  /**
   * HTML regions: which blocks whose text the region already shows are written once. 'long': a
   * long one (regionRepeatMinWords: a post quoted in a reply, a grid's mobile copy); a short one
   * may be the author's own (a step shown again in a tutorial, a quote in a thread). 'all': short
   * ones too (regionCopyMinWords): on a page of parts they are a carousel's clones, copies for
   * another screen size, the badge every card repeats; the text path writes a dump's repeats once.
   */
  copies: 'all' | 'long';
  /** Text dumps: the page's items may follow its last prose (a grid after its intro), so the region runs on to them. */
  itemsAfterProse: boolean;
  /**
   * Rule kinds that do not apply: a thread's posts are what the comment rows remove elsewhere;
   * customer reviews and a buy box's prices are boilerplate only under a product (a review
   * article is its content, a grid's prices are its items'); a quoted post is a copy only in a
   * thread (elsewhere a box marked "quote" is a testimonial or a cited source).
   */
  rulesOff: readonly RuleKind[];
}

export const PROFILES: Readonly<Record<PageType, Profile>> = {
  article: { type: 'article', copies: 'long', itemRepeats: 'drop', regionRest: 'section', longRepeats: 'drop', pricedCards: 'keep', linkRows: 'drop', itemsAfterProse: false, htmlRegion: 'readability', textRegion: 'core', rulesOff: ['reviews', 'prices', 'post-comments', 'post-quotes'] },
  forum: { type: 'forum', copies: 'long', itemRepeats: 'drop', regionRest: 'section', longRepeats: 'keep', pricedCards: 'keep', linkRows: 'drop', itemsAfterProse: false, htmlRegion: 'region', textRegion: 'region', rulesOff: ['comments', 'reviews', 'prices'] },
  product: { type: 'product', copies: 'all', itemRepeats: 'drop', regionRest: 'rest', longRepeats: 'drop', pricedCards: 'drop', linkRows: 'drop', itemsAfterProse: false, htmlRegion: 'region', textRegion: 'region', rulesOff: ['post-quotes'] },
  collection: { type: 'collection', copies: 'all', itemRepeats: 'keep', regionRest: 'section', longRepeats: 'drop', pricedCards: 'keep', linkRows: 'keep', itemsAfterProse: true, htmlRegion: 'region', textRegion: 'region', rulesOff: ['reviews', 'prices', 'post-quotes'] },
  listing: { type: 'listing', copies: 'all', itemRepeats: 'keep', regionRest: 'section', longRepeats: 'drop', pricedCards: 'keep', linkRows: 'keep', itemsAfterProse: true, htmlRegion: 'region', textRegion: 'region', rulesOff: ['reviews', 'prices', 'post-quotes'] },
  documentation: { type: 'documentation', copies: 'long', itemRepeats: 'drop', regionRest: 'section', longRepeats: 'drop', pricedCards: 'keep', linkRows: 'drop', itemsAfterProse: false, htmlRegion: 'region', textRegion: 'region', rulesOff: ['reviews', 'prices', 'post-quotes'] },
  service: { type: 'service', copies: 'all', itemRepeats: 'drop', regionRest: 'section', longRepeats: 'drop', pricedCards: 'keep', linkRows: 'drop', itemsAfterProse: false, htmlRegion: 'region', textRegion: 'region', rulesOff: ['reviews', 'prices', 'post-quotes'] },
};

/** Kinds some profile switches off: their rows wait for the type stage (they cannot run before it). */
export const SWITCHABLE_KINDS: ReadonlySet<RuleKind> = new Set(Object.values(PROFILES).flatMap((p) => p.rulesOff));

export function rulesOf<R extends { kind: RuleKind }>(rules: readonly R[], profile: Profile): R[] {
  return profile.rulesOff.length ? rules.filter((r) => !profile.rulesOff.includes(r.kind)) : [...rules];
}
