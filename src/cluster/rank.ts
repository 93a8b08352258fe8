import type { RankedQuestion, TopicScore } from '../model.js';

export type { RankedQuestion, TopicScore };

export interface RankSettings {
  /** A question this many days older than the newest one counts half as much for recency. */
  halfLifeDays: number;
  /** Growth compares the last window with the window before it. */
  growthWindowDays: number;
}

export const DEFAULT_RANK_SETTINGS: RankSettings = { halfLifeDays: 30, growthWindowDays: 14 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Scores one topic. `now` is the reference time for recency and growth; callers pass the newest
 * question's time so that an archive imported months later ranks as it did when it was live.
 */
export function scoreTopic(questions: readonly RankedQuestion[], now: Date, settings: RankSettings = DEFAULT_RANK_SETTINGS): TopicScore {
  const contactsPerCustomer = new Map<string, Set<number>>();
  let anonymous = 0;
  let recency = 0;
  let lastWindow = 0;
  let windowBefore = 0;
  const nowMs = now.getTime();
  const windowMs = settings.growthWindowDays * DAY_MS;
  for (const question of questions) {
    if (question.customer === null) anonymous += 1;
    else {
      const contacts = contactsPerCustomer.get(question.customer);
      if (contacts) contacts.add(question.conversation);
      else contactsPerCustomer.set(question.customer, new Set([question.conversation]));
    }
    if (question.askedAt === null) continue;
    const ageMs = Math.max(0, nowMs - question.askedAt.getTime());
    recency += 0.5 ** (ageMs / (settings.halfLifeDays * DAY_MS));
    if (ageMs < windowMs) lastWindow += 1;
    else if (ageMs < 2 * windowMs) windowBefore += 1;
  }
  let repeats = 0;
  for (const contacts of contactsPerCustomer.values()) repeats += contacts.size - 1;
  const customers = contactsPerCustomer.size + anonymous;
  const growth = Math.max(0, lastWindow - windowBefore);
  const parts = { customers, recency: round(recency), growth, repeats };
  return { total: round(parts.customers + parts.recency + parts.growth + parts.repeats), ...parts, questions: questions.length };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
