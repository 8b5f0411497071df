import type { PageType } from '../types.js';

/** schema.org types (JSON-LD @type, og:type) that say what kind of page they describe. */
export const SCHEMA_TYPES: ReadonlyArray<{ type: PageType; names: RegExp }> = [
  { type: 'forum', names: /^(?:QAPage|Question|Answer|DiscussionForumPosting|Comment)$/i },
  { type: 'product', names: /^(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer|Vehicle|Book|Car)$/i },
  // og:type product.group: Open Graph's group of products, which shop engines write on a category page.
  { type: 'collection', names: /^(?:CollectionPage|OfferCatalog|SearchResultsPage|product\.group)$/i },
  { type: 'listing', names: /^(?:ItemList)$/i },
  { type: 'documentation', names: /^(?:TechArticle|APIReference|SoftwareSourceCode)$/i },
  { type: 'article', names: /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review|Recipe|HowTo|article)$/i },
  // Organization and og:type "website" are on nearly every page, whatever its kind: they say nothing.
  { type: 'service', names: /^(?:Service|SoftwareApplication|WebApplication|MobileApplication|FAQPage|ProfessionalService|FinancialProduct)$/i },
];

/** Each page type any of the names says, in the order of SCHEMA_TYPES. */
export function schemaSays(names: readonly string[]): PageType[] {
  return SCHEMA_TYPES.filter((row) => names.some((n) => row.names.test(n))).map((row) => row.type);
}

const OFFER = /^(?:Offer|AggregateOffer)$/i;

/**
 * What the page says it is: its JSON-LD, or where that names no kind of page, its og:type too. CMS
 * plugins write og:type "article" on every page they serve, a shop's product pages included,
 * while a JSON-LD QAPage or a Product on offer is written for that page. A Product without an
 * offer is the rating stars' markup, which service and review pages carry as well: og:type still counts.
 */
export function declaredTypes(jsonLdTypes: readonly string[], ogType: string | null): PageType[] {
  const declared = schemaSays(jsonLdTypes);
  const specific = declared.length > 0 && (!declared.includes('product') || jsonLdTypes.some((n) => OFFER.test(n)));
  return specific || !ogType ? declared : schemaSays([...jsonLdTypes, ogType]);
}
