import type { InputFormat, PageType } from '../types.js';
import { decideType, TYPE_CONDITIONS } from './conditions.js';
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

/** What --explain says about the decision. */
export function typeNote(d: TypeDecision): string {
  return `page type: ${d.type} (${d.by ?? 'no condition held: the default'})`;
}
