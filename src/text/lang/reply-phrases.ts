/**
 * What one language contributes to reading shop replies (its module's `replies`). Every entry is a regular-expression
 * source written for folded text (lower case, no diacritics: see text/fold.ts `foldKeepingOffsets`),
 * because agents type without diacritics as often as customers do. Entries are alternatives;
 * the reader joins them across languages, since a short reply rarely says which language it is.
 */
export interface ReplyPhrases {
  /** Openings of a shop message that greet rather than say anything: "vážená paní", "dear customer". */
  greetings: readonly string[];
  /** Promises to come back later: "sprawdzę i wrócę", "ověřím a ozvu se", "let me check". */
  holding: readonly string[];
  /**
   * Replies that send the customer elsewhere instead of answering: "proszę o kontakt
   * telefoniczny", "napište na reklamace@…", "see our FAQ". Taken only when nothing better came.
   */
  redirects: readonly string[];
  /** Requests for the order number or other details before the shop can answer. */
  asksForDetails: readonly string[];
  /** Words that make a sentence mentioning the order number a request for it: "proszę o", "could you". */
  requests: readonly string[];
  /** Automatic acknowledgements of a received message ("we will reply as soon as possible"). */
  autoReply: readonly string[];
  /** Chat widgets' welcome lines and offers of help: "jak możemy pomóc?". */
  welcome: readonly string[];
  /**
   * Sentences that only show goodwill: thanks, wishes, "anything else?", "I can see your order",
   * "I'm back with the answer", and a call note's closing remarks ("Udzielono informacji."). A
   * sentence made of these alone answers nothing.
   */
  courtesy: readonly string[];
  /** Phone notes: words that introduce what the customer was told ("poinformowano, że"). */
  told: readonly string[];
  /** Numbers written as words, for durations: "dwa tygodnie". */
  numberWords: Readonly<Record<string, number>>;
  /** Duration units by how many days one of them lasts: day, week, month, year (stems). */
  durationUnits: readonly { stem: string; days: number }[];
  /** Words between the two ends of a range: "2 lub 3 lata". */
  rangeWords: readonly string[];
  /** Words that make days working days ("dni roboczych"): those are counted apart from calendar days. */
  workingDayWords: readonly string[];
  /** The word for "percent" when written out. */
  percentWords: readonly string[];
  /** Opening words of a positive answer; they count only when punctuation or the end follows ("Tak, ...", "Ano."). */
  yes: readonly string[];
  /** Openings of a negative answer; a bare "nie"/"no" carries its own lookahead for punctuation. */
  no: readonly string[];
  /** Currencies as written, by ISO code. */
  currencies: Readonly<Record<string, string>>;
}
