/**
 * Redaction placeholders ("[email]", "[phone]", "[order]"...) stand for personal data, not for
 * meaning: two unrelated questions that both contain an order number must not look alike, and a
 * sentence made only of them and reference words says nothing about what is asked.
 * The one definition of their shape; the redactor writes them, everything else recognises them.
 */
export const PLACEHOLDER = /\[[a-z_-]+\]/i;
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'gi');

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export function dropPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, ' ');
}
