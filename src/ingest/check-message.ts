import { ParseError } from '../errors.js';
import type { RawMessage } from '../model.js';
import { READ_LIMITS } from './limits.js';

// Control characters no person types (tab, line and page breaks aside): the mark of random or
// binary bytes inside a text file, or of UTF-16 read as 8-bit text.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
// What a decoder writes for bytes that are not valid in the charset it was told.
const REPLACEMENT = '\ufffd';

/**
 * The same rule for every reader's messages: text that is damaged (undecodable bytes, binary
 * noise) rejects the file instead of being stored as a customer's words, where it would also
 * slip past redaction; text longer than READ_LIMITS.maxMessageChars is cut.
 */
export function checkMessage(path: string, message: RawMessage): RawMessage {
  for (const text of [message.text, message.subject ?? '']) {
    const damage = text.includes(REPLACEMENT) ? 'characters that could not be decoded' : CONTROL.test(text) ? 'binary control bytes' : null;
    if (damage) {
      throw new ParseError(
        path,
        null,
        `message ${message.ref} contains ${damage}: the file is damaged or not saved as UTF-8 (or the charset it declares). ` +
          'Export it again, or save it as UTF-8 text, and import it again.',
      );
    }
  }
  if (message.text.length <= READ_LIMITS.maxMessageChars) return message;
  return { ...message, text: message.text.slice(0, READ_LIMITS.maxMessageChars) };
}
