import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FaqtoryError } from '../errors.js';

/** A file to import, and whether the user named it (rather than it being found in a folder). */
export interface InputFile {
  path: string;
  named: boolean;
}

/**
 * Expands the command-line paths: files as given, folders recursively in name order. Hidden
 * entries (".git", ".DS_Store") are skipped inside folders because exports never hide logs there.
 */
export async function findFiles(paths: readonly string[]): Promise<InputFile[]> {
  const found: InputFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new FaqtoryError(`${path}: no such file or folder. Check the path and try again.`);
    }
    if (info.isDirectory()) {
      for (const file of await walk(path)) found.push({ path: file, named: false });
    } else {
      found.push({ path, named: true });
    }
  }
  return found;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
