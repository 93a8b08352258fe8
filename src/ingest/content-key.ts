import { hash } from 'node:crypto';

/**
 * A message key made of what the message is and where it stands, for formats without global
 * message ids: a log that has grown since the last import gives its old messages the same keys
 * again, so only the new ones are stored (a hash of the whole file would change with every line).
 */
export function contentKey(format: string, ...parts: readonly (string | number | null)[]): string {
  const digest = hash('sha1', parts.map((part) => String(part ?? '')).join('\u0000'));
  return `${format}:${digest.slice(0, 24)}`;
}
