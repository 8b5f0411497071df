import type { InputFormat, PageType } from '../types.js';
import { decideType, TEXT_CORE_CONDITIONS, TYPE_CONDITIONS } from './conditions.js';
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

/** A dump's second look, once its core is known: only a page no condition typed (and no --type) is read again. */
export function retypeAfterCore(d: TypeDecision, features: PageFeatures): TypeDecision {
  if (d.by !== null) return d;
  const again = decideType(features, TEXT_CORE_CONDITIONS);
  return again.by === null ? d : again;
}

/** What --explain says about the decision. */
export function typeNote(d: TypeDecision): string {
  return `page type: ${d.type} (${d.by ?? 'no condition held: the default'})`;
}
