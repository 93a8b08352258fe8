import type { ExtractedReply, RawConversation } from '../../model.js';
import { redact } from '../redact.js';
import { replyReading } from './find-replies.js';

/**
 * The replies a conversation's messages carry, redacted with the same redactor as questions, so
 * an address or phone number the agent wrote back never reaches the store. Which question each
 * reply answers is decided later, over the stored conversation (a reply may arrive in another
 * export than its question).
 */
export function extractReplies(conversation: RawConversation): ExtractedReply[] {
  return conversation.messages.flatMap((message) => {
    const reading = replyReading(message, conversation.kind);
    if (!reading) return [];
    const text = redact(reading.text).trim();
    return text === '' ? [] : [{ ref: message.ref, kind: reading.kind, text }];
  });
}
