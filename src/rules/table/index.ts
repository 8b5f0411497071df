import type { Rule } from '../../types.js';
import { ads } from './ads.js';
import { author } from './author.js';
import { comments, postComments, postQuotes } from './comments.js';
import { cookie } from './cookie.js';
import { jobAds } from './job-ads.js';
import { legal } from './legal.js';
import { meta } from './meta.js';
import { navigation } from './navigation.js';
import { newsletter } from './newsletter.js';
import { paywall } from './paywall.js';
import { prices } from './prices.js';
import { related } from './related.js';
import { reviews } from './reviews.js';
import { search } from './search.js';
import { share } from './share.js';

/** The whole table, in the order rows are tried: the first row that hits a block names its removal. */
export const RULES: readonly Rule[] = [
  ...jobAds, ...newsletter, ...comments, ...postComments, ...postQuotes, ...share, ...related, ...navigation, ...cookie, ...legal, ...search, ...ads, ...paywall, ...author, ...meta, ...reviews, ...prices,
];
