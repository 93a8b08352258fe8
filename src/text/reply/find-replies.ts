import type { ConversationKind, RawMessage } from '../../model.js';
import { readShopMessage } from './read-shop-message.js';
import { toldInCallNote } from './told-in-call-note.js';

/** The shop's answer to one customer question. */
export interface FoundReply {
  /** Plain text of the answer: not yet redacted (the caller redacts it like questions). */
  text: string;
  /**
   * When the shop answered: the time of the answering message, not of an earlier holding reply
   * or request for the order number. "Let me check" leaves the customer still waiting, and the
   * wait until an answer is what the dashboard measures. Null when the export has no time.
   */
  repliedAt: Date | null;
  /** `ref` of the message the answer was taken from (for a call note, the note itself). */
  ref: string;
}

export interface FindRepliesOptions {
  /** What the conversation is: a call's message is a whole call note, in which the agent records the answer. */
  kind: ConversationKind;
}

/**
 * For each customer question (by index into `messages`, one conversation in time order), the
 * shop's answer to it: the first shop message after the question that answers something.
 * Holding replies, requests for the order number, auto-replies, welcome lines and thanks are
 * passed over, and so are the customer's messages in between (the order number the shop asked
 * for, "ok"), because the answer usually comes after them. The search ends at the next
 * question: a reply after it answers that one. A redirect ("please call us") is what the
 * customer was told only when no answer came. Results are in the order of `questionIndexes`;
 * null where the shop never answered. Only shop messages (and, for calls, the agent's part of
 * the note) are read, so no customer text can become a reply.
 */
export function findReplies(
  messages: readonly RawMessage[],
  questionIndexes: readonly number[],
  options: FindRepliesOptions,
): (FoundReply | null)[] {
  const questionsAt = new Set(questionIndexes);
  return questionIndexes.map((index) => {
    const question = messages[index];
    if (!question) return null;
    if (options.kind === 'call') {
      const told = toldInCallNote(question.text);
      if (told) return { text: told, repliedAt: question.sentAt, ref: question.ref };
    }
    let redirect: FoundReply | null = null;
    for (let i = index + 1; i < messages.length && !questionsAt.has(i); i++) {
      const message = messages[i]!;
      if (message.role !== 'shop') continue;
      const reading = readShopMessage(message.text);
      const found = { text: reading.text, repliedAt: message.sentAt, ref: message.ref };
      if (reading.kind === 'answer') return found;
      if (reading.kind === 'redirect') redirect ??= found;
    }
    return redirect;
  });
}
