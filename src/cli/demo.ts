import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { assignToCentroids } from '../cluster/index.js';
import { importFiles } from '../ingest/import-files.js';
import { buildSite } from '../publish/index.js';
import { saveAnswer } from '../store/answers.js';
import type { Db } from '../store/database.js';
import { setTopicStatus } from '../store/topic-edits.js';
import { loadCentroids } from '../store/topics.js';
import { countUsers, createUser } from '../store/users.js';
import { detectLanguage } from '../text/language.js';
import { clusterFully } from './cluster.js';
import { report, say, withStore } from './context.js';

/** The bundled sample logs (logs/) and answers (answers.json), found relative to the installed package. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../data/samples/', import.meta.url));

export const DEMO_SHOP = ['elektron.example', 'Sklep Elektron'];
export const DEMO_LOGIN = { name: 'demo', password: 'demo-password' } as const;

interface SampleAnswer {
  question: string;
  answer: string;
}

export interface DemoResult {
  files: number;
  questions: number;
  topics: number;
  published: { topicId: number; question: string }[];
  site: string;
  login: { name: string; password: string } | null;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('import the bundled sample logs, cluster, publish sample answers and build the FAQ')
    .option('--out <dir>', 'where to write the FAQ site', 'public')
    .action(async (options: { out: string }, command: Command) => {
      const result = await withStore(command, (db) => runDemo(db, options.out));
      report(command, result, () => describeDemo(result));
    });
}

export function describeDemo(result: DemoResult): string {
  const lines = [
    `Demo: ${result.questions} questions from ${result.files} sample files, ${result.topics} topics, ` +
      `${result.published.length} answers published, FAQ written to ${result.site}/`,
  ];
  if (result.login) lines.push(`Demo login created: ${result.login.name} / ${result.login.password}`);
  return lines.join('\n');
}

/**
 * The whole product once on the bundled samples: import, cluster, answer the top topics that
 * match the sample answers, build the site. Safe to run again: imports are idempotent and
 * answers are saved as new versions.
 */
export async function runDemo(db: Db, outDir: string): Promise<DemoResult> {
  say(`Importing the bundled sample logs from ${SAMPLES_DIR}logs/`);
  const imported = await importFiles(db, [`${SAMPLES_DIR}logs/`], { shop: DEMO_SHOP, timezone: 'Europe/Warsaw', columns: {} });
  const clustering = clusterFully(db);
  const answers = JSON.parse(await readFile(`${SAMPLES_DIR}answers.json`, 'utf8')) as SampleAnswer[];
  const published = publishSampleAnswers(db, answers);
  let login: DemoResult['login'] = null;
  if (countUsers(db) === 0) {
    await createUser(db, DEMO_LOGIN.name, 'editor', DEMO_LOGIN.password);
    login = { ...DEMO_LOGIN };
  }
  const build = await buildSite(db, { outDir, trigger: 'demo' });
  return {
    files: imported.filter((r) => r.outcome === 'imported').length,
    questions: imported.reduce((sum, r) => sum + r.questions, 0),
    topics: clustering.topics,
    published,
    site: build.outDir,
    login,
  };
}

/** Files each sample answer under the topic its question falls into, once per topic. */
function publishSampleAnswers(db: Db, answers: readonly SampleAnswer[]): DemoResult['published'] {
  const centroids = loadCentroids(db);
  const items = answers.map((a, i) => ({ id: i, text: a.question, lang: detectLanguage(a.question) }));
  const placed = assignToCentroids(items, centroids);
  const published: DemoResult['published'] = [];
  const used = new Set<number>();
  answers.forEach((answer, i) => {
    const topicId = placed.get(i);
    if (topicId === undefined || topicId === null || used.has(topicId)) return;
    used.add(topicId);
    saveAnswer(db, { topicId, question: answer.question, bodyMd: answer.answer, userId: null });
    setTopicStatus(db, topicId, 'published');
    published.push({ topicId, question: answer.question });
  });
  return published;
}
