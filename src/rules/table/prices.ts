import type { Rule } from '../../types.js';

/**
 * A shop's buy box, line by line: prices, strike-through prices, discounts. On a product page the
 * content is the product (its name, description, specifications), and its price is the box's,
 * like the cart button beside it. Only the product profile turns this kind on: on a grid or an
 * index the price is part of each item, in an article or a pricing page it is a figure of the text.
 */
const MONEY = String.raw`(?:[$€£]\s?\d[\d.,]*|(?:eur|usd)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur\b|usd\b))`;
const DISCOUNT = String.raw`[-–]?\d{1,3}\s?%`;
/** Words a price line wraps its amounts in; none says anything about the product. */
const LABEL = String.raw`(?:(?:regular|sale|list) price|price|now|from|list|msrp|save|off)\b`;
const PART = `(?:${MONEY}|${DISCOUNT}|${LABEL})`;

export const prices: Rule[] = [
  {
    id: 'prices/any/price-line', kind: 'prices', lang: ['*'],
    // At least one digit: a label alone ("Sale", "Now") is a badge the other rows judge.
    match: { line: new RegExp(String.raw`^(?=\D*\d)${PART}(?:[\s:|/()\-–,+]*${PART})*[\s).!]*$`, 'iu') },
    scope: 'block',
    examples: {
      hit: ['$24.99', 'Regular price $120.00', 'Sale price $80 Regular price $120.00', '-25%', 'Save 15%', '30% off', '€19,90', '19,90 €', 'From $45', 'Now $79', 'List: EUR 40.00', 'MSRP: £30'],
      miss: ['Price', 'Sale', '2 colours', 'Size 42', 'Prices rose 3% in May.', '12 months warranty', 'Battery: 20 hours at 50% volume'],
    },
    note: "a product page's price, old price and discount lines",
  },
];
