import { because, englishReason, type ErrorCode, type Reason, type ReasonParamValue } from './error-reasons.js';

/**
 * One error hierarchy for everything a user can cause. The CLI catches `FaqtoryError` once,
 * prints `message` (written for a shop employee, saying what to do next) and exits with
 * `exitCode`. Anything else is a bug and is shown with its stack.
 *
 * An error the editor may show is built from a `Reason` (`because(code, params)`): its `code`
 * and `params` are what the editor translates, its `message` the English sentence of the same
 * reason. A plain message is for what only the operator reads (command-line options, a log
 * file's broken line).
 */
export class FaqtoryError extends Error {
  readonly exitCode: number = 1;
  /** Stable reason code (`topic.label.empty`), or null for an operator's plain message. */
  readonly code: ErrorCode | null;
  readonly params: Readonly<Record<string, ReasonParamValue>>;
  constructor(reason: Reason | string, options?: { cause?: unknown }) {
    super(typeof reason === 'string' ? reason : englishReason(reason), options);
    this.name = new.target.name;
    this.code = typeof reason === 'string' ? null : reason.code;
    this.params = typeof reason === 'string' ? {} : reason.params;
  }
}

/** A file that cannot be read as the format it claims to be; `line` is 1-based when known. */
export class ParseError extends FaqtoryError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    // A reason may quote the damaged input; its control bytes would garble the terminal.
    super(`${file}${line === null ? '' : `:${line}`}: ${reason.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')}`, options);
  }
}

/** No import format recognised the file. */
export class UnknownFormatError extends FaqtoryError {
  constructor(
    readonly file: string,
    readonly knownFormats: readonly string[],
  ) {
    // One short line: it is printed once per file, and a folder may hold hundreds of them.
    super(`${file}: not a log format faqtory recognises (it reads ${knownFormats.join(', ')}); if you know the format, pass it with --format.`);
  }
}

/** Wrong settings or command-line values. */
export class ConfigError extends FaqtoryError {
  override readonly exitCode: number = 2;
  constructor(
    reason: Reason | string,
    readonly setting?: string,
  ) {
    super(reason);
  }
}

/** What can be asked for by id; each kind has its reason code `<kind>.notFound`. */
export type NotFoundKind = 'topic' | 'question' | 'user' | 'category' | 'answerVersion' | 'faqEntry' | 'import';

/** Something asked for by id that is not in the store. */
export class NotFoundError extends FaqtoryError {
  constructor(
    readonly kind: NotFoundKind,
    readonly id: string | number,
  ) {
    // Every kind's code exists: the template type is checked against ErrorCode.
    const code: `${NotFoundKind}.notFound` & ErrorCode = `${kind}.notFound`;
    super({ code, params: { id } });
  }
}

/** A site build that could not complete; the previous site is left as it was. */
export class BuildError extends FaqtoryError {}

/**
 * Published text (an entry's heading or answer) matches a personal-data rule. The data itself
 * is not repeated in the message, which every editor sees in the build history.
 */
export class PersonalDataInSiteError extends BuildError {
  constructor(readonly leaks: readonly { topicId: number; question: string; field: 'question' | 'answer'; rule: string }[]) {
    // The site builder raises it only for what it found, so there is a first finding.
    const first = leaks[0]!;
    const finding = { field: first.field, topicId: first.topicId, question: first.question.slice(0, 60), rule: first.rule };
    super(leaks.length > 1 ? because('site.personalData.several', { ...finding, count: leaks.length }) : because('site.personalData', finding));
  }
}

/**
 * The request clashes with the current state of the data (a topic merged meanwhile in another
 * tab, a topic merged into itself). Nothing was changed; the message says what to do instead.
 */
export class ConflictError extends FaqtoryError {
  constructor(
    reason: Reason,
    readonly kind: string,
    readonly id: string | number,
  ) {
    super(reason);
  }
}

/** Input that breaks a rule of the product (an empty answer, a status that needs an answer first). */
export class InvalidInputError extends FaqtoryError {
  constructor(
    reason: Reason,
    readonly field: string,
  ) {
    super(reason);
  }
}

/** The person's role does not allow the action; `needed` lists the roles that do. */
export class ForbiddenError extends FaqtoryError {
  constructor(
    readonly role: string | null,
    readonly needed: readonly string[],
  ) {
    super(because('action.forbidden', { role: role ?? 'none', needed: needed[0] ?? 'editor' }));
  }
}

/** Question extraction (run on a worker thread) failed; the file being imported is rolled back. */
export class ExtractionError extends FaqtoryError {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Reading the questions out of the conversations failed (${reason}). Nothing from this file was stored; ` +
        'try the import again, and report it if it keeps failing.',
      options,
    );
  }
}
