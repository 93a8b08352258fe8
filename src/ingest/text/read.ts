import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { basename } from 'node:path';
import { contentKey } from '../content-key.js';
import { readLines } from '../encoding/index.js';

/**
 * One question per non-empty line; each line is its own conversation, `ref` = line number. A
 * line's key is its text and how many times the same text came before it in the file, so lines
 * added to the list later are the only new ones.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const seen = new Map<string, number>();
  const name = basename(path);
  for await (const { line, text } of readLines(path, options.onProgress)) {
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const occurrence = seen.get(trimmed) ?? 0;
    seen.set(trimmed, occurrence + 1);
    yield {
      id: `${path}#${line}`,
      kind: 'lines',
      messages: [
        { ref: String(line), key: contentKey('text', name, trimmed, occurrence), role: 'customer', author: null, sentAt: null, text: trimmed },
      ],
    };
  }
}
