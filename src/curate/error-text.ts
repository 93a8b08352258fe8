import type { ErrorCode } from '../error-reasons.js';
import { FaqtoryError } from '../errors.js';
import { isMessageKey, type MessageKey, type Translator } from './i18n/index.js';

/** The catalogue key of a reason code; the compiler refuses a code the Polish catalogue lacks. */
export function reasonKey(code: ErrorCode): MessageKey {
  return `reason.${code}`;
}

/**
 * Parameters that hold an id the catalogue has words for, by the prefix of their keys: a role is
 * shown as "Redaktor", not "editor"; personal data found in the site as "numer telefonu", not "phone".
 */
const NAMED_PARAMS: Readonly<Record<string, string>> = { role: 'role.', needed: 'role.', field: 'personalData.field.', rule: 'personalData.rule.' };

/**
 * A refusal as the editor reads it: the error's reason in the page's language, filled from the
 * error's parameters. An error without a reason code has only its English sentence, which an
 * editor may not read: the page gets the `general` sentence instead, and `log` gets the English
 * one so the administrator can still tell what happened.
 */
export function errorText(error: unknown, texts: Translator, log: (line: string) => void, general: MessageKey = 'error.refused'): string {
  if (error instanceof FaqtoryError && error.code !== null) {
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => {
        const named = Object.hasOwn(NAMED_PARAMS, name) ? `${NAMED_PARAMS[name]}${value}` : '';
        return [name, isMessageKey(named) ? texts.t(named) : value];
      }),
    );
    return texts.t(reasonKey(error.code), params);
  }
  log(`faqtory editor: refused without a reason code: ${error instanceof Error ? error.message : String(error)}`);
  return texts.t(general);
}
