import type { Lang } from '../../model.js';
import type { ReplyPhrases } from './reply-phrases.js';

/** A language faqtory reads (every Lang but 'other'). */
export type KnownLang = Exclude<Lang, 'other'>;

/**
 * Everything faqtory knows about one language, in one object. Text modules never spell a word of
 * a particular language: they build their patterns from the registered modules (lang/index.ts),
 * so a new language is one file plus one registry line.
 *
 * Everything is written folded (lower case, no diacritics: see foldKeepingOffsets) because
 * customers often type Polish and Czech without diacritics, and every matcher runs on folded
 * text. List entries are regular-expression fragments (alternatives without capturing groups),
 * so "good (?:morning|evening)" is one entry; a plain word is a fragment too.
 */
export interface LanguageModule {
  /** ISO 639-1 code, stored with each question. */
  readonly code: KnownLang;
  /** English name, for docs and messages. */
  readonly name: string;

  readonly detection: {
    /** Frequent words that mostly belong to this language; words shared with a neighbour prove nothing. */
    readonly words: readonly string[];
    /** Character cues (own diacritics, typical endings) that add to this language's score. */
    readonly cues: readonly LanguageCue[];
  };

  /** For each month, January first, the folded prefixes that name it in a written date: ['sty'], ['lut']... */
  readonly months: readonly (readonly string[])[];

  readonly terms: {
    /** General stop words (library lists); also used for texts whose language is unknown. */
    readonly stopWords: readonly string[];
    /** Greetings, thanks and framing verbs ("can I", "must I") as single words: no topic, yet in every message. */
    readonly courtesyWords: readonly string[];
    /** Stems a folded word. */
    readonly stem: (folded: string) => string;
  };

  /** How messages open: trimmed before the question. */
  readonly openings: {
    /** "dzien dobry", "good (?:morning|evening)". */
    readonly greetings: readonly string[];
    /** Words that may follow a greeting: "serdecznie", "there". */
    readonly greetingTails: readonly string[];
    /** Announcing a question, then punctuation: "mam pytanie:", "quick question,". */
    readonly announcements: readonly string[];
    /** Saying one wants to ask: "chcialbym zapytac", "i would like to ask". */
    readonly askIntents: readonly string[];
  };

  /** How messages close: trimmed after the question. */
  readonly closings: {
    /** The thanks itself: "dziekuje", "thank you". */
    readonly thanks: readonly string[];
    /** Before the thanks: "z gory", "many". */
    readonly thanksBefore: readonly string[];
    /** After the thanks: "bardzo", "in advance". */
    readonly thanksAfter: readonly string[];
    /** "za" / "for" and what one thanks for: "odpowiedz", "your help". */
    readonly thanksFor: { readonly prepositions: readonly string[]; readonly objects: readonly string[] };
    /** "pozdrawiam", "kind regards": a name may follow. */
    readonly signOffs: readonly string[];
    /** Polite endings that ask for nothing concrete: "prosze o odpowiedz", "have a nice day". */
    readonly politeEndings: readonly string[];
    /** "i", "a", "and": left dangling when what followed was trimmed. */
    readonly conjunctions: readonly string[];
  };

  readonly questions: {
    /** Words that open a question able to stand alone: "czy", "kolik", "how". */
    readonly questionWords: readonly string[];
    /** Connectives allowed before such a word: "a", "and also". */
    readonly connectives: readonly string[];
    /** A request without a question mark: "prosze o", "please", "chci vratit". */
    readonly requests: readonly string[];
    /** Words of a sentence that only hands over data or names the order: "kontakt", "nr", "objednavka". */
    readonly referenceWords: readonly string[];
    /** Abbreviations whose full stop does not end a sentence: "nr", "c" (č.), "ul". */
    readonly abbreviations: readonly string[];
  };

  /** How call-centre agents write phone notes (see call-note.ts). */
  readonly callNotes: {
    /** A channel word an agent may start with: "telefon", "hovor" (then a dash or colon). */
    readonly channels: readonly string[];
    /** Who called: "klient\\w*", "zakaznice", "caller". */
    readonly callers: readonly string[];
    /** The verb that reports the caller's words: "pyta", "se pta", "asks". */
    readonly reportingVerbs: readonly string[];
    /** Labels that start the agent's part, before a colon: "odp", "answer". */
    readonly agentLabels: readonly string[];
    /** Words that open the agent's report when capitalised as a sentence: "udzielono", "resolved". */
    readonly agentReports: readonly string[];
    /** Phrases specific enough to end the caller's part wherever they stand: "udzielono informacji". */
    readonly agentPhrases: readonly string[];
  };

  /** Messages that carry no question for the FAQ (see isNoise). */
  readonly noise: {
    /** Words of a message that only acknowledges: "ok", "rozumiem", "dorazil", "perfect". */
    readonly acknowledgements: readonly string[];
    /** A complaint or a problem makes a message worth reading even among thanks: "nie", "reklam\w*", "broken". */
    readonly complaints: readonly string[];
    /** Verbs of thanking: "podziekowac". */
    readonly thankVerbs: readonly string[];
    /** "pomylka", "wrong chat". */
    readonly wrongRecipient: readonly string[];
    /** A whole message that only tests the chat: "proba", "testing". */
    readonly testMessages: readonly string[];
    /** "wesolych swiat", "merry christmas". */
    readonly seasonalWishes: readonly string[];
    /** Openings of small talk: "ale dzis zimno", "nice weather". */
    readonly smallTalk: readonly string[];
    /** Offers and phishing: "oferujemy", "click here". */
    readonly spam: readonly string[];
    /** A shop speaking, not a customer: "nasz sklep", "we are open". */
    readonly shopVoice: readonly string[];
    /** Openings of an operator's note about a call in which nobody asked: "przypomnienie", "left a voicemail". */
    readonly callsWithoutQuestion: readonly string[];
  };

  /** What mail clients write in this language around the customer's own text. */
  readonly mail: {
    /** How a reply header above a quote opens: "w dniu", "on". */
    readonly replyOpenings: readonly string[];
    /** Its verb, just before the colon: "napisal\(a\)", "wrote". */
    readonly replyVerbs: readonly string[];
    /** Words inside a dashed separator: "original", "puvodni". */
    readonly separatorWords: readonly string[];
    /** A line that introduces a forwarded message: "begin forwarded message". */
    readonly forwardIntros: readonly string[];
    /** Header names of a quoted Outlook block: the sender, then the others. */
    readonly headerFrom: readonly string[];
    readonly headerOther: readonly string[];
    /** "Sent from my phone" lines. */
    readonly deviceSignatures: readonly string[];
    /** Closing lines of a letter, a short name may follow: "z powazaniem", "best regards". */
    readonly letterClosings: readonly string[];
    /** Subject prefixes of a reply or forward, before the colon: "odp", "re", "fwd?". */
    readonly subjectPrefixes: readonly string[];
    /** Words of the footer a mailing list appends: "mailing list", "unsubscribe". */
    readonly listFooters: readonly string[];
  };

  /** What the shop's replies say in this language: holding replies, redirects, facts (see ReplyPhrases). */
  readonly replies: ReplyPhrases;
}

/** A detection cue: each match of `pattern` in the lower-cased or folded text adds `weight`. */
export interface LanguageCue {
  readonly pattern: RegExp;
  readonly weight: number;
  readonly on: 'lower' | 'folded';
  /** Counted once however often it occurs (a letter that alone points to the language). */
  readonly once?: boolean;
}

/** Splits a whitespace-separated word list written as a template literal. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
