import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;
// Headers that only mail has; a CSV or a note with a "Subject:" line has none of them.
const MAIL_ONLY = /^(received|return-path|message-id|mime-version|delivered-to|dkim-signature|x-mailer|in-reply-to|references)$/;
const COMMON = /^(from|to|cc|date|subject|reply-to|sender|content-type)$/;

/**
 * A single message: the file opens with an RFC 822 header block (every line a field or a
 * folded continuation) holding at least one mail-only header, or in a .eml file two common ones
 * or a Content-Type (a lone MIME entity). Like mail readers, a continuation line a writer forgot
 * to indent is accepted, while such lines are fewer than the fields.
 */
export function detect(sample: FileSample): boolean {
  if (sample.head.includes(0)) return false;
  const text = sampleText(sample.head, 'latin1');
  const blank = text.search(/\r?\n\r?\n/);
  const lines = (blank === -1 ? text : text.slice(0, blank)).split(/\r?\n/);
  if (blank === -1 && sample.size > sample.head.length) lines.pop();
  let mailOnly = 0;
  let common = 0;
  let fields = 0;
  let unindented = 0;
  const names = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (index > 0 && /^[ \t]/.test(line)) continue;
    const field = FIELD.exec(line);
    if (!field) {
      if (index === 0) return false;
      unindented++;
      continue;
    }
    fields++;
    const name = field[1]!.toLowerCase();
    names.add(name);
    if (MAIL_ONLY.test(name)) mailOnly++;
    else if (COMMON.test(name)) common++;
  }
  if (unindented >= fields) return false;
  if (mailOnly > 0) return mailOnly + common >= 2;
  return /\.eml$/i.test(sample.path) && (common >= 2 || names.has('content-type'));
}
