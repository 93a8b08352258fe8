import { because } from '../error-reasons.js';
import { InvalidInputError } from '../errors.js';
import type { Actor } from '../model.js';
import type { Db } from '../store/database.js';
import { setUserLocale } from '../store/users.js';

/** The languages the editor speaks: the locales of src/curate/i18n, which has their texts (a test keeps the two equal). */
export const EDITOR_LANGUAGES = ['pl', 'cs', 'en'] as const;

/**
 * Stores the editor language a user chose for themselves; '' goes back to the browser's
 * language. Any logged-in user may change their own.
 */
export function setEditorLanguage(db: Db, input: { locale: string; actor: Actor }): string | null {
  if (input.actor.id === null) throw new InvalidInputError(because('editorLanguage.noUser'), 'locale');
  const locale = input.locale.trim() || null;
  if (locale !== null && !(EDITOR_LANGUAGES as readonly string[]).includes(locale)) {
    throw new InvalidInputError(because('editorLanguage.unknown', { value: locale, locales: EDITOR_LANGUAGES.join(', ') }), 'locale');
  }
  setUserLocale(db, input.actor.id, locale);
  return locale;
}
