import { createHash } from 'node:crypto';
import { BuildError, FaqtoryError, PersonalDataInSiteError } from '../errors.js';
import { renderSite, type SiteTemplates } from '../publish/render-site.js';
import { DEFAULT_SITE_SETTINGS, type SiteEntry, type SiteSettingsInput } from '../publish/site/settings.js';
import { CHROME_LANGUAGES } from '../publish/site/words.js';
import { loadSiteTemplates } from '../publish/site-templates.js';
import { recoverSite, writeSite, type SiteWriteStep } from '../publish/write-site.js';
import { currentProcess, isProcessAlive } from '../process-identity.js';
import { listPublishedAnswers } from '../store/answers.js';
import { failBuild, finishBuild, liveBuild, startBuild, type BuildRunner } from '../store/builds.js';
import { listCommonWordings } from '../store/common-wordings.js';
import type { Db } from '../store/database.js';
import { getShopAddresses } from '../store/settings.js';
import { findSiteLeaks } from './site-privacy.js';
import { loadSiteSettings } from './site-settings.js';

export interface BuildInput {
  outDir: string;
  /** Who asked for the build: 'cli', 'schedule', 'editor', 'demo'... Recorded in `builds`. */
  trigger: string;
  /** Defaults to templates/site/ under the shop's own copies (setting site.templates). */
  templates?: SiteTemplates;
  /**
   * Where the entries' "Was this helpful?" buttons post; set when `faqtory serve` serves the
   * site and counts the votes. A site without a server has no buttons.
   */
  feedbackUrl?: string;
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

/** Most common customer wordings indexed per entry: enough to catch how people ask, little to download. */
const WORDINGS_PER_ENTRY = 5;
/**
 * A wording is indexed only when several customers used it: the search index is public, and a
 * sentence only one customer wrote may still tell something about them after redaction.
 */
const WORDING_MIN_CUSTOMERS = 2;

interface SiteInputs {
  settings: SiteSettingsInput;
  entries: SiteEntry[];
}

/** Everything the site is made of, read from the store. */
function readSiteInputs(db: Db, feedbackUrl: string | undefined): SiteInputs {
  const settings: SiteSettingsInput = { ...loadSiteSettings(db), ...(feedbackUrl ? { feedbackUrl } : {}) };
  const wordings = new Map<string, string[]>();
  for (const wording of listCommonWordings(db, { perTopic: WORDINGS_PER_ENTRY, minCustomers: WORDING_MIN_CUSTOMERS })) {
    const key = `${wording.topicId}:${wording.lang}`;
    wordings.set(key, [...(wordings.get(key) ?? []), wording.text]);
  }
  const entries = listPublishedAnswers(db).map((answer): SiteEntry => {
    // A topic whose questions were in no language the site speaks goes to the site's main language.
    const lang = CHROME_LANGUAGES.includes(answer.lang) ? answer.lang : (settings.defaultLang ?? DEFAULT_SITE_SETTINGS.defaultLang);
    return {
      topicId: answer.topicId,
      question: answer.question,
      answerMarkdown: answer.bodyMd,
      lang,
      category: answer.category,
      categoryPosition: answer.categoryPosition,
      position: answer.position,
      updatedAt: answer.updatedAt,
      wordings: wordings.get(`${answer.topicId}:${lang}`) ?? [],
    };
  });
  return { settings, entries };
}

/** The templates the site is rendered with: the built-in ones, under the shop's own copies. */
function templatesFor(inputs: SiteInputs, given: SiteTemplates | undefined): Promise<SiteTemplates> {
  return given ? Promise.resolve(given) : loadSiteTemplates(inputs.settings.templatesDir);
}

function digestOf(inputs: SiteInputs, templates: SiteTemplates): string {
  return createHash('sha256').update(JSON.stringify({ inputs, templates })).digest('hex').slice(0, 32);
}

/**
 * What a site is built from (published answers, their wordings and order, site settings, the
 * templates: a shop's edited template or a new faqtory counts too), as a digest: the scheduled
 * pipeline skips a rebuild when it equals the last successful build's.
 */
export async function siteDigest(db: Db, feedbackUrl?: string, templates?: SiteTemplates): Promise<string> {
  const inputs = readSiteInputs(db, feedbackUrl);
  return digestOf(inputs, await templatesFor(inputs, templates));
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
    const inputs = readSiteInputs(db, input.feedbackUrl);
    // The shop's own addresses, domains, numbers and names may be on its FAQ; nobody else's.
    const leaks = findSiteLeaks(
      inputs.entries.map((entry) => ({ topicId: entry.topicId, question: entry.question, bodyMd: entry.answerMarkdown })),
      getShopAddresses(db),
    );
    if (leaks.length > 0) throw new PersonalDataInSiteError(leaks);
    const templates = await templatesFor(inputs, input.templates);
    const rendered = renderSite({ entries: inputs.entries, settings: inputs.settings, builtAt: new Date() }, templates);
    await writeSite(input.outDir, rendered.files, { onStep: input.onWriteStep });
    finishBuild(db, buildId, rendered.entries, digestOf(inputs, templates));
    return { buildId, outDir: input.outDir, entries: rendered.entries, files: [...rendered.files.keys()] };
  } catch (error) {
    const reason = error instanceof FaqtoryError ? error.message : (error as Error).message;
    failBuild(db, buildId, reason);
    throw new BuildError(`The site was not built: ${reason.replace(/\.?\s*$/, '.')} The previous site in ${input.outDir} is unchanged.`, {
      cause: error,
    });
  }
}
