import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { OPERATOR } from '../app/actor.js';
import { ANSWER_LANGS, saveAnswer, type SavedAnswer } from '../app/save-answer.js';
import { ConfigError } from '../errors.js';
import { report, withStore } from './context.js';

interface AnswerOptions {
  question: string;
  file: string;
  lang?: string;
  category?: string;
  publish?: boolean;
}

function parseTopicId(text: string): number {
  if (!/^\d{1,12}$/.test(text) || Number(text) === 0) {
    throw new ConfigError(`"${text}" is not a topic id. Use the number from "faqtory topics", e.g. faqtory answer 12 ...`, 'topicId');
  }
  return Number(text);
}

/** The answer's Markdown: from the file, or from standard input for "-". */
async function readAnswerText(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the answer file ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path, or pass - to read the answer from standard input.`, 'file');
  }
}

function describe(saved: SavedAnswer, publish: boolean): string {
  if (publish) {
    return `Topic ${saved.topicId}: the answer is published. It goes on the FAQ site with the next build ("faqtory build", or the next scheduled run).`;
  }
  return saved.status === 'published'
    ? `Topic ${saved.topicId}: a draft of the answer was saved; the published version stays on the FAQ site until you publish again with --publish.`
    : `Topic ${saved.topicId}: the answer was saved as a draft; it is not on the FAQ site until you publish it (--publish).`;
}

export function registerAnswerCommand(program: Command): void {
  program
    .command('answer')
    .description("write a topic's answer from a Markdown file, as a draft or published (the same rules as the editor's form)")
    .argument('<topicId>', 'the topic, as "faqtory topics" numbers it')
    .requiredOption('--question <text>', 'the question heading, as customers would ask it')
    .requiredOption('--file <path>', 'the answer in Markdown, or - to read it from standard input')
    .option('--lang <code>', `the language of the answer and of its FAQ page (${ANSWER_LANGS.join(', ')}); default: the language it is written in`)
    .option('--category <name>', 'the FAQ category the answer is listed under')
    .option('--publish', 'make this version live on the FAQ site (otherwise it is saved as a draft)')
    .action(async (topicIdText: string, options: AnswerOptions, command: Command) => {
      const topicId = parseTopicId(topicIdText);
      const bodyMd = await readAnswerText(options.file);
      const publish = options.publish === true;
      const saved = await withStore(command, (db) => saveAnswer(db, { topicId, question: options.question, bodyMd, lang: options.lang, category: options.category, publish, actor: OPERATOR }));
      report(command, saved, () => describe(saved, publish));
    });
}
