import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/** Entry types of the Kadu / ekg history file; the message ones are chat or "message" mode, sent or received. */
const HISTORY_LINE = /^(chatsend|chatrcv|chatrecv|msgsend|msgrcv|msgrecv|status|smssend),/;
const MESSAGE_LINE = /^(?:chat|msg)(?:send|rcv|recv),\d+,/m;

/** Kadu/ekg history: the first line is a history entry and a message entry occurs in the sample. */
export function detect(sample: FileSample): boolean {
  const text = sampleText(sample.head, 'latin1').trimStart();
  if (!text || text.includes('\0')) return false;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return HISTORY_LINE.test(firstLine) && MESSAGE_LINE.test(text);
}
