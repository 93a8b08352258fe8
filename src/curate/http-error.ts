import { FaqtoryError } from '../errors.js';

/** An error page with an HTTP status and a message for the person using the editor. */
export class HttpError extends FaqtoryError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
