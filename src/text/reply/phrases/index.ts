import type { Lang } from '../../../model.js';
import { cs } from './cs.js';
import { en } from './en.js';
import { pl } from './pl.js';
import type { ReplyPhrases } from './types.js';

export type { ReplyPhrases } from './types.js';

/** Phrase lists of every language faqtory reads replies in. */
export const REPLY_PHRASES: Readonly<Record<Exclude<Lang, 'other'>, ReplyPhrases>> = { pl, cs, en };
