import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { because } from '../../error-reasons.js';
import { InvalidInputError } from '../../errors.js';

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/** Whether the file starts like a zip archive (the name alone is not trusted). */
export async function isZipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, strictFileNames: false }, (error, zip) =>
      error ? reject(error) : resolvePromise(zip),
    );
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolvePromise(stream)));
  });
}

/**
 * Unpacks a zipped export into `folder` (created), streaming each entry. Refuses paths that
 * would leave the folder and stops when the unpacked files would pass `maxBytes` (a small zip
 * can expand enormously). A broken archive is an InvalidInputError naming the file.
 */
export async function unpackZip(zipPath: string, folder: string, shownName: string, maxBytes: number): Promise<void> {
  const root = resolve(folder);
  await mkdir(root, { recursive: true });
  const unreadable = (error: Error) => new InvalidInputError(because('upload.zip.unreadable', { file: shownName, detail: error.message.replace(/\.$/, '') }), 'files');
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (error) {
    throw unreadable(error as Error);
  }
  let unpacked = 0;
  try {
    await new Promise<void>((resolvePromise, reject) => {
      zip.on('error', (error: Error) => reject(unreadable(error)));
      zip.on('end', () => resolvePromise());
      zip.on('entry', (entry: yauzl.Entry) => {
        const target = resolve(root, entry.fileName);
        const isFolder = entry.fileName.endsWith('/');
        if (!target.startsWith(root + sep)) {
          reject(new InvalidInputError(because('upload.zip.outsidePath', { file: shownName, path: entry.fileName }), 'files'));
          return;
        }
        unpacked += entry.uncompressedSize;
        if (unpacked > maxBytes) {
          reject(new InvalidInputError(because('upload.zip.tooLarge', { file: shownName, count: maxBytes }), 'files'));
          return;
        }
        if (isFolder) {
          mkdir(target, { recursive: true }).then(() => zip.readEntry(), reject);
          return;
        }
        mkdir(dirname(target), { recursive: true })
          .then(() => openEntry(zip, entry))
          .then((stream) => pipeline(stream, createWriteStream(target)))
          .then(() => zip.readEntry())
          .catch((error: Error) => reject(unreadable(error)));
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** Where a zip's content goes next to it: "export.zip" -> "export/" ("export" -> "export-files/"). */
export function unpackFolderFor(zipPath: string): string {
  return /\.zip$/i.test(zipPath) ? zipPath.slice(0, -'.zip'.length) : `${zipPath}-files`;
}
