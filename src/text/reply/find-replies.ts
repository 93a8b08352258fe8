import type { ConversationKind, RawMessage, Role } from '../../model.js';
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
 * What a message tells the customer, when it can answer a question: an `answer`, or a
 * `redirect` ("please call us") that counts only when no answer comes. Holding replies,
 * requests for the order number, auto-replies and courtesy lines carry none.
 */
export interface ReplyReading {
  kind: 'answer' | 'redirect';
  /** The answering sentences, plain text, not yet redacted. */
  text: string;
}

/**
 * The reply a message carries: a shop message's answering sentences, or, in a call note, what
 * the agent recorded the caller was told. Customers' own words never carry one.
 */
export function replyReading(message: Pick<RawMessage, 'role' | 'text'>, kind: ConversationKind): ReplyReading | null {
  if (message.role === 'shop') {
    const reading = readShopMessage(message.text);
    return reading.kind === 'answer' || reading.kind === 'redirect' ? { kind: reading.kind, text: reading.text } : null;
  }
  if (message.role === 'customer' && kind === 'call') {
    const told = toldInCallNote(message.text);
    return told === null ? null : { kind: 'answer', text: told };
  }
  return null;
}

/** One message of a conversation as reply matching sees it: who wrote it and what reply it carries. */
export interface ReplyStep {
  role: Role;
  reply: ReplyReading['kind'] | null;
}

/**
 * For each question (by index into `steps`, one conversation in time order), the index of the
 * step that answers it: the question's own message when it records the answer (a call note),
 * else the first shop message after it that answers. Holding replies and the customer's
 * messages in between (the order number the shop asked for, "ok") are passed over, because the
 * answer usually comes after them. The search ends at the next question: a reply after it
 * answers that one. A redirect is what the customer was told only when no answer came. Null
 * where the shop never answered. Only shop messages and call notes are read, so no customer
 * text can become a reply.
 */
export function pickReplies(steps: readonly ReplyStep[], questionIndexes: readonly number[]): (number | null)[] {
  const questionsAt = new Set(questionIndexes);
  return questionIndexes.map((index) => {
    if (steps[index]?.reply === 'answer') return index;
    let redirect: number | null = null;
    for (let i = index + 1; i < steps.length && !questionsAt.has(i); i++) {
      const step = steps[i]!;
      if (step.role !== 'shop' || !step.reply) continue;
      if (step.reply === 'answer') return i;
      redirect ??= i;
    }
    return redirect;
  });
}

/**
 * For each customer question (by index into `messages`, one conversation in time order), the
 * shop's answer to it as `pickReplies` chooses it; results are in the order of
 * `questionIndexes`, null where the shop never answered.
 */
export function findReplies(
  messages: readonly RawMessage[],
  questionIndexes: readonly number[],
  options: FindRepliesOptions,
): (FoundReply | null)[] {
  const readings = messages.map((message) => replyReading(message, options.kind));
  const steps = messages.map((message, i) => ({ role: message.role, reply: readings[i]?.kind ?? null }));
  return pickReplies(steps, questionIndexes).map((at) => {
    if (at === null) return null;
    const message = messages[at]!;
    return { text: readings[at]!.text, repliedAt: message.sentAt, ref: message.ref };
  });
}
