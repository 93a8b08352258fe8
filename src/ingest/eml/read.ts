import { readFile } from 'node:fs/promises';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ParseError } from '../../errors.js';
import { parseMail } from '../mail/index.js';
import { threadRootId } from '../mail/index.js';

/** One .eml file is one mail; its conversation is the thread it belongs to. */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new ParseError(path, 1, 'the file is empty, there is no e-mail message in it.');
  options.onProgress?.(bytes.length);
  const mail = await parseMail(stripBom(bytes), { file: path, line: 1, shop: options.shop });
  const root = threadRootId(mail.messageId, mail.references, mail.inReplyTo);
  yield { id: mail.gmailThreadId ?? root, kind: 'mail', messages: [mail.message] };
}

function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
