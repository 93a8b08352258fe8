import type { ExtractedQuestion, Lang, RawConversation, RawMessage } from '../model.js';
import { detectLanguage } from './language.js';
import { customerPartOfCallNote } from './call-note.js';
import { dropDataOnlySentences } from './context-sentences.js';
import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';
import { isNoise, trimPleasantries } from './pleasantries.js';
import { removePrivateUse } from './private-use.js';
import { redact } from './redact.js';
import { opensWithQuestionWord, splitQuestions } from './split-questions.js';
import { stripQuotedText } from './strip-quotes.js';
import { TextMemo } from './text-memo.js';

type Reading =
  | { kind: 'empty' }
  | { kind: 'noise' }
  | { kind: 'content'; text: string };

// "Re:", "Odp:", "Fwd[2]:"; clients in other languages add theirs (French tr, German aw/wg, Nordic sv/vs).
const REPLY_PREFIX = new RegExp(`^(?:\\s*(?:${alternation((l) => l.mail.subjectPrefixes)}|tr|aw|wg|vs|sv)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+`, 'i');

// A request needs no question mark: "proszę o fakturę", "please change the address".
const REQUEST = new RegExp(`\\b(?:${alternation((l) => l.questions.requests)})\\b`);

/** "Re: Odp: Kiedy wysyłka?" -> "Kiedy wysyłka?" (matched folded: "PŘ:" is "pr:"). */
function withoutReplyPrefix(subject: string): string {
  const prefix = REPLY_PREFIX.exec(foldKeepingOffsets(subject));
  return subject.slice(prefix?.[0].length ?? 0).trim();
}

/** Whether a later message asks something rather than answering the shop or acknowledging. */
function asksSomething(text: string): boolean {
  if ((text.match(/[\p{L}\d]+/gu)?.length ?? 0) < 3) return false;
  if (text.includes('?')) return true;
  const folded = foldKeepingOffsets(text);
  return (
    text.split(/[.!]\s+/).some(opensWithQuestionWord) ||
    REQUEST.test(folded)
  );
}

function cleanText(text: string): string {
  return trimPleasantries(dropDataOnlySentences(trimPleasantries(redact(text))));
}

/** What a message's own text says, apart from its subject line. */
function readText(text: string, kind: RawConversation['kind']): Reading {
  const stripped = stripQuotedText(removePrivateUse(text));
  const own = kind === 'call' ? customerPartOfCallNote(stripped) : stripped;
  const greetingless = trimPleasantries(own);
  if (greetingless !== '' && isNoise(greetingless)) return { kind: 'noise' };
  const cleaned = cleanText(own);
  return cleaned === '' ? { kind: 'empty' } : { kind: 'content', text: cleaned };
}

// Readings are pure functions of the text (and whether it is a call note): repeated texts are read once.
const callNoteReadings = new TextMemo<Reading>();
const writtenReadings = new TextMemo<Reading>();
const questionParts = new TextMemo<{ text: string; lang: Lang }[]>();

function readMessage(message: RawMessage, kind: RawConversation['kind']): Reading {
  const reading = (kind === 'call' ? callNoteReadings : writtenReadings).get(message.text, () => readText(message.text, kind));
  if (reading.kind !== 'empty') return reading;
  // An e-mail with an empty body may carry its question in the subject line.
  const subject = message.subject && withoutReplyPrefix(removePrivateUse(message.subject));
  if (subject && asksSomething(subject) && !isNoise(subject)) return { kind: 'content', text: cleanText(subject) };
  return reading;
}

/**
 * Most questions one turn yields. A customer asks a few things at once; hundreds of "questions"
 * in one message are a pasted list or a flood of "?" (a 20 MB line once gave 411,208).
 */
export const MAX_QUESTIONS_PER_TURN = 10;

/** The questions in a turn's text, each in its language (the turn's when its own is unclear). */
function splitIntoQuestions(text: string): { text: string; lang: Lang }[] {
  const turnLanguage = detectLanguage(text);
  return splitQuestions(text).slice(0, MAX_QUESTIONS_PER_TURN).map((part) => {
    // Most turns ask one question: the turn itself, whose language is known already.
    const lang = part === text ? turnLanguage : detectLanguage(part);
    return { text: part, lang: lang === 'other' ? turnLanguage : lang };
  });
}

function toQuestions(carrier: RawMessage, text: string): ExtractedQuestion[] {
  return questionParts.get(text, () => splitIntoQuestions(text)).map((part) => ({
    ref: carrier.ref,
    text: part.text,
    lang: part.lang,
    askedAt: carrier.sentAt,
    customer: carrier.author,
  }));
}

/** Groups the customer's messages into turns: consecutive chat messages form one turn; every mail and call note is its own. */
function customerTurns(conversation: RawConversation): RawMessage[][] {
  const separateMessages = conversation.kind === 'mail' || conversation.kind === 'call';
  const turns: RawMessage[][] = [];
  let current: RawMessage[] = [];
  for (const message of conversation.messages) {
    if (message.role !== 'customer') {
      if (message.role === 'shop' && current.length) turns.push(current);
      if (message.role === 'shop') current = [];
      continue;
    }
    if (separateMessages && current.length) {
      turns.push(current);
      current = [];
    }
    current.push(message);
  }
  if (current.length) turns.push(current);
  return turns;
}

/**
 * The customer's questions in a conversation: the opening question (the first turn with real
 * content, greetings and signatures trimmed), then any later turn that asks something new.
 * Thanks, confirmations, answers to the shop's questions and noise yield nothing. Texts are
 * redacted. With `continuing`, every message is a later turn of a conversation already seen.
 */
export function extractQuestions(conversation: RawConversation, context: { continuing: boolean }): ExtractedQuestion[] {
  const questions: ExtractedQuestion[] = [];
  // Every call note is a new contact, so each is read like an opening.
  const everyTurnOpens = conversation.kind === 'call';
  let opened = context.continuing;
  for (const turn of customerTurns(conversation)) {
    const readings = turn.map((message) => ({ message, reading: readMessage(message, conversation.kind) }));
    const content = readings.flatMap(({ message, reading }) => (reading.kind === 'content' ? [{ message, text: reading.text }] : []));
    if (!opened || everyTurnOpens) {
      if (content.length > 0) {
        questions.push(...toQuestions(content[0]!.message, content.map((piece) => piece.text).join(' ')));
        opened = true;
      } else if (readings.some(({ reading }) => reading.kind === 'noise')) {
        opened = true;
      }
      continue;
    }
    const asking = content.filter((piece) => asksSomething(piece.text));
    if (asking.length > 0) questions.push(...toQuestions(asking[0]!.message, asking.map((piece) => piece.text).join(' ')));
  }
  return questions;
}
