import { foldKeepingOffsets } from './fold.js';
import { alternation, wordSet } from './lang/index.js';
import { opensWithQuestionWord } from './split-questions.js';

/*
 * Greetings, thanks, sign-offs and small talk, built from every registered language. Every
 * pattern runs on the folded text (lower case, no diacritics) because customers often type
 * without diacritics; the folding keeps offsets, so a match cuts the original at the same place.
 */

const any = alternation;

const GREETING = new RegExp(
  `^(?:(?:${any((l) => l.openings.greetings)})(?: (?:${any((l) => l.openings.greetingTails)}))*)(?=$|[\\s,.!?:;)-])[\\s,.!?:;)-]*`,
);

// Announcing a question says nothing about it: "mam pytanie:", "dotaz:", "I have a question,".
const LEAD_IN = new RegExp(
  `^(?:(?:${any((l) => l.openings.announcements)})\\s*(?:[:,.!?-]+|$)|(?:${any((l) => l.openings.askIntents)})\\s*[:,]?)\\s*`,
);

const THANKS = `(?:${any((l) => l.closings.thanks)})`;

// Sign-offs (and whatever name follows them) at the end of a message.
const SIGN_OFF = new RegExp(`(?:^|[\\s,.!;])(?:${any((l) => l.closings.signOffs)})(?:[\\s,.!]+[\\p{L}.-]+){0,3}[\\s,.!]*$`, 'u');

const THANKS_OBJECTS = any((l) => l.closings.thanksFor.objects);
const TRAILING_THANKS = new RegExp(
  `(?:^|[\\s,.!;])(?:(?:${any((l) => l.closings.thanksBefore)})\\s+)?${THANKS}(?:\\s+(?:${any((l) => l.closings.thanksAfter)}))*` +
    `(?:\\s+(?:${any((l) => l.closings.thanksFor.prepositions)})\\s+(?:${THANKS_OBJECTS}))?` +
    `(?:\\s+(?:${any((l) => l.closings.conjunctions)})\\s+(?:${any((l) => l.closings.signOffs)}))?[\\s,.!:;)(<3]*$`,
  'u',
);

const TRAILING_POLITE = new RegExp(`(?:^|[\\s,.!;])(?:${any((l) => l.closings.politeEndings)})[\\s,.!:;)(]*$`);

// Left behind when "Dziękuję i pozdrawiam, Anna" loses its sign-off.
const DANGLING_CONJUNCTION = new RegExp(`(?:^|\\s)(?:${any((l) => l.closings.conjunctions)})[\\s,]*$`);

const EMOTICONS = /(?:[\s]*(?::\)|:-\)|:d|;\)|:\(|<3|xd|\p{Extended_Pictographic}))+\s*$/u;

/**
 * A one-word greeting run straight into fewer than three words is part of a phrase ("Hello
 * world.", "Hello to myself!"), not an opening: it is cut only when punctuation follows it, the
 * rest reads as a message of its own, or the greeting is unmistakable ("Dobrý den přeji").
 */
