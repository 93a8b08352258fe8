import { because } from '../error-reasons.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { Db } from '../store/database.js';
import { CHROME_LANGUAGES } from '../publish/site/words.js';
import { addHelpfulVote, listHelpfulCounts, type HelpfulCount } from '../store/helpful-votes.js';

export interface HelpfulVote {
  topicId: number;
  lang: string;
  helpful: boolean;
}

/** Counts a reader's "Was this helpful?" answer for a published entry; nothing about the reader is kept. */
export function recordHelpfulVote(db: Db, vote: HelpfulVote): void {
  if (!CHROME_LANGUAGES.includes(vote.lang)) {
    throw new InvalidInputError(because('vote.lang.unknown', { value: vote.lang }), 'lang');
  }
  if (!addHelpfulVote(db, vote.topicId, vote.lang, vote.helpful)) throw new NotFoundError('faqEntry', vote.topicId);
}

/** Readers' votes per entry, the most voted first: for the editor's dashboard. */
export function helpfulCounts(db: Db): HelpfulCount[] {
  return listHelpfulCounts(db);
}
