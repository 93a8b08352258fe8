import { createHash } from 'node:crypto';
import { BuildError, FaqtoryError } from '../errors.js';
import { renderSite, type SiteTemplates } from '../publish/render-site.js';
import { loadSiteTemplates } from '../publish/site-templates.js';
import { writeSite } from '../publish/write-site.js';
import { listPublishedAnswers, type PublishedAnswer } from '../store/answers.js';
import { failBuild, finishBuild, startBuild } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { getSiteSettings, type SiteSettings } from '../store/settings.js';
import { ANSWER_LANGS } from './save-answer.js';

export interface BuildInput {
  outDir: string;
  /** Who asked for the build: 'cli', 'schedule', 'editor', 'demo'... Recorded in `builds`. */
  trigger: string;
  /** Defaults to templates/site/. */
  templates?: SiteTemplates;
  /** Called with the `builds` row id as soon as the build is recorded. */
  onStarted?: (buildId: number) => void;
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

/**
 * Builds the FAQ site from the published answers: render (pure), write atomically, and record
 * the build in `builds`. A failure leaves the previous site as it was and is recorded too.
 */
export async function buildSite(db: Db, input: BuildInput): Promise<BuildResult> {
  const buildId = startBuild(db, input.trigger, input.outDir);
  input.onStarted?.(buildId);
  try {
    const templates = input.templates ?? (await loadSiteTemplates());
    const site = getSiteSettings(db);
    const entries = listPublishedAnswers(db);
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
    await writeSite(input.outDir, rendered.files);
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
