import { UnknownFormatError, ConfigError } from '../errors.js';
import type { FileSample, FormatAdapter, FormatId } from './adapter.js';
import { FORMAT_IDS } from './adapter.js';
import { adapter as mbox } from './mbox/index.js';
import { adapter as eml } from './eml/index.js';
import { adapter as skype } from './skype/index.js';
import { adapter as livechat } from './livechat/index.js';
import { adapter as smartsupp } from './smartsupp/index.js';
import { adapter as messenger } from './messenger/index.js';
import { adapter as gg } from './gg/index.js';
import { adapter as ggSqlite } from './gg-sqlite/index.js';
import { adapter as pidgin } from './pidgin/index.js';
import { adapter as phoneCsv } from './phone-csv/index.js';
import { adapter as chatCsv } from './chat-csv/index.js';
import { adapter as chatJson } from './chat-json/index.js';
import { adapter as text } from './text/index.js';

/**
 * Every format, in detection order: specific signatures first, generic CSV/JSON after, plain
 * text last. To add a format, create its folder with index.ts / detect.ts / read.ts and list
 * it here.
 */
export const adapters: readonly FormatAdapter[] = [
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
];

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
  if (!found) throw new UnknownFormatError(sample.path, describeFormats());
  return found;
}

export function describeFormats(): string[] {
  return adapters.map((a) => `${a.id} (${a.description})`);
}

export type { FormatId };
