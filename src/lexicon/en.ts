import type { Lexicon } from './index.js';

/** English words the type stage reads. */
export const en: Lexicon = {
  /** Lines forum software prints on every post: its controls and the poster's counters. */
  postMarks: ['reply', 'replies', 'quote', 'report', 'permalink', 'joined', 'posts:', 'member since', 'last edited', 'posted by', 'posted on', 'click to expand', 'improve this answer', 'improve this question', 'add a comment'],
  /** "12 replies", "3 likes": a count before one of these words marks a post too. */
  postCounts: ['replies', 'posts', 'likes', 'like', 'reactions'],
};
