import type { ExtractedQuestion, RawConversation, RawMessage } from '../model.js';
import { detectLanguage } from './language.js';
import { fold } from './normalise.js';
import { isNoise, trimPleasantries } from './pleasantries.js';
import { redact } from './redact.js';
import { opensWithQuestionWord, splitQuestions, splitSentences } from './split-questions.js';
import { stripQuotedText } from './strip-quotes.js';

type Reading =
  | { kind: 'empty' }
  | { kind: 'noise' }
  | { kind: 'content'; text: string };

// "Klientka dzwoni z pytaniem:", "Pan Nowak pyta, czy", "Zákazník hlásí:" — the operator's frame.
const REPORTED_SPEECH =
  /^(?:tel\.?\s*[–-]\s*)?(?:klient\w*|kl\.|pan|pani|zakaznik\w*|zakaznice|customer|caller)(?:\s+[a-z]+){0,2}?\s+(?:dzwoni z pytaniem|dzwoni z prosba|dzwoni w sprawie|pyta|zglasza|mowi|chce wiedziec|prosi|hlasi|vola s dotazem|se pta|se ptal\w*|rika|chce vedet|asks|asked|says|wants to know|reports|called asking)\s*[:,]?\s*/;

// Where the operator's own part of a phone note begins: the answer given, the outcome, follow-ups.
const OPERATOR_PART =
  /\s(?:info|odp|odpowiedz|poinformowano|odpoved|answer|resolution)\.?\s*:|(?:^|[\s.!?])(?:udzielono informacji|wyjasnil\w* procedure|sprawdzic w magazynie|do oddzwonienia|oddzwonic|odeslano do|przekazano do|zadowolon\w*|sprawa zamknieta|ok\.?\s*$|zam\.\s*\d|vysvetlen\w* postup|informace poskytnuty|vyrizeno|predano|zakaznik\w* spokojen\w*|resolved|explained the)/;

const OPENING_QUOTE = /^[„"“”«']/;
const CLOSING_QUOTE = /[”"“»']/g;

/** The customer's words from a call-centre note: the quoted speech, else the note without the operator's frame and answer. */
function customerPartOfPhoneNote(note: string): string {
  let text = note.trim();
  const frame = REPORTED_SPEECH.exec(fold(text));
  if (frame) text = text.slice(frame[0].length);
  if (OPENING_QUOTE.test(text)) {
    const closings = [...text.slice(1).matchAll(CLOSING_QUOTE)];
    const last = closings[closings.length - 1];
    if (last?.index !== undefined) return text.slice(1, last.index + 1);
  }
  const operator = OPERATOR_PART.exec(fold(text));
  return operator && operator.index > 0 ? text.slice(0, operator.index) : text;
}

// Words of a sentence that only hands over data or says which order it is about:
// "Kontakt do mnie: [phone].", "Piszę w sprawie zamówienia nr [order].", "Jde o objednávku [order]."
const REFERENCE_WORDS = new Set(
  `kontakt do mnie na mi me moj moje muj moja tel telefon telefonu numer nr cislo c rodne pesel nip ico e mail
   email adres adresa adresu ucet uctu konta konto numer konta iban pro vraceni penez zwrotu zwrot pieniedzy
   zamowienie zamowienia zamowieniu zam objednavka objednavky objednavku objednavce obj pisze pisu w sprawie
   ohledne dotyczy jde o mam to je jest order my about regarding re number contact phone account na nazwisko
   jmeno name podaje podavam kdyby bylo potreba gdyby byl potrzebny w razie potrzeby if needed z a i`.split(/\s+/),
);

function dropDataOnlySentences(text: string): string {
  return splitSentences(text)
    .filter((sentence) => {
      if (!/\[[a-z-]+\]/.test(sentence) || sentence.includes('?')) return true;
      const words = sentence.replace(/\[[a-z-]+\]/g, ' ').match(/[\p{L}\d]+/gu) ?? [];
      // Names ("na nazwisko Ewa Król") are capitalised; every other word must be a reference word.
      return words.some((word) => !REFERENCE_WORDS.has(fold(word)) && !/^\p{Lu}/u.test(word));
    })
    .join(' ')
    .trim();
}

const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|odp|tr|aw|wg|vs|sv)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** Whether a later message asks something rather than answering the shop or acknowledging. */
function asksSomething(text: string): boolean {
  if ((text.match(/[\p{L}\d]+/gu)?.length ?? 0) < 3) return false;
  if (text.includes('?')) return true;
  const folded = fold(text);
  return (
    text.split(/[.!]\s+/).some(opensWithQuestionWord) ||
    /\b(?:prosze o|prosim o|please|potrzebuje|potrebuji|chce (?:zwrocic|oddac|anulowac|zlozyc|reklamowac|zmienic)|chci (?:vratit|zrusit|reklamovat|zmenit))\b/.test(folded)
  );
}

function cleanText(text: string): string {
  return trimPleasantries(dropDataOnlySentences(trimPleasantries(redact(text))));
}

function readMessage(message: RawMessage, kind: RawConversation['kind']): Reading {
  const stripped = stripQuotedText(message.text);
  const own = kind === 'call' ? customerPartOfPhoneNote(stripped) : stripped;
  const greetingless = trimPleasantries(own);
  if (greetingless !== '' && isNoise(greetingless)) return { kind: 'noise' };
  const text = cleanText(own);
  if (text !== '') return { kind: 'content', text };
  // An e-mail with an empty body may carry its question in the subject line.
  const subject = message.subject?.replace(REPLY_PREFIX, '').trim();
  if (subject && asksSomething(subject) && !isNoise(subject)) return { kind: 'content', text: cleanText(subject) };
  return { kind: 'empty' };
}

function toQuestions(carrier: RawMessage, text: string): ExtractedQuestion[] {
  const turnLanguage = detectLanguage(text);
  return splitQuestions(text).map((part) => {
    const lang = detectLanguage(part);
    return {
      ref: carrier.ref,
      text: part,
      lang: lang === 'other' ? turnLanguage : lang,
      askedAt: carrier.sentAt,
      customer: carrier.author,
    };
  });
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
