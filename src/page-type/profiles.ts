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
}

export const PROFILES: Readonly<Record<PageType, Profile>> = {
  article: { type: 'article', htmlRegion: 'readability', textRegion: 'core' },
  forum: { type: 'forum', htmlRegion: 'region', textRegion: 'region' },
  product: { type: 'product', htmlRegion: 'region', textRegion: 'region' },
  collection: { type: 'collection', htmlRegion: 'region', textRegion: 'region' },
  listing: { type: 'listing', htmlRegion: 'region', textRegion: 'region' },
  documentation: { type: 'documentation', htmlRegion: 'region', textRegion: 'region' },
  service: { type: 'service', htmlRegion: 'region', textRegion: 'region' },
};
