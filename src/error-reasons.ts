import { interpolate } from './interpolate.js';

/**
 * Why a use case refused something, by stable code, with its English sentence. The sentence is
 * what the command line, the logs and the tests read (`error.message`); the editor translates
 * the code instead (`reason.<code>` in curate's catalogues) from the same parameters. `{name}`
 * placeholders name the parameters an error of that code carries: `because()` checks them.
 * A number a sentence counts is `{count}`, so translations can choose its plural form.
 */
export const ERROR_REASONS = {
  'action.forbidden': 'Your account ({role}) can look at topics but not change them. Ask an administrator to give you the {needed} role.',

  'topic.notFound': 'There is no topic with id {id}.',
  'topic.merged': 'Topic {id} was merged into topic {into}; work on that topic instead.',
  'topic.label.empty': 'The topic name is empty. Write a short name for the topic.',
  'topic.label.tooLong': 'The topic name is too long (over {count} characters). Shorten it.',
  'topic.merge.self': 'A topic cannot be merged into itself. Choose another topic.',
  'topic.merge.nothingToUndo': 'Topic {id} is not merged into another topic any more, so there is nothing to undo.',
  'topic.status.unknown': 'Choose a status: {statuses}.',
  'topic.status.needsAnswer': 'This topic has no answer yet. Write and save an answer before publishing it.',
  'topic.split.noneTicked': 'Tick the questions that belong to the new topic first.',
  'topic.move.noneTicked': 'Tick the questions to move first, then choose the topic.',
  'question.notFound': 'There is no question with id {id}.',

  'filter.status.unknown': '"{value}" is not a topic status. Choose one of: {statuses}.',
  'filter.lang.unknown': '"{value}" is not a language of questions.',
  'filter.channel.unknown': '"{value}" is not a channel.',
  'filter.date.invalid': '"{value}" is not a date. Pick a day in the calendar (YYYY-MM-DD).',

  'answer.question.empty': 'The question heading is empty. Write the question as customers would ask it.',
  'answer.question.tooLong': 'The question heading is too long (over {count} characters). Shorten it.',
  'answer.body.empty': 'The answer is empty. Write the answer before saving.',
  'answer.body.tooLong': 'The answer is too long (over {count} characters). Shorten it.',
  'answer.lang.unknown': '"{value}" is not a language of the FAQ. Choose one of: {langs}.',
  'answerVersion.notFound': 'There is no answer version with id {id}.',
  'category.empty': 'The category name is empty. Write a name, e.g. "Delivery".',
  'category.tooLong': 'The category name is too long (over {count} characters). Shorten it.',
  'category.notFound': 'There is no category with id {id}.',
  'faqEntry.notFound': 'There is no published answer of topic with id {id}.',
  'vote.lang.unknown': '"{value}" is not a language of the FAQ site.',

  'user.notFound': 'There is no user with id {id}.',
  'user.name.empty': 'The user name is empty. Give a name, e.g. `faqtory user add anna --role editor`.',
  'user.name.taken': 'A user named "{name}" already exists. Choose another name.',
  'user.name.unknown': 'There is no user named "{name}". See the names with `faqtory user list`.',
  'user.role.unknown': '"{value}" is not a role. Use one of: {roles}.',
  'user.password.tooShort': 'The password is too short: use at least {count} characters.',
  'user.lastAdmin': '{name} is the only administrator. Give the administrator role to someone else first.',
  'editorLanguage.noUser': 'Only a logged-in user has an editor language.',
  'editorLanguage.unknown': '"{value}" is not a language of the editor. Choose one of: {locales}.',

  'import.notFound': 'There is no import with id {id}.',
  'upload.zip.unreadable': 'The archive {file} could not be unpacked: {detail}. Check that it is a complete ZIP file and upload it again.',
  'upload.zip.outsidePath': 'The archive {file} could not be unpacked: it contains the path "{path}", which points outside the archive.',
  'upload.zip.tooLarge': 'The archive {file} could not be unpacked: its files are larger than {count} bytes once unpacked. Split the export into smaller archives.',
  'pipeline.busy':
    'Another run of the pipeline (started {startedAt} by {trigger}) is still going; this one did nothing. It will be done by the next scheduled run.',

  // One literal each (a concatenation would lose the placeholders' types).
  'site.personalData':
    "The FAQ would publish personal data: the {field} of topic {topicId} (\"{question}\") contains what looks like {rule}. Rewrite it without the customer's data and publish again; if it is the shop's own contact, add it to the shop's data with `faqtory config import.shop`.",
  'site.personalData.several':
    "The FAQ would publish personal data in {count} places, first: the {field} of topic {topicId} (\"{question}\") contains what looks like {rule}. Rewrite them without the customer's data and publish again; if it is the shop's own contact, add it to the shop's data with `faqtory config import.shop`.",

  'setting.unknown': 'There is no setting "{key}". Settings: {settings}.',
  'setting.tooLong': '{key} is too long: at most {count} characters.',
  'setting.days.invalid': '{key} must be a number of days above 0, e.g. 30 (got "{value}").',
  'setting.timeZone.unknown': '"{value}" is not a time zone. Use e.g. Europe/Warsaw or Europe/Prague.',
  'setting.siteLanguage.unknown': 'The FAQ site can be in {languages}; "{value}" is not one of them.',
  'setting.siteUrl.invalid': '"{value}" is not a full web address. Use e.g. https://shop.example/faq/.',
  'setting.contact.invalid': '"{value}" is not a contact link. Use a web page (https://shop.example/contact) or mailto:help@shop.example.',
  'setting.schedule.invalid':
    'The build schedule "{value}" is not a cron pattern ({detail}). Use e.g. "0 * * * *" for every hour, "0 3 * * *" for every night at 3:00, or "off".',
  'setting.trustProxy.invalid': '"{value}" is not a proxy setting. Use "loopback", the proxy\'s address (e.g. 10.0.0.2), a number of hops, or "off".',
} as const;

export type ErrorCode = keyof typeof ERROR_REASONS;

export const ERROR_CODES = Object.keys(ERROR_REASONS) as readonly ErrorCode[];

/** The `{name}` placeholders of a sentence, as a union of names. */
type PlaceholderNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

export type ReasonParamValue = string | number;

/** The parameters an error of code `C` carries: exactly the placeholders of its sentence. */
export type ReasonParams<C extends ErrorCode> = { readonly [Name in PlaceholderNames<(typeof ERROR_REASONS)[C]>]: ReasonParamValue };

/** A reason as errors hold it: the code and the values its sentence (and its translations) show. */
export interface Reason {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, ReasonParamValue>>;
}

/** A code without placeholders takes no parameters. */
type ParamsArgument<C extends ErrorCode> = [PlaceholderNames<(typeof ERROR_REASONS)[C]>] extends [never] ? [] : [params: ReasonParams<C>];

/** The reason for an error, its parameters checked against the code's sentence by the compiler. */
export function because<C extends ErrorCode>(code: C, ...params: ParamsArgument<C>): Reason {
  return { code, params: params[0] ?? {} };
}

/** The English sentence of a reason. */
export function englishReason(reason: Reason): string {
  return interpolate(ERROR_REASONS[reason.code], reason.params, String);
}
