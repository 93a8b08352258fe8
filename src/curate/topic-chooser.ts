import { findTopics, redactLabel } from '../app/index.js';
import type { Db } from '../store/database.js';
import { listTopicNames } from '../store/topic-list.js';
import { HttpError } from './http-error.js';

/** How many topics the chooser suggests while typing; any other topic is found by its number or name. */
const SUGGESTED = 300;
const SHOWN_LABEL = 90;

interface TopicOption {
  /** What the input holds once chosen: "#12 Kiedy dotrze moja paczka?". */
  value: string;
}

/** The best-ranked topics as `<datalist>` options, the topic `exceptId` left out. */
export function topicOptions(db: Db, exceptId?: number): TopicOption[] {
  return listTopicNames(db, SUGGESTED + 1)
    .filter((topic) => topic.id !== exceptId)
    .slice(0, SUGGESTED)
    .map(redactLabel)
    .map((topic) => ({ value: `#${topic.id} ${topic.label.length > SHOWN_LABEL ? `${topic.label.slice(0, SHOWN_LABEL - 1)}…` : topic.label}` }));
}

/**
 * The topic an editor picked in the chooser: "#12 …" or "12" as offered, or words of a topic's
 * name when exactly one topic matches them.
 */
export function chosenTopic(db: Db, value: string): number {
  const numbered = /^\s*#?(\d{1,12})\b/.exec(value);
  if (numbered) return Number(numbered[1]);
  const matches = value.trim() ? findTopics(db, value) : [];
  if (matches.length === 1) return matches[0]!;
  throw new HttpError(400, matches.length === 0 ? 'topics.chooseTopic.noMatch' : 'topics.chooseTopic.ambiguous', { count: matches.length });
}
