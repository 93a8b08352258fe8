import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { isZipFile, unpackFolderFor, unpackZip } from './unpack-zip.js';
import type { Upload } from './receive-upload.js';

export { receiveUpload, UploadRefused, type Upload, type UploadLimits } from './receive-upload.js';

/**
 * The paths to import from an upload: plain files as they are, zipped exports unpacked into a
 * folder of their own name (and the archive itself dropped).
 */
export async function unpackUploadedLogs(upload: Upload, maxUnpackedBytes: number): Promise<string[]> {
  const paths: string[] = [];
  for (const file of upload.files) {
    if (!(await isZipFile(file))) {
      paths.push(file);
      continue;
    }
    const folder = unpackFolderFor(file);
    await unpackZip(file, folder, basename(file), maxUnpackedBytes);
    await rm(file);
    paths.push(folder);
  }
  return paths;
}
