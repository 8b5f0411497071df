/**
 * A row's pattern as a list of concepts: one kind of boilerplate line ("related articles", "see
 * also") in every language that has it, each a named group of the pattern. The bench
 * (`npm run bench:alternatives`) counts the sites each concept fires on, and a test keeps every
 * one on 3 sites or more: a phrase stays when its concept is seen across sites, however rare its
 * language is in the dev pages; a phrase that stands for no shared concept goes. Names are lower
 * case (snake_case), so the row keeps its case-free fast path (rules/match.ts caseFree).
 */
export function concepts(groups: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(groups).map(([name, phrases]) => `(?<${name}>${phrases.join('|')})`).join('|');
}
