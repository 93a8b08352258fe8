import type { Command } from 'commander';
import { redactLabel } from '../app/shown-topics.js';
import { ConfigError } from '../errors.js';
import { TOPIC_STATUSES, type Lang, type TopicStatus } from '../model.js';
import { listRankedTopics, type TopicFilter, type TopicSummary } from '../store/topic-list.js';
import { LANGUAGE_CODES } from '../text/lang/index.js';
import { report, withStore } from './context.js';

const LANGS: readonly Lang[] = [...LANGUAGE_CODES, 'other'];

interface TopicsCommandOptions {
  limit: string;
  status?: string;
  lang?: string;
}

export function registerTopicsCommand(program: Command): void {
  program
    .command('topics')
    .description('list topics, the most asked first')
    .option('--limit <n>', 'how many topics to show', '50')
    .option('--status <status>', `only topics with this status (${TOPIC_STATUSES.join(', ')})`)
    .option('--lang <lang>', `only topics in this language (${LANGS.join(', ')})`)
    .action(async (options: TopicsCommandOptions, command: Command) => {
      const filter = parseFilter(options);
      const topics = await withStore(command, (db) => listRankedTopics(db, filter).map(redactLabel));
      report(command, topics.map(toJson), () => table(topics));
    });
}

function parseFilter(options: TopicsCommandOptions): TopicFilter {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ConfigError(`--limit takes a positive whole number, got "${options.limit}".`, 'limit');
  }
  const filter: TopicFilter = { limit };
  if (options.status !== undefined) {
    if (!TOPIC_STATUSES.includes(options.status as TopicStatus)) {
      throw new ConfigError(`Unknown status "${options.status}". Use one of: ${TOPIC_STATUSES.join(', ')}.`, 'status');
    }
    filter.status = options.status as TopicStatus;
  }
  if (options.lang !== undefined) {
    if (!LANGS.includes(options.lang as Lang)) {
      throw new ConfigError(`Unknown language "${options.lang}". Use one of: ${LANGS.join(', ')}.`, 'lang');
    }
    filter.lang = options.lang as Lang;
  }
  return filter;
}

function toJson(topic: TopicSummary): Omit<TopicSummary, 'mergedInto'> {
  const { mergedInto: _merged, ...shown } = topic;
  return shown;
}

/** Marks a topic whose replies contradict each other: the editor should settle one answer. */
const INCONSISTENT = '!';

function conflictExample(topics: readonly TopicSummary[]): string {
  const conflict = topics.find((topic) => !topic.consistent)!.conflicts[0];
  if (!conflict) return 'replies disagree';
  return `${conflict.fact}: ${conflict.statements.map((statement) => statement.values.join('+')).join(' vs ')}`;
}

function table(topics: TopicSummary[]): string {
  if (topics.length === 0) return 'No topics match. Import logs with "faqtory import", then run "faqtory cluster".';
  const header = `${'#'.padStart(4)} ${'id'.padStart(6)} ${'score'.padStart(8)} ${'size'.padStart(6)}  ${'status'.padEnd(9)} lang    label`;
  const lines = topics.map((topic, index) => {
    const label = topic.label.length > 70 ? `${topic.label.slice(0, 69)}…` : topic.label;
    return (
      `${String(index + 1).padStart(4)} ${String(topic.id).padStart(6)} ${topic.score.total.toFixed(1).padStart(8)} ` +
      `${String(topic.size).padStart(6)}  ${topic.status.padEnd(9)} ${topic.lang.padEnd(5)} ${topic.consistent ? ' ' : INCONSISTENT} ${label}`
    );
  });
  const legend = ['', 'score = customers + recency + growth + repeats (see --json for the parts)'];
  if (topics.some((topic) => !topic.consistent)) {
    legend.push(`${INCONSISTENT} = customers were told different things (${conflictExample(topics)}); see --json "conflicts"`);
  }
  return [header, ...lines, ...legend].join('\n');
}
