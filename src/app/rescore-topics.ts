import { DEFAULT_RANK_SETTINGS, scoreTopic, type RankSettings } from '../cluster/index.js';
import type { TopicStats } from '../model.js';
import type { Db } from '../store/database.js';
import { getRankDays } from '../store/settings.js';
import { refreshTopicActivity } from '../store/topic-activity.js';
import { loadRankingInputs, newestQuestionTime, parseTime, saveTopicStats } from '../store/topic-stats.js';

export function rankSettingsOf(db: Db): RankSettings {
  const days = getRankDays(db);
  return {
    halfLifeDays: days.halfLifeDays ?? DEFAULT_RANK_SETTINGS.halfLifeDays,
    growthWindowDays: days.growthWindowDays ?? DEFAULT_RANK_SETTINGS.growthWindowDays,
  };
}

/**
 * Recomputes size, majority language, score and activity (questions per channel and week) of
 * every topic (or of those in `only`), inside the caller's transaction. Recency is measured from the newest question in the store (not the
 * wall clock), so an archive imported late still ranks by what was recent when it was written;
 * `now` is only the fallback when no question has a time.
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
