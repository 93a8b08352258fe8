import { FaqtoryError } from '../errors.js';
import { translator, type MessageKey, type MessageParams } from './i18n/index.js';

/**
 * The editor's own refusal of a request: an HTTP status and a catalogue message, shown in the
 * user's language by the error page; `message` is its English text, for logs.
 */
export class HttpError extends FaqtoryError {
  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly messageParams: MessageParams = {},
  ) {
    super(translator('en').t(messageKey, messageParams));
  }
}
