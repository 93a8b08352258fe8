import { redact } from '../text/index.js';

/**
 * A topic label is a customer's own sentence, redacted on import by the rules of that day.
 * Wherever a label is shown (`faqtory topics`, the editor's pages, the heading it pre-fills)
 * it goes through today's redactor again, so data an older import missed is not shown.
 */
export function redactLabel<T extends { label: string }>(topic: T): T {
  return { ...topic, label: redact(topic.label) };
}
