import { basename } from 'node:path';
import { UnknownFormatError } from '../errors.js';
import type { FormatAdapter } from './adapter.js';
import { sampleFile } from './file-sample.js';
import type { InputFile } from './find-files.js';
import { detectFormat } from './registry.js';

/** Names that plain-text question lists have when found inside a folder: .txt, .log, or none. */
const PLAIN_TEXT_NAME = /^[^.]+$|\.(txt|log)$/i;

const NOT_A_LOG = 'not a log format faqtory recognises';

/** The format a file will be read as, or why it is not read: rejected (named by the user) or skipped (found in a folder). */
export type AdapterChoice =
  | { adapter: FormatAdapter; bytes: number }
  | { adapter: FormatAdapter | null; outcome: 'rejected' | 'skipped'; reason: string };

/**
 * Decides how to read one input file: the forced format, else the detected one. Files found
 * inside a folder that no format claims are skipped rather than rejected. A rejection's reason
 * starts with the file's path, like every rejection of the importer.
 */
export async function chooseAdapter(input: InputFile, forced: FormatAdapter | null): Promise<AdapterChoice> {
  const sample = await sampleFile(input.path);
  // A file the user named is an error to report; exports carry photos and HTML indexes beside
  // the logs, so a file found in a folder is only skipped.
  const refuse = (reason: string, named: string): AdapterChoice =>
    input.named ? { adapter: null, outcome: 'rejected', reason: named } : { adapter: null, outcome: 'skipped', reason };
  if (sample.size === 0) return refuse('the file is empty', `${input.path}: the file is empty, there is nothing to import`);
  let adapter: FormatAdapter;
  try {
    adapter = forced ?? detectFormat(sample);
  } catch (error) {
    if (!(error instanceof UnknownFormatError)) throw error;
    return refuse(NOT_A_LOG, error.message);
  }
  if (!input.named && !forced && adapter.id === 'text' && !PLAIN_TEXT_NAME.test(basename(input.path))) {
    // Plain text takes text files that look like a list of questions; inside a folder, a README
    // or a data file is still far more likely than a list of questions under an odd name.
    return {
      adapter: null,
      outcome: 'skipped',
      reason: `${NOT_A_LOG} (to read it as one question per line, import it by name with --format text)`,
    };
  }
  return { adapter, bytes: sample.size };
}
