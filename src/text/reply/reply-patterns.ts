import { LANGUAGES, type ReplyPhrases } from '../lang/index.js';

type PhraseList = { [K in keyof ReplyPhrases]: ReplyPhrases[K] extends readonly string[] ? K : never }[keyof ReplyPhrases];

/** Every language's alternatives for one kind of phrase, as one source string. */
function alternatives(kind: PhraseList): string {
  return LANGUAGES.flatMap((language) => language.replies[kind])
    .join('|');
}

// Word edges for folded text: a phrase must not start or end inside another word.
const EDGE_START = '(?<![\\p{L}\\d])';
const EDGE_END = '(?![\\p{L}\\d])';

/** Matches any phrase of the kind anywhere in folded text. */
export function anywhere(kind: PhraseList): RegExp {
  return new RegExp(`${EDGE_START}(?:${alternatives(kind)})${EDGE_END}`, 'u');
}

/** Matches any phrase of the kind at the start of folded text, with the punctuation after it. */
export function opening(kind: PhraseList): RegExp {
  return new RegExp(`^(?:${alternatives(kind)})${EDGE_END}[\\s,.!:;–-]*`, 'u');
}

/** Folded text opening with yes ("Tak, …", "Ano.") or no ("Niestety …", "Ne, …"); a yes needs punctuation after it, so "Tak jak…" is none. */
export const OPENS_WITH_YES = new RegExp(`^(?:${alternatives('yes')})\\s*(?:[,.!:;–-]|$)`, 'u');
export const OPENS_WITH_NO = new RegExp(`^(?:${alternatives('no')})${EDGE_END}`, 'u');
