import type { Rule } from '../../types.js';

/**
 * Customer reviews under a product: star histograms, review cards, the review form. What a
 * product page is about (name, description, specifications) comes before them. Only the profiles
 * of shop pages turn this kind on: on an article or a forum, a review is the content.
 */

export const reviews: Rule[] = [
  {
    id: 'reviews/any/attr', kind: 'reviews', lang: ['*'],
    match: { attr: /^(?:(?:product|customer)[-_]?reviews?|reviews|(?:tab|panel)[-_]reviews|reviews[-_](?:tab|panel|section|widget|container|list)|woocommerce-tabs-panel--reviews|review[-_]form[-_]wrapper)$/i },
    scope: 'block',
    examples: { hit: ['reviews', 'product-reviews', 'customer_reviews', 'tab-reviews', 'reviews_tab', 'woocommerce-tabs-panel--reviews'], miss: ['review', 'review-body', 'entry-content', 'reviewer-name'] },
    note: 'review widgets and review tabs of shop themes and review plugins',
  },
  {
    id: 'reviews/any/heading', kind: 'reviews', lang: ['de', 'en'],
    match: { line: /^(?:(?:customer|product|guest|verified)\s+)?(?:reviews|ratings\s*(?:&|and)\s*reviews|reviews\s*(?:&|and)\s*ratings)(?:\s*\(\d[\d,.]*\))?$|^(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:customer\s+)?reviews$|^(?:kunden)?(?:bewertungen|rezensionen)(?:\s*\(\d[\d.]*\))?$/iu },
    scope: 'rest',
    examples: { hit: ['Reviews', 'Customer Reviews', 'Ratings & Reviews', 'Reviews (12)', '1,204 Reviews', 'Kundenbewertungen', 'Bewertungen (3)'], miss: ['Review', '4.9 1,316 reviews', 'Reviews of the new law', 'Read 12 reviews of this hotel', 'Peer review', 'Bewertungen der Ratingagenturen'] },
    // A count glued to a rating ("4.91,316 reviews") is the summary under the product's name.
    note: 'the heading of a product page\'s customer reviews, which follow its details',
  },
];
