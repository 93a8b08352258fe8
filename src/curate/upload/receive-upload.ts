import busboy from 'busboy';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { HttpError } from '../http-error.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';

/** What a multipart form brought: its text fields and the files saved in a temporary folder. */
export interface Upload {
  folder: string;
  fields: Map<string, string>;
  /** Saved paths, in the order the browser sent them. */
  files: string[];
  /** Deletes the folder and everything in it. */
  discard(): Promise<void>;
}

export interface UploadLimits {
  /** All files together. */
  maxBytes: number;
  maxFiles: number;
}

/** Refusals the page explains in the user's words. */
export class UploadRefused extends HttpError {
  constructor(
    status: number,
    readonly reason: 'tooLarge' | 'tooManyFiles' | 'forbidden',
    messageKey: MessageKey,
    messageParams?: MessageParams,
  ) {
    super(status, messageKey, messageParams);
  }
}

/**
 * A name safe to create in the folder: the file's own name without any path or leading dot
 * (it is what the import list shows), numbered only when two files share it.
 */
function safeName(name: string, taken: readonly string[]): string {
  const base = basename(name.replaceAll('\\', '/')).replace(/^\.+/, '').replace(/[\u0000-\u001f]/g, '') || 'upload';
  return taken.some((path) => basename(path) === base) ? `${taken.length + 1}-${base}` : base;
}

/**
 * Streams a multipart upload to a temporary folder, never holding a file in memory. The form
 * token (`_csrf`) must come before the first file (the form puts it first): `checkToken`
 * refuses the upload before anything is written when it is missing or wrong.
 */
export async function receiveUpload(req: Request, limits: UploadLimits, checkToken: (token: string | undefined) => boolean): Promise<Upload> {
  const folder = await mkdtemp(join(tmpdir(), 'faqtory-upload-'));
  const upload: Upload = { folder, fields: new Map(), files: [], discard: () => rm(folder, { recursive: true, force: true }) };
  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { files: limits.maxFiles, fileSize: limits.maxBytes, fields: 20 } });
      } catch {
        reject(new HttpError(400, 'import.error.notAForm'));
        return;
      }
      let received = 0;
      const writes: Promise<void>[] = [];
      const fail = (error: Error) => {
        req.unpipe(parser);
        req.resume();
        reject(error);
      };
      parser.on('field', (name, value) => upload.fields.set(name, value));
      parser.on('file', (_field, stream, info) => {
        if (!checkToken(upload.fields.get('_csrf'))) {
          stream.resume();
          fail(new UploadRefused(403, 'forbidden', 'error.csrf'));
          return;
        }
        if (!info.filename) {
          // An empty file input still sends a part without a name.
          stream.resume();
          return;
        }
        const path = join(folder, safeName(info.filename, upload.files));
        upload.files.push(path);
        stream.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > limits.maxBytes) {
            stream.destroy();
            fail(new UploadRefused(413, 'tooLarge', 'import.error.tooLarge', { limit: `${limits.maxBytes} bytes` }));
          }
        });
        stream.on('limit', () => fail(new UploadRefused(413, 'tooLarge', 'import.error.tooLarge', { limit: `${limits.maxBytes} bytes` })));
        writes.push(pipeline(stream, createWriteStream(path)).catch(() => undefined));
      });
      parser.on('filesLimit', () => fail(new UploadRefused(413, 'tooManyFiles', 'import.error.tooManyFiles', { count: limits.maxFiles })));
      parser.on('error', (error: Error) => fail(new HttpError(400, 'import.error.brokeOff', { detail: error.message })));
      parser.on('close', () => {
        Promise.all(writes).then(() => resolve(), reject);
      });
      req.pipe(parser);
    });
  } catch (error) {
    await upload.discard();
    throw error;
  }
  return upload;
}
