import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import { CHANNELS, isTopicStatus, LANGS, TOPIC_STATUSES, type Lang, type TopicStatus } from '../model.js';
import type { Db } from '../store/database.js';
import { loadTopicActivity, weekNumber } from '../store/topic-activity.js';
import { listTopicNames, queryTopics, topicNamesVersion, type TopicName, type TopicSummary } from '../store/topic-list.js';
import { newestQuestionTime, parseTime } from '../store/topic-stats.js';
import { analyse } from '../text/index.js';
import { redactLabel } from './shown-topics.js';

/** The topic list's request as typed in its form: every field may be empty. */
export interface TopicBrowse {
  search?: string;
  status?: string;
  lang?: string;
  channel?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface BrowsedTopic extends TopicSummary {
  channels: { channel: string; count: number }[];
  /** Questions per week, oldest first, ending with the week of the newest question in the store. */
  trend: number[];
}

export interface TopicBrowsePage {
  topics: BrowsedTopic[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

export const TOPICS_PER_PAGE = 25;
export const TREND_WEEKS = 12;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One page of the ranked topics matching a text search (diacritics, case and inflection do not
 * matter: words are folded and stemmed in each topic's language) and the filters, each with its
 * channels and weekly trend. Paging, filters and counts run in SQL; only the search matches
 * topic names in memory, since stems are not stored.
 */
export function browseTopics(db: Db, input: TopicBrowse): TopicBrowsePage {
  const status = optional(input.status);
  if (status !== undefined && !isTopicStatus(status)) {
    throw new InvalidInputError(because('filter.status.unknown', { value: status, statuses: TOPIC_STATUSES.join(', ') }), 'status');
  }
  const lang = optional(input.lang);
  if (lang !== undefined && !(LANGS as readonly string[]).includes(lang)) throw new InvalidInputError(because('filter.lang.unknown', { value: lang }), 'lang');
  const channel = optional(input.channel);
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) throw new InvalidInputError(because('filter.channel.unknown', { value: channel }), 'channel');
  const from = dateField(input.from, 'from');
  const to = dateField(input.to, 'to');
  const search = optional(input.search);
  const pageSize = input.pageSize ?? TOPICS_PER_PAGE;
  const page = Math.max(1, Math.floor(input.page ?? 1));

  const result = queryTopics(
    db,
    {
      status: status as TopicStatus | undefined,
      lang,
      channel,
      askedFrom: from,
      // The end date is inclusive: everything before the next day.
      askedBefore: to === undefined ? undefined : new Date(Date.parse(to) + 86_400_000).toISOString().slice(0, 10),
      ids: search === undefined ? undefined : findTopics(db, search),
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  const activity = loadTopicActivity(db, result.items.map((topic) => topic.id));
  const lastWeek = weekNumber(parseTime(newestQuestionTime(db)) ?? new Date());
  const trendOf = (weeks: ReadonlyMap<number, number> | undefined) =>
    Array.from({ length: TREND_WEEKS }, (_, index) => weeks?.get(lastWeek - TREND_WEEKS + 1 + index) ?? 0);
  return {
    topics: result.items.map((topic) => {
      const counts = activity.get(topic.id);
      return { ...redactLabel(topic), channels: counts?.channels ?? [], trend: trendOf(counts?.weeks) };
    }),
    total: result.total,
    page,
    pages: Math.max(1, Math.ceil(result.total / pageSize)),
    pageSize,
  };
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function dateField(value: string | undefined, field: string): string | undefined {
  const date = optional(value);
  if (date !== undefined && (!DATE.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new InvalidInputError(because('filter.date.invalid', { value: date }), field);
  }
  return date;
}

interface NameTerms {
  stems: Set<string>;
  words: string[];
}

// Topic names change rarely: their analysis is kept between requests, keyed by the text itself.
const analysed = new Map<string, NameTerms>();
const MAX_CACHED = 100_000;

function termsOf(topic: TopicName): NameTerms {
  const key = `${topic.lang}\u0000${topic.label}\u0000${topic.keywords.join(' ')}`;
  let terms = analysed.get(key);
  if (!terms) {
    const found = analyse(`${topic.label} ${topic.keywords.join(' ')}`, asLang(topic.lang));
    terms = { stems: new Set(found.map((term) => term.stem)), words: found.map((term) => term.folded) };
    if (analysed.size >= MAX_CACHED) analysed.clear();
    analysed.set(key, terms);
  }
  return terms;
}

function asLang(value: string): Lang {
  return (LANGS as readonly string[]).includes(value) ? (value as Lang) : 'other';
}

// Every search reads all topic names: they are kept per store until a topic's name may change.
const namesOf = new WeakMap<Db, { version: string; topics: TopicName[] }>();

/** Ids of the standing topics whose name and keywords contain every word of `search`, best first. */
export function findTopics(db: Db, search: string): number[] {
  const version = topicNamesVersion(db);
  let names = namesOf.get(db);
  if (names?.version !== version) {
    names = { version, topics: listTopicNames(db) };
    namesOf.set(db, names);
  }
  return searchTopics(names.topics, search);
}

/**
 * Ids of the topics whose name and keywords contain every word of `search`: the same stem in
 * the topic's language ("zwrotu" finds "zwrot"), or a word starting with what was typed.
 */
export function searchTopics(topics: readonly TopicName[], search: string): number[] {
  const queries = new Map<Lang, { stem: string; folded: string }[]>();
  return topics
    .filter((topic) => {
      const lang = asLang(topic.lang);
      let wanted = queries.get(lang);
      if (!wanted) {
        wanted = analyse(search, lang);
        queries.set(lang, wanted);
      }
      if (wanted.length === 0) return false;
      const terms = termsOf(topic);
      return wanted.every((term) => terms.stems.has(term.stem) || terms.words.some((word) => word.startsWith(term.folded)));
    })
    .map((topic) => topic.id);
}
