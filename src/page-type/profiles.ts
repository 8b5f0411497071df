import type { PageType } from '../types.js';

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
}

export const PROFILES: Readonly<Record<PageType, Profile>> = {
  article: { type: 'article', linkRows: 'drop', htmlRegion: 'readability', textRegion: 'core' },
  forum: { type: 'forum', linkRows: 'drop', htmlRegion: 'region', textRegion: 'region' },
  product: { type: 'product', linkRows: 'drop', htmlRegion: 'region', textRegion: 'region' },
  collection: { type: 'collection', linkRows: 'keep', htmlRegion: 'region', textRegion: 'region' },
  listing: { type: 'listing', linkRows: 'keep', htmlRegion: 'region', textRegion: 'region' },
  documentation: { type: 'documentation', linkRows: 'drop', htmlRegion: 'region', textRegion: 'region' },
  service: { type: 'service', linkRows: 'drop', htmlRegion: 'region', textRegion: 'region' },
};
