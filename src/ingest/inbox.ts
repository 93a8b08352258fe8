import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { findFiles } from './find-files.js';

/** A file younger than this may still be being copied into the inbox: it waits for the next run. */
export const INBOX_SETTLE_MS = 5_000;

/** The files in the inbox folder that are complete (not written to in the last few seconds), in name order. */
export async function settledInboxFiles(inbox: string, now = Date.now()): Promise<string[]> {
  const files: string[] = [];
  for (const file of await findFiles([inbox])) {
    if (now - (await stat(file.path)).mtimeMs >= INBOX_SETTLE_MS) files.push(file.path);
  }
  return files;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Moves an imported file from the inbox to the done folder, keeping its place under the inbox;
 * a name already taken there gets the start of the file's hash, so nothing is overwritten.
 */
export async function moveToDone(file: string, inbox: string, doneDir: string, sha256: string): Promise<string> {
  let target = join(doneDir, relative(inbox, file));
  if (await exists(target)) {
    const extension = extname(target);
    target = `${target.slice(0, target.length - extension.length)}-${sha256.slice(0, 8)}${extension}`;
  }
  await mkdir(dirname(target), { recursive: true });
  try {
    await rename(file, target);
  } catch (error) {
    // Another disk: rename cannot cross it, so copy and remove.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(file, target);
    await rm(file);
  }
  return target;
}
