import type { Channel, Lang } from '../model.js';
import { extractFacts, type ReplyFacts } from '../text/reply/extract-facts.js';
import { FACT_KINDS, factValues, factsAgree, factsConflict, type FactKind } from '../text/reply/facts-agree.js';
import { replyKey, replySimilarity, replyVector, type ReplyVector } from '../text/reply/reply-similarity.js';

/** One reply the shop gave to a question of the topic. */
export interface TopicReply {
  text: string;
  channel: Channel;
  lang: Lang;
}

/** Replies worded alike that state the same facts, represented by their most frequent wording. */
export interface AnswerVariant {
  text: string;
  count: number;
  channels: Channel[];
}

/** A fact the variants state differently: which variants (indexes) say which values. */
export interface FactConflict {
  fact: FactKind;
  statements: { variant: number; values: string[] }[];
}

export interface AnswerConsistency {
  /** Most frequent first. */
  variants: AnswerVariant[];
  consistent: boolean;
  conflicts: FactConflict[];
}

/**
 * Two replies at least this close (trigram cosine) are one wording. On the sample shop logs,
 * 0.4% of pairs of distinct replies to different intents reach it, and half of the pairs to
 * the same intent (the rest are other macros for the same question, kept as their own variant).
 */
export const SAME_WORDING = 0.55;

/** The same reply text typed one or more times, with what is needed to compare it. */
export interface DistinctReply {
  text: string;
  count: number;
  channels: Set<Channel>;
  vector: ReplyVector;
  facts: ReplyFacts;
}

/**
 * How many distinct wordings, the most frequent, a topic's replies are compared by. Pasted
 * macros are all among them; agents who answer in free text add a long tail of one-off
 * wordings that would cost a comparison per pair (tens of seconds for a topic of 5,000 replies)
 * and show an editor nothing the frequent ones do not.
 */
export const MAX_DISTINCT_REPLIES = 300;

/** At most this many variants are listed, most frequent first: the rest is too rare to act on. */
export const MAX_VARIANTS = 20;

/**
 * Replies with the same text folded together, most frequent first (ties in input order), at
 * most MAX_DISTINCT_REPLIES of them.
 */
export function distinctReplies(replies: readonly TopicReply[]): DistinctReply[] {
  // The exact text first: a pasted macro is keyed (folded, tokenised) once, not at every paste.
  const byText = new Map<string, { first: TopicReply; count: number; channels: Set<Channel> }>();
  for (const reply of replies) {
    let entry = byText.get(reply.text);
    if (!entry) byText.set(reply.text, (entry = { first: reply, count: 0, channels: new Set() }));
    entry.count++;
    entry.channels.add(reply.channel);
  }
  const byKey = new Map<string, { first: TopicReply; count: number; channels: Set<Channel> }>();
  for (const { first, count, channels } of byText.values()) {
    const key = replyKey(first.text);
    if (!key) continue;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { first, count, channels });
      continue;
    }
    entry.count += count;
    for (const channel of channels) entry.channels.add(channel);
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_DISTINCT_REPLIES)
    .map(({ first, count, channels }) => ({
      text: first.text.trim(),
      count,
      channels,
      vector: replyVector(first.text),
      facts: extractFacts(first.text, first.lang),
    }));
}

/** Whether two distinct replies are the same answer: close wording and no contradicting fact. */
export function sameAnswer(a: DistinctReply, b: DistinctReply): boolean {
  return replySimilarity(a.vector, b.vector) >= SAME_WORDING && factsAgree(a.facts, b.facts);
}

/**
 * Groups a topic's replies into variants and flags the facts they contradict each other on,
 * so that an editor sees when two channels told customers different things (14 against 30
 * days, 12,99 against 15,99 zł, yes against no). Each distinct reply, most frequent first,
 * joins the first variant whose leading wording it matches, else leads a new one (up to
 * MAX_VARIANTS): comparing with leaders only keeps this linear in the number of variants.
 */
export function answerVariants(distinct: readonly DistinctReply[]): AnswerConsistency {
  const groups: { leader: DistinctReply; count: number; channels: Set<Channel> }[] = [];
  for (const reply of distinct) {
    const group = groups.find((g) => sameAnswer(g.leader, reply));
    if (group) {
      group.count += reply.count;
      for (const channel of reply.channels) group.channels.add(channel);
    } else if (groups.length < MAX_VARIANTS) {
      groups.push({ leader: reply, count: reply.count, channels: new Set(reply.channels) });
    }
  }
  groups.sort((a, b) => b.count - a.count);
  const conflicts = FACT_KINDS.flatMap((fact) => conflictOn(fact, groups.map((g) => g.leader.facts)));
  return {
    variants: groups.map((g) => ({ text: g.leader.text, count: g.count, channels: [...g.channels].sort() })),
    consistent: conflicts.length === 0,
    conflicts,
  };
}

function conflictOn(fact: FactKind, facts: readonly ReplyFacts[]): FactConflict[] {
  const contradicted = facts.some((a, i) => facts.slice(i + 1).some((b) => factsConflict(a, b, fact)));
  if (!contradicted) return [];
  const statements = facts
    .map((f, variant) => ({ variant, values: factValues(f, fact) }))
    .filter((statement) => statement.values.length > 0);
  return [{ fact, statements }];
}
