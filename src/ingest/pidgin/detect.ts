import type { FileSample } from '../adapter.js';
import { sampleText } from '../encoding/index.js';

/** "Conversation with <buddy> at <date> on <account> (<protocol>)", the first line Pidgin writes. */
export const PIDGIN_HEADER = /^\s*Conversation with (.+?) at (.+?) on (.+) \(([\w .-]+)\)\s*$/;

/** A Pidgin log (.txt or .html): its header line, as text or inside <title>/<h3>. */
export function detect(sample: FileSample): boolean {
  const start = sampleText(sample.head.subarray(0, 2048)).trimStart();
  if (!start || start.includes('\0')) return false;
  if (start.startsWith('Conversation with ')) return PIDGIN_HEADER.test(start.split(/\r?\n/, 1)[0]!);
  // Some Pidgin versions and plugins leave out the leading <html>; the title or heading decides.
  return start.startsWith('<') && /<(title|h3)>Conversation with .+? at .+? on .+ \([\w .-]+\)<\/\1>/i.test(start);
}
