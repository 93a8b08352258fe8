import { foldKeepingOffsets } from '../fold.js';
import { trimPleasantries } from '../pleasantries.js';
import { stripQuotedText } from '../strip-quotes.js';
import { anywhere, opening, OPENS_WITH_NO, OPENS_WITH_YES } from './reply-patterns.js';

/**
 * What a shop message does for the question before it. An `answer` answers; a `redirect` sends
 * the customer elsewhere (call us, write to another address); the others are what agents and
 * chat widgets write while the answer is still to come (or instead of one).
 */
export type ShopMessageKind = 'answer' | 'redirect' | 'holding' | 'asks-for-details' | 'auto-reply' | 'welcome' | 'courtesy';

export interface ShopMessageReading {
  kind: ShopMessageKind;
  /**
   * The answering (or, for a redirect, redirecting) sentences, plain text without greeting,
   * quotes, signature or sign-off; '' for the other kinds.
   */
  text: string;
}

const GREETING_OPENING = opening('greetings');
const AUTO_REPLY = anywhere('autoReply');
const ASKS_FOR_DETAILS = anywhere('asksForDetails');
const REQUEST = anywhere('requests');
const HOLDING = anywhere('holding');
const REDIRECT = anywhere('redirects');
const WELCOME = anywhere('welcome');
const COURTESY = new RegExp(anywhere('courtesy').source, 'gu');

// "… dostawa trwa zwykle 1–2 dni. – Kasia": chat agents sign a line with their first name.
const AGENT_NAME_SUFFIX = /\s+[–—~-]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*$/u;
// A sentence ends where whitespace follows its punctuation, so URLs and dates stay whole.
const SENTENCE_END = /(?<=[.!?…])\s+/u;
const MAX_NAME_WORDS = 4;
// Words left in a sentence once its courtesy phrases are gone; this many or fewer say nothing.
const COURTESY_REMAINDER_WORDS = 2;

/** Reads one shop message: which kind it is and, for an answer, its answering sentences. */
export function readShopMessage(text: string): ShopMessageReading {
  const sentences = sentencesOf(stripQuotedText(text)).map((sentence) => ({ sentence, kind: sentenceKind(sentence) }));
  const kinds = sentences.map(({ kind }) => kind);
  for (const wanted of ['answer', 'redirect'] as const) {
    const found = sentences.filter(({ kind }) => kind === wanted).map(({ sentence }) => sentence);
    if (found.length > 0) return { kind: wanted, text: sentenceCase(found.join(' ')) };
  }
  // Without an answer, the message is what its most telling sentence is.
  const telling = (['auto-reply', 'asks-for-details', 'holding', 'welcome'] as const).find((kind) => kinds.includes(kind));
  return { kind: telling ?? 'courtesy', text: '' };
}

/** Sentences of a message, each without greeting, pleasantries or an agent's name after it. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => withoutGreeting(trimPleasantries(sentence.replace(AGENT_NAME_SUFFIX, ''))))
    .filter((sentence) => /[\p{L}\d]/u.test(sentence));
}

function withoutGreeting(sentence: string): string {
  let current = sentence;
  for (let match = GREETING_OPENING.exec(foldKeepingOffsets(current)); match && match[0].length > 0; match = GREETING_OPENING.exec(foldKeepingOffsets(current))) {
    current = current.slice(match[0].length);
  }
  return current.trim();
}

function sentenceKind(sentence: string): ShopMessageKind {
  const folded = foldKeepingOffsets(sentence);
  if (AUTO_REPLY.test(folded)) return 'auto-reply';
  if (ASKS_FOR_DETAILS.test(folded) && (sentence.includes('?') || REQUEST.test(folded))) return 'asks-for-details';
  if (HOLDING.test(folded)) return 'holding';
  if (REDIRECT.test(folded)) return 'redirect';
  if (WELCOME.test(folded)) return 'welcome';
  if (isNameLine(sentence)) return 'courtesy';
  // A bare yes or no ("Ano.", "Tak, można.") answers; other fragments this short are left-overs
  // of signatures and notes ("– Ola", "OK.", "9–17).").
  if (OPENS_WITH_YES.test(folded) || OPENS_WITH_NO.test(folded)) return 'answer';
  const remainder = folded.replace(COURTESY, ' ').match(/[\p{L}\d]+/gu) ?? [];
  return remainder.length <= COURTESY_REMAINDER_WORDS ? 'courtesy' : 'answer';
}

/** A signature line left after the sign-off was cut: "Kasia, Sklep Elektron", "Jana Nováková". */
function isNameLine(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\d]+/gu) ?? [];
  return words.length >= 2 && words.length <= MAX_NAME_WORDS && words.every((word) => /^\p{Lu}/u.test(word));
}

/** "Szanowna Pani,\n\ndostawa kosztuje…" loses its greeting; the answer still reads as a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
