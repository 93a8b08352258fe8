import type { Channel } from '../model.js';
import { replySimilarity } from '../text/reply/reply-similarity.js';
import { distinctReplies, sameAnswer, type TopicReply } from './answer-variants.js';

/** The reply an editor can start the topic's answer from. */
export interface SuggestedAnswer {
  text: string;
  /** How many of the topic's replies say the same (near-duplicates of it, facts agreeing). */
  count: number;
  channels: Channel[];
}

// Medoid candidates: the most frequent distinct replies. Rare one-off wordings are seldom the
// most representative, and the limit keeps a topic with thousands of replies cheap.
const MAX_CANDIDATES = 200;

/**
 * The topic's most representative past reply: the medoid, i.e. the distinct reply with the
 * highest similarity to all replies (each weighted by how often it was given). Null without
 * replies.
 */
export function suggestedAnswer(replies: readonly TopicReply[]): SuggestedAnswer | null {
  const distinct = distinctReplies(replies);
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(distinct.length, MAX_CANDIDATES); i++) {
    const candidate = distinct[i]!;
    const score = distinct.reduce((sum, other) => sum + other.count * replySimilarity(candidate.vector, other.vector), 0);
    if (!best || score > best.score) best = { index: i, score };
  }
  if (!best) return null;
  const medoid = distinct[best.index]!;
  const same = distinct.filter((other) => other === medoid || sameAnswer(medoid, other));
  return {
    text: medoid.text,
    count: same.reduce((sum, reply) => sum + reply.count, 0),
    channels: [...new Set(same.flatMap((reply) => [...reply.channels]))].sort(),
  };
}
