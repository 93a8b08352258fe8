import type { Channel, RawConversation } from '../model.js';
import type { FormatId } from './registry.js';

export type { FormatId } from './registry.js';

/** What detection sees of a file: its path and its first bytes. */
export interface FileSample {
  path: string;
  /** Up to the first 64 KiB of the file. */
  head: Buffer;
  size: number;
}

export interface ReadOptions {
  /** The shop's own e-mail addresses, domains, user ids or display names. */
  shop: readonly string[];
  /** IANA zone for formats that store local times without an offset. */
  timezone: string;
  /** Column/field mapping for generic CSV/JSON formats: our field name -> the file's column name. */
  columns: Readonly<Record<string, string>>;
  /** Called with the number of bytes consumed so far, for progress bars. */
  onProgress?: (bytesRead: number) => void;
}

/**
 * Reads one file of one format. `read` streams conversations so that a large export never has
 * to fit in memory; it throws `ParseError(file, line, reason)` for input it cannot read, and
 * the importer then discards everything already read from that file.
 */
export interface FormatReader {
  read(path: string, options: ReadOptions): AsyncIterable<RawConversation>;
}

/** One registry entry. `detect` is cheap and synchronous; the reader is loaded only when used. */
export interface FormatAdapter<Id extends string = FormatId> {
  id: Id;
  /** The channel questions from this format are filed under (see channel.ts for the decision). */
  channel: Channel;
  /** One line for the "faqtory reads:" list. */
  description: string;
  /** True when the sample looks like this format (content first, name second). */
  detect(sample: FileSample): boolean;
  loadReader(): Promise<FormatReader>;
}
