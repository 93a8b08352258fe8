import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';
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
 * A greeting run straight into fewer than three words is part of a phrase ("Hello world.",
 * "Hello to myself!"), not an opening: it is cut only when punctuation follows it or the rest
 * reads as a message of its own.
 */
function cutGreeting(text: string, folded: string): string | null {
  const match = GREETING.exec(folded);
  if (!match || match[0].length === 0) return null;
  const rest = text.slice(match[0].length);
  const punctuated = rest === '' || /[,.!?:;)-]/.test(match[0]);
  if (!punctuated && (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return null;
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
const ACKNOWLEDGEMENT_WORDS = new Set(
  `ok okay oki okej okey k dobrze dobra dobre dobry jasne jasne rozumiem super spoko spox swietnie idealnie
   wspaniale fajnie fajne ekstra rewelacja dziekuje dziekujemy dzieki dziex wielkie bardzo serdecznie tak no
   to juz wszystko jest jasne w porzadku porzadku pasuje doszla doszlo dotarla dotarlo przyszla przyszlo paczka
   przesylka zamowienie buty sa za szybka szybki szybkie wysylke wysylka dostawe obsluge mila mile profesjonalna
   i a oraz ze mi mnie sie pani panu rozumim dobre dobrá jasne dekuji dekujeme dekuju diky dik moc mockrat
   vse sedi v poradku poradku paradni parada skvele vyborne dorazil dorazila dorazilo prisel prisla prislo balik
   zasilka boty jsou byl byla druhy den doma rychle rychlou doruceni dodani za vam vas vsechno taky thanks thank
   you very much great perfect fine got it alright understood cool nice all good arrived package parcel
   received was is the for quick fast delivery shipping service everything`.split(/\s+/),
);

const NEGATION = /\b(?:nie|ne|nic|not|no longer|neni|nejde|zadn\w*|brak|problem\w*|reklam\w*|zwrot\w*|vratit|vraceni|chyb\w*|uszkodz\w*|rozbit\w*|poskoz\w*|wrong|broken|damaged|missing)\b|\?/;

const WRONG_RECIPIENT =
  /\b(?:pomyl\w*|pomylka|pomylilam|pomylilem|omyl\w*|omylem|spletl\w*|wrong (?:chat|number|person|window|conversation)|nebylo pro vas|to nie do (?:was|pana|pani)|not for you|sorry,? (?:wrong|mistake))\b/;

const TEST_MESSAGE = /^(?:test\w*|testing|proba|zkouska|asdf\w*|123\w*|\.+|\?+)$/;

const SEASONAL_WISHES =
  /\b(?:wesolych swiat|zdrowych (?:i )?wesolych|szczesliwego nowego roku|wszystkiego najlepszego|vesele vanoce|stastny novy rok|krasne svatky|merry christmas|happy (?:new year|holidays|easter)|season'?s greetings)\b/;

// Unsolicited offers and phishing: the sender sells something or wants a click.
const SPAM =
  /\b(?:oferujemy|nasza oferta|nasza oferte|przeslac oferte|mamy dla (?:panstwa|was)|zapraszamy do wspolpracy|jestesmy (?:producentem|firma|agencja|dostawca)|reprezentuje (?:firme|agencje)|zajmujemy sie|fotowoltaik\w*|bazy mailingowe|pozycjonowan\w*|zarabiaj\w*|zarob\w* \d|nabizime|nase nabidka|nabidku spoluprace|vydelejte|vydelat|we offer|our (?:services|offer)|business proposal|earn \$?\d|seo services|click here|kliknij (?:tutaj|w link)|vice zde|wiecej tutaj|doplac\w*[^.]*https?:)/;

const SMALL_TALK =
  /^(?:ale (?:dzis|dzisiaj|tu) (?:zimno|goraco|cieplo|pada)\b|(?:fajne|ladne|super|piekne) (?:macie )?(?:zdjecia|strone|sklep)\b|jaka (?:ladna|piekna) pogoda|to je ale (?:zima|horko)|nice weather)/;

// What a phone operator writes when no customer asked anything: outbound calls, reminders.
const CALL_WITHOUT_QUESTION =
  /^(?:tel(?:efon)?\.?\s*(?:[–-]\s*)?do klient|przypomnienie|informacja o|nagrano|nagralem|nagralam|nie odbiera|oddzwonilem|oddzwonilam|telemarket\w*|zpetne volani|volani zakaznik|informace o|upominka|pripominka|nebere|outbound|call to (?:the )?customer|reminder|left (?:a )?voicemail|klient\w* dzwoni tylko|zakaznik\w* vola jen)/;

const THANKING = new RegExp(`\\b${THANKS}\\b|podziekowac|podekovat`);

/**
 * True when a (trimmed) customer message carries no question for the FAQ: thanks and
 * confirmations, "wrong chat", tests, seasonal wishes, small talk, spam and offers, and phone
 * notes about calls in which the customer asked nothing.
 */
export function isNoise(text: string): boolean {
  const folded = foldKeepingOffsets(text).replace(/\s+/g, ' ').trim();
  if (folded === '') return true;
  const words = folded.match(/[\p{L}\d']+/gu) ?? [];
  if (words.length === 0) return true;
  if (TEST_MESSAGE.test(folded)) return true;
  if (SPAM.test(folded) || CALL_WITHOUT_QUESTION.test(folded)) return true;
  if (WRONG_RECIPIENT.test(folded) && words.length <= 8) return true;
  if ((SEASONAL_WISHES.test(folded) || SMALL_TALK.test(folded)) && !folded.includes('?')) return true;
  if (NEGATION.test(folded)) return false;
  const acknowledging = words.filter((word) => ACKNOWLEDGEMENT_WORDS.has(word)).length;
  if (acknowledging / words.length >= 0.7) return true;
  if (text.split(/[.!,]\s+/).some(opensWithQuestionWord)) return false;
  // Praise with thanks and no complaint: "Buty są super, dziękuję za szybką wysyłkę!"
  return THANKING.test(folded) && words.length <= 14;
}
