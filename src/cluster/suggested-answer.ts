import type { Channel } from '../model.js';
import { factsAgree } from '../text/reply/facts-agree.js';
import { replySimilarity } from '../text/reply/reply-similarity.js';
import { sameAnswer, type DistinctReply } from './answer-variants.js';

/** The reply an editor can start the topic's answer from. */
export interface SuggestedAnswer {
  text: string;
  /** How many of the topic's replies say the same (near-duplicates of it, facts agreeing). */
  count: number;
  channels: Channel[];
}

// Medoid candidates: the most frequent distinct replies. Rare one-off wordings are seldom the
// most representative, and the limit keeps a topic with thousands of replies cheap.
const MAX_CANDIDATES = 50;

/**
 * The topic's most representative past reply: the medoid, i.e. the distinct reply with the
 * highest similarity to all replies (each weighted by how often it was given). A reply that
 * states other facts lends no support: "30 dni" worded like three "14 dni" replies is not what
 * the shop usually says, however close the wording. Null without replies.
 */
export function suggestedAnswer(distinct: readonly DistinctReply[]): SuggestedAnswer | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(distinct.length, MAX_CANDIDATES); i++) {
    const candidate = distinct[i]!;
    const score = distinct.reduce(
      (sum, other) => (factsAgree(candidate.facts, other.facts) ? sum + other.count * replySimilarity(candidate.vector, other.vector) : sum),
      0,
    );
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
