import { DEFAULT_RANK_SETTINGS, scoreTopic, topicReplies, type RankSettings } from '../cluster/index.js';
import type { TopicStats } from '../model.js';
import type { Db } from '../store/database.js';
import { getRankDays } from '../store/settings.js';
import { refreshTopicActivity } from '../store/topic-activity.js';
import { loadTopicReplies, saveTopicReplies } from '../store/topic-replies.js';
import { loadRankingInputs, newestQuestionTime, parseTime, saveTopicStats } from '../store/topic-stats.js';

export function rankSettingsOf(db: Db): RankSettings {
  const days = getRankDays(db);
  return {
    halfLifeDays: days.halfLifeDays ?? DEFAULT_RANK_SETTINGS.halfLifeDays,
    growthWindowDays: days.growthWindowDays ?? DEFAULT_RANK_SETTINGS.growthWindowDays,
  };
}

/**
 * Recomputes size, majority language, score, activity (questions per channel and week) and what
 * the shop's replies say (suggested answer, variants, consistency) of every topic (or of those in
 * `only`), inside the caller's transaction: whatever changes a topic's questions changes all of
 * them. Recency is measured from the newest question in the store (not the wall clock), so an
 * archive imported late still ranks by what was recent when it was written; `now` is only the
 * fallback when no question has a time.
 */
export function rescoreTopics(db: Db, now: Date, only?: readonly number[]): void {
  const settings = rankSettingsOf(db);
  const reference = parseTime(newestQuestionTime(db)) ?? now;
  const stats = loadRankingInputs(db, only).map(
    (topic): TopicStats => ({
      topicId: topic.topicId,
      size: topic.questions.length,
      score: scoreTopic(topic.questions, reference, settings),
      lang: topic.questions.length === 0 ? null : majorityLang(topic.langs),
    }),
  );
  saveTopicStats(db, stats);
  refreshTopicActivity(db, only);
  const replies = loadTopicReplies(db, only);
  saveTopicReplies(db, new Map([...replies].map(([topicId, given]) => [topicId, given.length === 0 ? null : topicReplies(given)])));
}

function majorityLang(counts: ReadonlyMap<string, number>): string {
  let best = 'other';
  let bestCount = 0;
  // Ties go to the alphabetically first language, so the result does not depend on row order.
  for (const [lang, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
