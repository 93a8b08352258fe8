import { readFile } from 'node:fs/promises';
import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ParseError } from '../../errors.js';
import { withoutBom } from '../encoding/index.js';
import { checkMailNotCut, parseMail, threadRootId } from '../mail/index.js';

/**
 * One .eml file is one mail; its conversation is the thread it belongs to. A mail saved from a
 * mailbox may keep its mbox "From " envelope line, which is not a header: it is passed over.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const bytes = withoutBom(await readFile(path));
  if (bytes.length === 0) throw new ParseError(path, 1, 'the file is empty, there is no e-mail message in it.');
  options.onProgress?.(bytes.length);
  checkMailNotCut(path, 1, bytes);
  const envelope = bytes.subarray(0, 5).toString('latin1') === 'From ' ? bytes.indexOf(10) + 1 : 0;
  const mail = await parseMail(bytes.subarray(envelope), { file: path, line: envelope ? 2 : 1, shop: options.shop });
  const root = threadRootId(mail.messageId, mail.references, mail.inReplyTo);
  yield { id: mail.gmailThreadId ?? root, kind: 'mail', messages: [mail.message] };
}
