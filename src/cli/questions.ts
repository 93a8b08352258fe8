import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { listQuestions } from '../store/questions.js';
import { report, withStore } from './context.js';

export function registerQuestionsCommand(program: Command): void {
  program
    .command('questions')
    .description('list every extracted question with its topic')
    .option('--topic <id>', 'only the questions of this topic')
    .action(async (options: { topic?: string }, command: Command) => {
      const topicId = options.topic === undefined ? undefined : Number(options.topic);
      if (topicId !== undefined && !Number.isInteger(topicId)) {
        throw new ConfigError(`--topic takes a topic id (a number), got "${options.topic}".`);
      }
      const rows = await withStore(command, (db) => listQuestions(db, topicId === undefined ? {} : { topicId }));
      report(command, rows, () =>
        rows
          .map((q) => `${String(q.id).padStart(6)}  ${q.topicId === null ? 'other' : `topic ${q.topicId}`}  [${q.lang}/${q.channel}]  ${q.text}`)
          .join('\n') || 'No questions yet. Import logs with "faqtory import <files>".',
      );
    });
}
