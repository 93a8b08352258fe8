import type { ConversationKind, ExtractedReply, RawConversation, RawMessage } from '../../model.js';
import { redact } from '../redact.js';
import { TextMemo } from '../text-memo.js';
import { replyReading } from './find-replies.js';

/** The redacted answer a message carries, or null. */
function answerIn(message: Pick<RawMessage, 'role' | 'text'>, kind: ConversationKind): string | null {
  const reading = replyReading(message, kind);
  if (reading?.kind !== 'answer') return null;
  const text = redact(reading.text).trim();
  return text === '' ? null : text;
}

// Agents answer with the same macros over and over: each distinct text is read and redacted once
// (per role and kind of conversation, which decide how it is read).
const answers = new Map<string, TextMemo<string | null>>();

function answersOf(role: RawMessage['role'], kind: ConversationKind): TextMemo<string | null> {
  const key = `${role}:${kind}`;
  let memo = answers.get(key);
  if (!memo) answers.set(key, (memo = new TextMemo()));
  return memo;
}

/**
 * The answers a conversation's messages carry, redacted with the same redactor as questions, so
 * an address or phone number the agent wrote back never reaches the store. Redirects ("please
 * call us") are generic, given to any question: a question that got only one has no reply.
 * Which question each answer answers is decided later, over the stored conversation (it may
 * arrive in another export than its question).
 */
export function extractReplies(conversation: RawConversation): ExtractedReply[] {
  return conversation.messages.flatMap((message) => {
    const text = answersOf(message.role, conversation.kind).get(message.text, () => answerIn(message, conversation.kind));
    return text === null ? [] : [{ ref: message.ref, text }];
  });
}
