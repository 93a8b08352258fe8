import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';

/**
 * Call-centre agents write what the caller wanted in their own framing ("Klientka pyta:",
 * "Pan Nowak dzwoni z pytaniem, ...", "Zákazník se ptá:") and often append what they did
 * ("Odp.: ...", "Udzielono informacji."). Only the caller's part is the question; the framing
 * words would otherwise dominate clustering, since every note starts with them.
 */

const SUBJECT =
  '(?:[Kk]lient(?:ka)?|[Kk]l\\.|[Pp]ani?|[Zz][aá]kazn[ií](?:k|ce)|[Cc]ustomer|[Cc]aller|[Cc]lient|' +
  '[Dd]zwoni[aą]c[ya]|[Vv]olaj[ií]c[ií]|[Oo]soba|[Mm]r\\.?|[Mm]rs\\.?|[Mm]s\\.?)';
// Up to three capitalised words between the subject and the verb: a first name and/or a surname.
const NAME = "(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){0,3}";
const VERB =
  '(?:zg[łl]asza(?:[łl]a?)?|pyta(?:[łl]a?)?(?:\\s+si[ęe])?|si[ęe]\\s+pyta|dzwoni(?:[łl]a?)?\\s+z\\s+pytaniem|' +
  'dzwoni(?:[łl]a?)?\\s+i\\s+pyta|informuje|m[óo]wi|ma\\s+pytanie|chce\\s+wiedzie[ćc]|' +
  'h[lľ][áa]s[ií]|[řr][íi]k[áa]|se\\s+pt[áa]|pt[áa]\\s+se|ptal[a]?\\s+se|vol[áa]\\s+s\\s+dotazem|m[áa]\\s+dotaz|' +
  'asks|asked|reports|reported|says|wants\\s+to\\s+know|called\\s+(?:asking|to\\s+ask)|calls\\s+(?:asking|to\\s+ask))';
// Some agents start with the channel: "Tel. – klientka pyta, ...".
const CHANNEL_PREFIX = '(?:(?:[Tt]el\\.?|[Tt]elefon|[Rr]ozmowa|[Hh]ovor|[Cc]all)\\s*[–—:-]\\s*)?';
// The punctuation after the verb is required: in "Klient pyta o raty" the words after the verb are not a quote.
const FRAMING = new RegExp(`^\\s*${CHANNEL_PREFIX}${SUBJECT}${NAME}\\s+${VERB}\\s*[:,;\\-–—]\\s*`, 'u');

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
const AGENT_LABEL =
  /(?:^|\s)(?:Odp\.?|Odpowied[źz]|Info|Informacja|Agent|Konsultant(?:ka)?|Odpov[ěe][ďd]|Answer|Reply|Resolution|Rozwi[ąa]zanie|Dzia[łl]anie|Akce|Action)\s*:/u;

// Capitalised agent-action sentences that close a note ("Udzielono informacji.", "Vysvětlen postup.").
const AGENT_TAIL = new RegExp(
  '(?:(?:^|\\s)(?:Udzielono|Wyja[śs]ni(?:[łl]em|[łl]am|ono|[łl]a|[łl])|Odes[łl]ano|Przekazano|Poinformowa(?:no|[łl]em|[łl]am)|' +
    'Zg[łl]oszono|Sprawdzi[ćc]|Oddzwoni[ćc]|Oddzwoni[ęe]|Sprawa\\s+zamkni[ęe]ta|Zadowolon[ya]|' +
    'Vysv[ěe]tlen[oa]?|Vysv[ěe]tlil[a]?|P[řr]ed[áa]no|Informov[áa]n[ao]?|' +
    'Resolved|Explained|Informed|Advised|Forwarded)|(?<=[.!?…]\\s)OK)(?=[\\s.,;:!]|$)[^]*$',
  'u',
);

/**
 * The caller's own words from a call note, for extraction: the clearly marked framing and agent
 * remarks first, then the looser cues (unpunctuated "Pan Nowak pyta czy", lower-case outcomes).
 */
export function customerPartOfCallNote(note: string): string {
  return withoutOperatorPart(withoutMarkedFraming(note));
}

/**
 * The conservative pass the phone reader stores: only framing followed by punctuation, a
 * leading quotation and labelled or capitalised agent remarks go ("Klient pyta o raty." stays).
 */
export function withoutMarkedFraming(note: string): string {
  let text = note.replace(/\s+/g, ' ').trim();
  const framing = FRAMING.exec(text);
  if (framing && framing[0].length < text.length) text = text.slice(framing[0].length);

  const quoted = leadingQuotation(text);
  if (quoted) return quoted;

  const label = AGENT_LABEL.exec(text);
  if (label && label.index > 0) text = text.slice(0, label.index);
  for (let tail = AGENT_TAIL.exec(text); tail && tail.index > 0; tail = AGENT_TAIL.exec(text)) {
    text = text.slice(0, tail.index);
  }
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

// "Klientka dzwoni z pytaniem:", "Pan Nowak pyta, czy", "Zákazník hlásí:" — the operator's frame.
const REPORTED_SPEECH = new RegExp(
  `^(?:tel\\.?\\s*[–-]\\s*)?(?:${alternation((l) => l.callNotes.callers)})(?:\\s+[a-z]+){0,2}?\\s+` +
    `(?:${alternation((l) => l.callNotes.reportingVerbs)})\\s*[:,]?\\s*`,
);

// Where the operator's own part of a phone note begins: the answer given, the outcome, follow-ups.
const OPERATOR_PART = new RegExp(
  `\\s(?:${alternation((l) => l.callNotes.agentLabels)})\\.?\\s*:|(?:^|[\\s.!?])(?:${alternation((l) => l.callNotes.agentActions)}|ok\\.?\\s*$)`,
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