function cutGreeting(text: string, folded: string): string | null {
  const match = GREETING.exec(folded);
  if (!match || match[0].length === 0) return null;
  const rest = text.slice(match[0].length);
  const greeting = match[0].trim();
  const unmistakable = rest === '' || /[,.!?:;)-]/.test(greeting) || /\s/.test(greeting);
  if (!unmistakable && (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return null;
  return rest;
}

function cutStart(text: string, folded: string, pattern: RegExp): string | null {
  const match = pattern.exec(folded);
  if (!match || match[0].length === 0) return null;
  return text.slice(match[0].length);
}

// A first name or full name left after thanks: "Předem děkuji za odpověď. Václav Procházka".
const CLOSING_THEN_WORDS = new RegExp(
  `(?:${THANKS}|${THANKS_OBJECTS}|${any((l) => l.closings.thanksAfter)})[\\s,.!]+((?:[\\p{L}-]+\\s?){1,3})[\\s.!]*$`,
  'u',
);

function cutTrailingName(text: string, folded: string): string | null {
  const match = CLOSING_THEN_WORDS.exec(folded);
  if (!match) return null;
  const nameStart = match.index + match[0].indexOf(match[1]!);
  const name = text.slice(nameStart).trim();
  if (!name.split(/\s+/).every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return null;
  return text.slice(0, nameStart);
}

function cutEnd(text: string, folded: string, pattern: RegExp): string | null {
  const match = pattern.exec(folded);
  if (!match) return null;
  // A sign-off swallowing a question is not a sign-off.
  if (match[0].includes('?')) return null;
  return text.slice(0, match.index);
}

/** Removes greetings and announcements at the start and thanks and sign-offs at the end. */
export function trimPleasantries(text: string): string {
  let current = text.replace(/\s+/g, ' ').trim();
  const cuts: ((text: string, folded: string) => string | null)[] = [
    cutGreeting,
    (t, f) => cutStart(t, f, LEAD_IN),
    (t, f) => cutEnd(t, f, EMOTICONS),
    (t, f) => cutEnd(t, f, SIGN_OFF),
    cutTrailingName,
    (t, f) => cutEnd(t, f, TRAILING_THANKS),
    (t, f) => cutEnd(t, f, TRAILING_POLITE),
    (t, f) => cutEnd(t, f, DANGLING_CONJUNCTION),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    // Folding is the costly part; it is redone only after a cut changed the text.
    let folded = foldKeepingOffsets(current);
    for (const cut of cuts) {
      const next = cut(current, folded);
      if (next !== null && next.trim() !== current) {
        current = next.trim();
        folded = foldKeepingOffsets(current);
        changed = true;
      }
    }
  }
  return current.replace(/^[\s,.;:!–-]+/, '').replace(/[\s,;:–-]+$/, '');
}

// Words of a message that only acknowledges: "ok rozumiem, dzięki", "balík dorazil, vše sedí".
const ACKNOWLEDGEMENT_WORDS = wordSet((l) => l.noise.acknowledgements);

const COMPLAINT = new RegExp(`\\b(?:${any((l) => l.noise.complaints)})\\b|\\?`);

const WRONG_RECIPIENT = new RegExp(`\\b(?:${any((l) => l.noise.wrongRecipient)})\\b`);

// Keyboard mashing and bare punctuation test a chat in any language.
const TEST_MESSAGE = new RegExp(`^(?:${any((l) => l.noise.testMessages)}|asdf\\w*|123\\w*|\\.+|\\?+)$`);

const SEASONAL_WISHES = new RegExp(`\\b(?:${any((l) => l.noise.seasonalWishes)})\\b`);

// Unsolicited offers and phishing: the sender sells something or wants a click.
const SPAM = new RegExp(`\\b(?:${any((l) => l.noise.spam)})`);

const SMALL_TALK = new RegExp(`^(?:${any((l) => l.noise.smallTalk)})`);

// A shop's own announcement that reached the log as a customer message ("Nasz sklep jest
// nieczynny w sobotę."): it asks nothing.
const SHOP_VOICE = new RegExp(`\\b(?:${any((l) => l.noise.shopVoice)})\\b`);

// What a phone operator writes when no customer asked anything: outbound calls, reminders.
const CALL_WITHOUT_QUESTION = new RegExp(`^(?:${any((l) => l.noise.callsWithoutQuestion)})`);

const THANKING = new RegExp(`\\b${THANKS}\\b|${any((l) => l.noise.thankVerbs)}`);

const HAS_LETTER = /\p{L}/u;

/**
 * True when a (trimmed) customer message carries no question for the FAQ: thanks and
 * confirmations, a bare number, "wrong chat", tests, seasonal wishes, small talk, spam and
 * offers, a shop's own announcement, and phone notes about calls in which the customer asked nothing.
 */
export function isNoise(text: string): boolean {
  const folded = foldKeepingOffsets(text).replace(/\s+/g, ' ').trim();
  if (folded === '') return true;
  const words = folded.match(/[\p{L}\d']+/gu) ?? [];
  // A bare number or a row of symbols asks nothing.
  if (!HAS_LETTER.test(folded)) return true;
  if (TEST_MESSAGE.test(folded)) return true;
  if (SPAM.test(folded) || CALL_WITHOUT_QUESTION.test(folded)) return true;
  if (WRONG_RECIPIENT.test(folded) && words.length <= 8) return true;
  if ((SEASONAL_WISHES.test(folded) || SMALL_TALK.test(folded)) && !folded.includes('?')) return true;
  if (COMPLAINT.test(folded)) return false;
  const acknowledging = words.filter((word) => ACKNOWLEDGEMENT_WORDS.has(word)).length;
  if (acknowledging / words.length >= 0.7) return true;
  if (text.split(/[.!,]\s+/).some(opensWithQuestionWord)) return false;
  if (SHOP_VOICE.test(folded)) return true;
  // Praise with thanks and no complaint: "Buty są super, dziękuję za szybką wysyłkę!"
  return THANKING.test(folded) && words.length <= 14;
}
