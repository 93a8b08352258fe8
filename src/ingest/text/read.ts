import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { readLines } from '../encoding/index.js';

/** One question per non-empty line; each line is its own conversation, `ref` = line number. */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  for await (const { line, text } of readLines(path, options.onProgress)) {
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    yield {
      id: `${path}#${line}`,
      kind: 'lines',
      messages: [{ ref: String(line), role: 'customer', author: null, sentAt: null, text: trimmed }],
    };
  }
}
