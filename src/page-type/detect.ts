import type { InputFormat, PageType } from '../types.js';
import { CORE_CONDITIONS, decideType, TYPE_CONDITIONS } from './conditions.js';
import type { PageFeatures } from './features.js';

/** The type stage: the user's --type, else the first condition the features meet (conditions.ts). */
export interface TypeDecision {
  type: PageType;
  /** The condition's id, 'user/type' for --type, or null for the default (article). */
  by: string | null;
}

export function pageTypeOf(format: InputFormat, features: () => PageFeatures, forced: PageType | undefined): TypeDecision {
  if (forced) return { type: forced, by: 'user/type' };
  return decideType(features(), TYPE_CONDITIONS[format]);
}

/**
 * The second look (CORE_CONDITIONS), once the article reading is known: only for a page the
 * decision list read as an article, never for --type. `coreShare(candidate)` reads the page as
 * the first row whose other tests hold and gives the share; the share then picks the row (a
 * thinner core may name another type).
 */
export function retypeAfterCore(d: TypeDecision, format: InputFormat, features: () => PageFeatures, coreShare: (candidate: TypeDecision) => number): TypeDecision {
  if (d.type !== 'article' || d.by === 'user/type') return d;
  const rows = CORE_CONDITIONS[format];
  // The rows' share tests are all 'below': at 0 they hold, so this is the row the other tests allow.
  const measured = features();
  const candidate = decideType({ ...measured, coreShare: 0 }, rows);
  if (candidate.by === null) return d;
  const again = decideType({ ...measured, coreShare: coreShare(candidate) }, rows);
  return again.by === null ? d : again;
}

/** What --explain says about the decision. */
export function typeNote(d: TypeDecision): string {
  return `page type: ${d.type} (${d.by ?? 'no condition held: the default'})`;
}
