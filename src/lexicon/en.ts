import type { Lexicon } from './index.js';

/** English words the type stage reads. */
export const en: Lexicon = {
  /** Lines forum software prints on every post: its controls and the poster's counters. */
  postMarks: ['reply', 'replies', 'quote', 'report', 'permalink', 'joined', 'posts:', 'member since', 'last edited', 'posted by', 'posted on', 'click to expand', 'improve this answer', 'improve this question', 'add a comment'],
  /** "12 replies", "3 likes": a count before one of these words marks a post too. */
  postCounts: ['replies', 'posts', 'likes', 'like', 'reactions'],
  /** A line or button that asks the reader to act: service and product pages repeat them, articles seldom show one. */
  callsToAction: ['get started', 'get started for free', 'get started free', 'start for free', 'start free trial', 'start your free trial', 'start a free trial', 'try it free', 'try for free', 'learn more', 'book a demo', 'book a call', 'book a consultation', 'request a demo', 'request a quote', 'get a demo', 'get a quote', 'get a free quote', 'contact sales', 'contact us', 'talk to sales', 'talk to an expert', 'schedule a demo', 'schedule a call', 'sign up free', 'sign up for free', 'see pricing', 'view pricing', 'watch demo', 'get in touch'],
  danglingWords: ['the', 'a', 'an', 'of', 'and', 'or', 'but', 'by', 'for', 'from', 'with', 'to', 'at', 'into', 'than', 'including'],
};
