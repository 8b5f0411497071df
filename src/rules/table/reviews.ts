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
];
