import { BuildError, FaqtoryError } from '../errors.js';
import { listPublishedAnswers } from '../store/answers.js';
import { failBuild, finishBuild, startBuild } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { getSiteSettings } from '../store/settings.js';
import { renderSite, type SiteTemplates } from './render-site.js';
import { loadSiteTemplates } from './site-templates.js';
import { writeSite } from './write-site.js';

export interface BuildOptions {
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

/** Builds the FAQ site from the published answers and records the build in `builds`. */
export async function buildSite(db: Db, options: BuildOptions): Promise<BuildResult> {
  const buildId = startBuild(db, options.trigger, options.outDir);
  options.onStarted?.(buildId);
  try {
    const templates = options.templates ?? (await loadSiteTemplates());
    const site = getSiteSettings(db);
    // Until the store keeps languages, categories and wordings, every answer is in the site language.
    const entries = listPublishedAnswers(db).map((answer, position) => ({
      topicId: answer.topicId,
      question: answer.question,
      answerMarkdown: answer.bodyMd,
      lang: site.lang,
      category: '',
      categoryPosition: 0,
      position,
      updatedAt: answer.updatedAt,
      wordings: [],
    }));
    const rendered = renderSite({ entries, settings: { title: site.title, defaultLang: site.lang }, builtAt: new Date() }, templates);
    await writeSite(options.outDir, rendered.files);
    finishBuild(db, buildId, rendered.entries);
    return { buildId, outDir: options.outDir, entries: rendered.entries, files: [...rendered.files.keys()] };
  } catch (error) {
    const reason = error instanceof FaqtoryError ? error.message : (error as Error).message;
    failBuild(db, buildId, reason);
    throw new BuildError(`The site was not built: ${reason.replace(/\.?\s*$/, ".")} The previous site in ${options.outDir} is unchanged.`, {
      cause: error,
    });
  }
}
