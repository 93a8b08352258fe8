import { readFile } from 'node:fs/promises';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ParseError } from '../../errors.js';
import { withoutBom } from '../encoding/index.js';
import { parseMail, threadRootId } from '../mail/index.js';

/** One .eml file is one mail; its conversation is the thread it belongs to. */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new ParseError(path, 1, 'the file is empty, there is no e-mail message in it.');
  options.onProgress?.(bytes.length);
  const mail = await parseMail(withoutBom(bytes), { file: path, line: 1, shop: options.shop });
  const root = threadRootId(mail.messageId, mail.references, mail.inReplyTo);
  yield { id: mail.gmailThreadId ?? root, kind: 'mail', messages: [mail.message] };
}
