import { createHash } from 'node:crypto';
import { BuildError, FaqtoryError, PersonalDataInSiteError } from '../errors.js';
import { renderSite, type SiteTemplates } from '../publish/render-site.js';
import { loadSiteTemplates } from '../publish/site-templates.js';
import { recoverSite, writeSite, type SiteWriteStep } from '../publish/write-site.js';
import { currentProcess, isProcessAlive } from '../process-identity.js';
import { listPublishedAnswers, type PublishedAnswer } from '../store/answers.js';
import { failBuild, finishBuild, liveBuild, startBuild, type BuildRunner } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { getSetting, getSiteSettings, SETTING, type SiteSettings } from '../store/settings.js';
import { ANSWER_LANGS } from './save-answer.js';
import { findSiteLeaks } from './site-privacy.js';

export interface BuildInput {
  outDir: string;
  /** Who asked for the build: 'cli', 'schedule', 'editor', 'demo'... Recorded in `builds`. */
  trigger: string;
  /** Defaults to templates/site/. */
  templates?: SiteTemplates;
  /** Called with the `builds` row id as soon as the build is recorded. */
  onStarted?: (buildId: number) => void;
  /** Called before each step of writing the site (see publish/write-site.ts). */
  onWriteStep?: (step: SiteWriteStep) => void | Promise<void>;
}

/** This process as the runner of builds; others are judged alive by their recorded process. */
const THIS_PROCESS: BuildRunner = { process: currentProcess(), isAlive: isProcessAlive };

/**
 * When the editor starts: builds left 'running' by a process that died are marked failed, and
 * a site write it left half-way (the previous site moved aside) is undone, unless a build in a
 * live process is writing right now.
 */
export async function recoverInterruptedBuild(db: Db, outDir: string): Promise<void> {
  if (!liveBuild(db, THIS_PROCESS)) await recoverSite(outDir);
}

export interface BuildResult {
  buildId: number;
  outDir: string;
  entries: number;
  files: string[];
}

/**
 * What a site is built from (published answers and site settings), as a digest: the scheduled
 * pipeline skips a rebuild when it equals the last successful build's.
 */
export function siteDigest(db: Db): string {
  return digestOf(getSiteSettings(db), listPublishedAnswers(db));
}

function digestOf(site: SiteSettings, entries: readonly PublishedAnswer[]): string {
  return createHash('sha256').update(JSON.stringify({ site, entries })).digest('hex').slice(0, 32);
}

/** The shop's own addresses, domains, numbers and names, which its FAQ may show. */
function shopContacts(db: Db): string[] {
  return (getSetting(db, SETTING.importShop) ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
}

/**
 * Builds the FAQ site from the published answers: refuse personal data in them, render (pure),
 * write atomically, and record the build in `builds`. A failure leaves the previous site as it
 * was and is recorded too.
 */
export async function buildSite(db: Db, input: BuildInput): Promise<BuildResult> {
  const buildId = startBuild(db, input.trigger, input.outDir, THIS_PROCESS);
  input.onStarted?.(buildId);
  try {
    const templates = input.templates ?? (await loadSiteTemplates());
    const site = getSiteSettings(db);
    const entries = listPublishedAnswers(db);
    const leaks = findSiteLeaks(entries, shopContacts(db));
    if (leaks.length > 0) throw new PersonalDataInSiteError(leaks);
    // Entries come in the editor's FAQ order, so their index is their position. An answer in
    // no language of the FAQ (a topic of 'other' questions) goes to the site's language.
    const siteEntries = entries.map((answer, position) => ({
      topicId: answer.topicId,
      question: answer.question,
      answerMarkdown: answer.bodyMd,
      lang: (ANSWER_LANGS as readonly string[]).includes(answer.lang) ? answer.lang : site.lang,
      category: answer.category,
      categoryPosition: answer.categoryPosition,
      position,
      updatedAt: answer.updatedAt,
      wordings: [],
    }));
    const rendered = renderSite({ entries: siteEntries, settings: { title: site.title, defaultLang: site.lang }, builtAt: new Date() }, templates);
    await writeSite(input.outDir, rendered.files, { onStep: input.onWriteStep });
    finishBuild(db, buildId, rendered.entries, digestOf(site, entries));
    return { buildId, outDir: input.outDir, entries: rendered.entries, files: [...rendered.files.keys()] };
  } catch (error) {
    const reason = error instanceof FaqtoryError ? error.message : (error as Error).message;
    failBuild(db, buildId, reason);
    throw new BuildError(`The site was not built: ${reason.replace(/\.?\s*$/, '.')} The previous site in ${input.outDir} is unchanged.`, {
      cause: error,
    });
  }
}
