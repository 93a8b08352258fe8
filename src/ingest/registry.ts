import { ConfigError, UnknownFormatError } from '../errors.js';
import type { FileSample, FormatAdapter } from './adapter.js';
import { adapter as chatCsv } from './chat-csv/index.js';
import { adapter as chatJson } from './chat-json/index.js';
import { adapter as eml } from './eml/index.js';
import { adapter as ggSqlite } from './gg-sqlite/index.js';
import { adapter as gg } from './gg/index.js';
import { adapter as livechat } from './livechat/index.js';
import { adapter as mbox } from './mbox/index.js';
import { adapter as messenger } from './messenger/index.js';
import { adapter as phoneCsv } from './phone-csv/index.js';
import { adapter as pidgin } from './pidgin/index.js';
import { adapter as skype } from './skype/index.js';
import { adapter as smartsupp } from './smartsupp/index.js';
import { adapter as text } from './text/index.js';

/**
 * Every format, in detection order: the first whose `detect` accepts a file's sample reads it.
 * Adding a format is its folder plus one line here. The order, and why:
 * 1. binary signatures (gg-sqlite: the SQLite magic) before anything that reads text;
 * 2. mail (mbox, eml): headers a chat export never starts with;
 * 3. vendor JSON with a fixed shape (skype, livechat, smartsupp, messenger) before chat-json,
 *    which takes any JSON list of messages with a text field and would claim them all;
 * 4. line formats with a signature of their own (gg history lines, the Pidgin header);
 * 5. CSV: phone-csv (note + call/phone column, no sender column) before chat-csv, whose
 *    "text + author" header a call list could also match;
 * 6. text, the fallback for plain text that nothing above claimed.
 * test/ingest/detection-matrix.test.ts checks every fixture against every detector.
 */
export const adapters = [
  ggSqlite,
  mbox,
  eml,
  skype,
  livechat,
  smartsupp,
  messenger,
  chatJson,
  gg,
  pidgin,
  phoneCsv,
  chatCsv,
  text,
] as const satisfies readonly FormatAdapter<string>[];

export type FormatId = (typeof adapters)[number]['id'];

/** The format ids, in detection order (for --format and its help). */
export const FORMAT_IDS: readonly FormatId[] = adapters.map((a) => a.id);

export function adapterById(id: string): FormatAdapter {
  const found = adapters.find((a) => a.id === id);
  if (!found) {
    throw new ConfigError(`Unknown format "${id}". Formats: ${FORMAT_IDS.join(', ')}.`, 'format');
  }
  return found;
}

/** The first adapter whose detector accepts the sample. */
export function detectFormat(sample: FileSample): FormatAdapter {
  const found = adapters.find((a) => a.detect(sample));
  if (!found) throw new UnknownFormatError(sample.path, FORMAT_IDS);
  return found;
}
