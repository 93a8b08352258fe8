import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, normalize, resolve, sep } from 'node:path';
import { BuildError } from '../errors.js';

/** Marks a folder as a faqtory site, so a build never replaces a folder of someone else's files. */
export const SITE_MARKER = '.faqtory-site';

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
 * Writes the site atomically: every file goes into a fresh folder next to the target, which
 * then replaces the target by renames. A failure at any point leaves the previous site as it was.
 */
export async function writeSite(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  await mkdir(parent, { recursive: true });
  const hadSite = await existingDir(target);
  if (hadSite) await assertReplaceable(target);

  const staging = await mkdtemp(join(parent, `.${name}.new-`));
  try {
    for (const [path, content] of files) {
      const file = join(staging, safeRelativePath(path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content, 'utf8');
    }
    await writeFile(join(staging, SITE_MARKER), 'This folder is written by `faqtory build`; it is replaced on every build.\n');
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  if (!hadSite) {
    await rename(staging, target);
    return;
  }
  // Two renames: the old site is moved aside, then the new one takes its place.
  const retired = join(parent, `.${name}.old-${randomBytes(6).toString('hex')}`);
  await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(retired, target);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}
