import type { RawConversation } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { splitMbox } from './split-mbox.js';
import { checkMailNotCut, parseMail } from '../mail/index.js';
import { ThreadRoots } from '../mail/index.js';

/**
 * Yields one conversation per mail, as soon as it is read, so a mailbox of any size streams
 * through. Mails of one thread share the conversation id (Gmail's thread id in Takeout exports,
 * else the thread's first Message-ID), which is how the store joins them.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  const threads = new ThreadRoots();
  for await (const { line, bytes, last } of splitMbox(path, options.onProgress)) {
    if (last) checkMailNotCut(path, line, bytes);
    const mail = await parseMail(bytes, { file: path, line, shop: options.shop });
    const root = threads.rootOf(mail.messageId, mail.references, mail.inReplyTo);
    yield { id: mail.gmailThreadId ?? root, kind: 'mail', messages: [mail.message] };
  }
}
