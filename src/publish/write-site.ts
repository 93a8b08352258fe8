import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, normalize, resolve, sep } from 'node:path';
import { BuildError } from '../errors.js';

/** Marks a folder as a faqtory site, so a build never replaces a folder of someone else's files. */
export const SITE_MARKER = '.faqtory-site';

/**
 * The steps of a site write, in order; `onStep` is called before each (tests stop or fail the
 * write there to prove that every interruption leaves a whole site).
 */
export const SITE_WRITE_STEPS = ['stage', 'retire', 'swap', 'clean'] as const;
export type SiteWriteStep = (typeof SITE_WRITE_STEPS)[number];

export interface WriteSiteOptions {
  onStep?: (step: SiteWriteStep) => void | Promise<void>;
}

// The shop's web server runs as another user and must be able to read the site.
const SITE_FOLDER_MODE = 0o755;

/** The fixed places next to the site: where the previous site waits during a swap, and where new ones are staged. */
function sitePaths(outDir: string) {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  return { target, parent, retired: join(parent, `.${name}.old`), stagingPrefix: `.${name}.new-` };
}

async function existingDir(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) {
      throw new BuildError(`${path} is a file, not a folder. Choose another output folder with --out.`);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function assertReplaceable(target: string): Promise<void> {
  const names = await readdir(target);
  if (names.length > 0 && !names.includes(SITE_MARKER)) {
    throw new BuildError(
      `The folder ${target} already holds files that faqtory did not write. ` +
        'Choose an empty or new folder with --out, so nothing of yours is replaced.',
    );
  }
}

function safeRelativePath(path: string): string {
  const clean = normalize(path);
  if (clean.startsWith('..') || resolve('/', clean) !== join('/', clean) || clean.startsWith(sep)) {
    throw new BuildError(`Refusing to write the site file "${path}" outside the output folder.`);
  }
  return clean;
}

/**
 * Finishes or undoes a site write that was interrupted (the process killed, the power cut):
 * with no site but a retired one, the retired site comes back; with both, the swap had
 * happened and the retired one goes; half-written staging folders go. Only call it while no
 * build writes this folder (under the build lock, or when no build process is alive).
 */
export async function recoverSite(outDir: string): Promise<void> {
  const { target, parent, retired, stagingPrefix } = sitePaths(outDir);
  if (await existingDir(retired)) {
    if (await existingDir(target)) await rm(retired, { recursive: true, force: true });
    else await rename(retired, target);
  }
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) if (name.startsWith(stagingPrefix)) await rm(join(parent, name), { recursive: true, force: true });
}

/**
 * Writes the site so that it is always whole: every file goes into a fresh folder next to the
 * target, the previous site is moved aside to a fixed name, the new one takes its place, and
 * the previous one is removed. A failure at any step puts the previous site back; a process
 * killed between the two renames leaves the previous site at its fixed name, which
 * `recoverSite` (run before every write and when the editor starts) moves back.
 */
export async function writeSite(outDir: string, files: ReadonlyMap<string, string>, options: WriteSiteOptions = {}): Promise<void> {
  const { target, parent, retired, stagingPrefix } = sitePaths(outDir);
  const step = async (name: SiteWriteStep) => options.onStep?.(name);
  await mkdir(parent, { recursive: true });
  await recoverSite(outDir);
  const hadSite = await existingDir(target);
  if (hadSite) await assertReplaceable(target);

  const staging = await mkdtemp(join(parent, stagingPrefix));
  try {
    await chmod(staging, SITE_FOLDER_MODE);
    await step('stage');
    for (const [path, content] of files) {
      const file = join(staging, safeRelativePath(path));
      await mkdir(dirname(file), { recursive: true, mode: SITE_FOLDER_MODE });
      await writeFile(file, content, { encoding: 'utf8', mode: 0o644 });
    }
    await writeFile(join(staging, SITE_MARKER), 'This folder is written by `faqtory build`; it is replaced on every build.\n', { mode: 0o644 });
    if (hadSite) {
      await step('retire');
      await rename(target, retired);
    }
    await step('swap');
    await rename(staging, target);
  } catch (error) {
    // Whatever step failed, the previous site goes back in place and the staged one away.
    await recoverSite(outDir);
    throw error;
  }
  if (hadSite) {
    await step('clean');
    await rm(retired, { recursive: true, force: true });
  }
}
