import { readFile } from 'node:fs/promises';
import { assignToCentroids } from '../cluster/index.js';
import { loadCentroids } from '../store/centroids.js';
import type { Db } from '../store/database.js';
import { countUsers, createUser, markDemoUser } from '../store/users.js';
import { detectLanguage } from '../text/language.js';
import { OPERATOR } from './actor.js';
import { buildSite } from './build-site.js';
import { importLogs } from './import-logs.js';
import type { ProgressObserver } from './observer.js';
import { recluster } from './recluster.js';
import { saveAnswer } from './save-answer.js';
import { updateSettings } from './update-settings.js';
import { SETTING } from '../store/settings.js';

export const DEMO_SHOP = ['elektron.example', 'Sklep Elektron'];
export const DEMO_LOGIN = { name: 'demo', password: 'demo-password' } as const;

export interface DemoInput {
  /** A folder with logs/ (sample exports) and answers.json (sample answers). */
  samplesDir: string;
  outDir: string;
  /**
   * The folder was chosen for this demo (`--out`): it becomes the site's folder, so that `serve`
   * shows this site and scheduled builds write there too.
   */
  keepOutDir?: boolean;
  /** Set when `faqtory start` goes on to serve the site: its "Was this helpful?" buttons post there. */
  feedbackUrl?: string;
}

export interface DemoResult {
  files: number;
  questions: number;
  topics: number;
  published: { topicId: number; question: string }[];
  site: string;
  login: { name: string; password: string } | null;
}

interface SampleAnswer {
  question: string;
  answer: string;
}

/**
 * The whole product once on the sample logs: import, cluster, answer the topics that match the
 * sample answers, build the site. Safe to run again: imports are idempotent and answers are
 * saved as new versions.
 */
export async function runDemo(db: Db, input: DemoInput, observer: ProgressObserver = {}): Promise<DemoResult> {
  observer.step?.(`Importing the bundled sample logs from ${input.samplesDir}logs/`);
  const imported = await importLogs(db, { paths: [`${input.samplesDir}logs/`], shop: DEMO_SHOP });
  const clustering = recluster(db, {}, observer);
  const answers = JSON.parse(await readFile(`${input.samplesDir}answers.json`, 'utf8')) as SampleAnswer[];
  const published = publishSampleAnswers(db, answers);
  let login: DemoResult['login'] = null;
  if (countUsers(db) === 0) {
    // Marked, so the team page warns that its password is public.
    markDemoUser(db, (await createUser(db, DEMO_LOGIN.name, 'editor', DEMO_LOGIN.password)).id);
    login = { ...DEMO_LOGIN };
  }
  if (input.keepOutDir) updateSettings(db, { values: { [SETTING.siteOutDir]: input.outDir }, actor: OPERATOR });
  const build = await buildSite(db, { outDir: input.outDir, trigger: 'demo', feedbackUrl: input.feedbackUrl });
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
  const { centroids } = loadCentroids(db);
  const items = answers.map((a, i) => ({ id: i, text: a.question, lang: detectLanguage(a.question) }));
  const placed = assignToCentroids(items, centroids);
  const published: DemoResult['published'] = [];
  const used = new Set<number>();
  answers.forEach((answer, i) => {
    const topicId = placed.get(i);
    if (topicId === undefined || topicId === null || used.has(topicId)) return;
    used.add(topicId);
    saveAnswer(db, { topicId, question: answer.question, bodyMd: answer.answer, publish: true, actor: OPERATOR });
    published.push({ topicId, question: answer.question });
  });
  return published;
}
