import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';

/**
 * Call-centre agents write what the caller wanted in their own framing ("Klientka pyta:",
 * "Pan Nowak dzwoni z pytaniem, ...", "Zákazník se ptá:") and often append what they did
 * ("Odp.: ...", "Udzielono informacji."). Only the caller's part is the question; the framing
 * words would otherwise dominate clustering, since every note starts with them.
 */

const CALLER = `(?:${alternation((l) => l.callNotes.callers)})`;
const REPORTING_VERB = `(?:${alternation((l) => l.callNotes.reportingVerbs)})`;
// Some agents start with the channel: "Tel. – klientka pyta, ...".
const CHANNEL_PREFIX = `(?:(?:tel\\.?|${alternation((l) => l.callNotes.channels)})\\s*[–—:-]\\s*)?`;

/**
 * The framing with exactly `names` words between the caller and the verb (a first name and/or
 * a surname, checked to be capitalised in the original). The punctuation after the verb is
 * required: in "Klient pyta o raty" the words after the verb are not a quote.
 */
const FRAMING_WITH_NAMES = [3, 2, 1, 0].map(
  (names) =>
    new RegExp(`^\\s*${CHANNEL_PREFIX}${CALLER}${"(?:\\s+([\\p{L}'’-]+\\.?))".repeat(names)}\\s+${REPORTING_VERB}\\s*[:,;\\-–—]\\s*`, 'du'),
);

/** Every match of a global pattern in `folded` whose first letter is a capital in `text`. */
function* capitalisedMatches(pattern: RegExp, text: string, folded: string): Generator<RegExpExecArray> {
  for (const match of folded.matchAll(pattern)) {
    const start = match.index + match[0].search(/\p{L}/u);
    if (/\p{Lu}/u.test(text[start] ?? '')) yield match;
  }
}

function framingLength(text: string): number {
  const folded = foldKeepingOffsets(text);
  for (const framing of FRAMING_WITH_NAMES) {
    const match = framing.exec(folded);
    const names = match?.indices?.slice(1) ?? [];
    if (match && names.every((span) => span !== undefined && /^\p{Lu}/u.test(text.slice(span[0])))) return match[0].length;
  }
  return 0;
}

const CLOSING_QUOTE: Readonly<Record<string, readonly string[]>> = {
  '„': ['”', '“'],
  '“': ['”'],
  '”': ['”'],
  '"': ['"'],
  '«': ['»'],
  '»': ['«'],
  '‚': ['’', '‘'],
};

// "Odp.: ...", "Info: ..." and the like start the agent's part of the note.
const AGENT_LABEL = new RegExp(`(?:^|\\s)(?:${alternation((l) => l.callNotes.agentLabels)})\\.?\\s*:`, 'gu');

// Capitalised agent-report sentences that close a note ("Udzielono informacji.", "Vysvětlen postup.", "… OK").
const AGENT_REPORT = new RegExp(`(?:^|\\s)(?:${alternation((l) => l.callNotes.agentReports)})(?=[\\s.,;:!]|$)|(?<=[.!?…]\\s)ok(?=[\\s.,;:!]|$)`, 'gu');

/**
 * The caller's own words from a call note, for extraction: the clearly marked framing and agent
 * remarks first, then the looser cues (unpunctuated "Pan Nowak pyta czy", lower-case outcomes).
 */
export function customerPartOfCallNote(note: string): string {
  return withoutOperatorPart(withoutMarkedFraming(note));
}

/**
 * The conservative first pass of `customerPartOfCallNote`: only framing followed by punctuation, a
 * leading quotation and labelled or capitalised agent remarks go ("Klient pyta o raty." stays).
 */
export function withoutMarkedFraming(note: string): string {
  let text = note.replace(/\s+/g, ' ').trim();
  const framing = framingLength(text);
  if (framing > 0 && framing < text.length) text = text.slice(framing);

  const quoted = leadingQuotation(text);
  if (quoted) return quoted;

  const folded = foldKeepingOffsets(text);
  const label = capitalisedMatches(AGENT_LABEL, text, folded).next().value;
  if (label && label.index > 0) text = text.slice(0, label.index);
  // Everything from the first capitalised report on is the agent's ("OK" only in capitals).
  const report = [...capitalisedMatches(AGENT_REPORT, text, foldKeepingOffsets(text))].find(
    (match) => match[0] !== 'ok' || text.slice(match.index, match.index + 2) === 'OK',
  );
  // A note that opens with a report is the agent's alone; it is kept whole (see below).
  if (report && report.index > 0) text = text.slice(0, report.index);
  const result = text.trim();
  return result || note.trim();
}

/** The text inside a quotation that opens the note, when it is closed and not empty; nested quotes are kept. */
function leadingQuotation(text: string): string | null {
  const opener = text[0] ?? '';
  const closers = CLOSING_QUOTE[opener];
  if (!closers) return null;
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (closers.includes(ch)) {
      if (depth === 0) return text.slice(1, i).trim() || null;
      depth--;
    } else if (ch === opener) {
      depth++;
    }
  }
  return null;
}

// "Klientka dzwoni z pytaniem:", "Pan Nowak pyta, czy", "Zákazník hlásí:" — the operator's frame, punctuated or not.
const REPORTED_SPEECH = new RegExp(`^(?:tel\\.?\\s*[–-]\\s*)?${CALLER}(?:\\s+[a-z]+){0,2}?\\s+${REPORTING_VERB}\\s*[:,]?\\s*`);

// Where the operator's own part of a phone note begins: a label, or a phrase of the agent's in any case.
const OPERATOR_PART = new RegExp(
  `\\s(?:${alternation((l) => l.callNotes.agentLabels)})\\.?\\s*:|(?:^|[\\s.!?])(?:${alternation((l) => l.callNotes.agentPhrases)}|ok\\.?\\s*$)`,
);

const OPENING_QUOTE = /^[„"“”«']/;
const ANY_CLOSING_QUOTE = /[”"“»']/g;

/** Second pass, on folded text: unpunctuated framing ("Pan Nowak pyta czy") and lower-case operator remarks. */
function withoutOperatorPart(note: string): string {
  let text = note.trim();
  const frame = REPORTED_SPEECH.exec(foldKeepingOffsets(text));
  if (frame) text = text.slice(frame[0].length);
  if (OPENING_QUOTE.test(text)) {
    const closings = [...text.slice(1).matchAll(ANY_CLOSING_QUOTE)];
    const last = closings[closings.length - 1];
    if (last?.index !== undefined) return text.slice(1, last.index + 1);
  }
  const operator = OPERATOR_PART.exec(foldKeepingOffsets(text));
  return operator && operator.index > 0 ? text.slice(0, operator.index) : text;
}
