import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { DEFAULT_TIMEZONE } from '../../src/app/index.js';
import { ParseError } from '../../src/errors.js';
import type { FileSample, FormatAdapter, ReadOptions } from '../../src/ingest/adapter.js';
import type { RawConversation } from '../../src/model.js';

/** Reader options with no shop names, no column mapping and the default time zone, except where `overrides` say otherwise. */
export function readOptions(overrides: Partial<ReadOptions> = {}): ReadOptions {
  return { shop: [], timezone: DEFAULT_TIMEZONE, columns: {}, ...overrides };
}

/** Every conversation the adapter's reader yields for one file, in order. */
export async function readConversations(
  adapter: FormatAdapter,
  path: string,
  options: ReadOptions = readOptions(),
): Promise<RawConversation[]> {
  const { read } = await adapter.loadReader();
  const conversations: RawConversation[] = [];
  for await (const conversation of read(path, options)) conversations.push(conversation);
  return conversations;
}

/** What detection sees of a file on disk. */
export async function sampleOf(path: string): Promise<FileSample> {
  const bytes = await readFile(path);
  return { path, head: bytes.subarray(0, 65536), size: bytes.length };
}

/** What detection sees of a small file with this text, without writing it. */
export function sampleOfText(text: string, path: string): FileSample {
  const head = Buffer.from(text);
  return { path, head, size: head.length };
}

/** The error the promise rejects with, or null when it resolves. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

/** The ParseError the promise rejects with; fails the test when it rejects with anything else or not at all. */
export async function parseErrorOf(promise: Promise<unknown>): Promise<ParseError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(ParseError);
  return error as ParseError;
}
