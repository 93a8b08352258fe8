import type { SiteTemplates } from '../publish/render-site.js';
import { lastBuildDigest } from '../store/builds.js';
import type { Db } from '../store/database.js';
import { assignNewQuestions } from './assign-new-questions.js';
import { buildSite, siteDigest, type BuildResult } from './build-site.js';
import type { ProgressObserver } from './observer.js';
import type { ClusterSummary } from './recluster.js';

export interface PipelineInput {
  outDir: string;
  templates?: SiteTemplates;
  /** Runs the build; the scheduler passes its own so that builds share one lock. */
  build?: (trigger: string) => Promise<BuildResult>;
}

export interface PipelineSummary {
  clustering: ClusterSummary;
  /** Null when nothing the site is built from changed since the last successful build. */
  build: BuildResult | null;
}

/**
 * What runs on schedule: place newly imported questions into the existing topics, then rebuild
 * the site only if something published changed (answers, their order, site settings).
 */
export async function runPipeline(db: Db, input: PipelineInput, observer: ProgressObserver = {}): Promise<PipelineSummary> {
  const clustering = assignNewQuestions(db, {}, observer);
  if (lastBuildDigest(db, input.outDir) === siteDigest(db)) {
    observer.step?.(`Nothing published changed; the site in ${input.outDir}/ is up to date.`);
    return { clustering, build: null };
  }
  const build = input.build ?? ((trigger: string) => buildSite(db, { outDir: input.outDir, trigger, templates: input.templates }));
  return { clustering, build: await build('schedule') };
}
