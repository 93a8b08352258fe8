import { foldKeepingOffsets } from './fold.js';
import { alternation } from './lang/index.js';

/**
 * Removes what is not the author's own new text from an e-mail or chat message: quoted earlier
 * messages (">" lines, "On ... wrote:" and Outlook "From:/Sent:" blocks with everything below
 * them, forwarded/original-message separators) and the signature (the "-- " block, "Sent from
 * my phone" lines, a closing greeting followed only by a short name/contact block). Pure; the
 * customer's own words are kept as written.
 */
export function stripQuotedText(text: string): string {
  const lines = stripSignature(removeQuotes(text.replace(/\r\n?/g, '\n').split('\n')));
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Mail clients of customers who write in a language faqtory does not read still quote in theirs
// (German, French, Spanish, Italian, Dutch): their phrases are recognised, nothing else is.
const OTHER_CLIENTS = {
  replyOpenings: ['am', 'le', 'el', 'il', 'op'],
  replyVerbs: ['schrieb', 'a ecrit', 'escribio', 'ha scritto', 'schreef'],
  separatorWords: ['ursprungliche', 'weitergeleitet'],
  headerFrom: ['von', 'de'],
  headerOther: ['gesendet', 'envoye', 'an', 'à', 'betreff', 'objet'],
  deviceSignatures: ['envoye de', 'von meinem', 'gesendet von', 'enviado desde'],
  letterClosings: ['mit freundlichen gru(?:ss|ß)en', 'viele gru(?:ss|ß)e'],
  listFooters: ['listinfo', 'mailman', 'list-unsubscribe'],
};

type MailField = keyof typeof OTHER_CLIENTS | 'forwardIntros';
const phrases = (field: MailField): string => {
  const own = alternation((l) => l.mail[field]);
  return field === 'forwardIntros' ? own : `${own}|${OTHER_CLIENTS[field].join('|')}`;
};

// Every pattern below runs on the folded line (foldKeepingOffsets), so "napisał(a)" is written "napisal\(a\)".
// "W dniu 12.09.2023 o 07:47 X napisał(a):", "Dne ... napsal(a):", "On ... wrote:",
// "Użytkownik X napisał:", "czw. 31 sie 2023 o 05:51 X <x@y> napisał(a):",
// "Wiadomość napisana przez X w dniu 23.09.2023, o godz. 03:53:", "Am ... schrieb ...:".
const ATTRIBUTION_VERB = new RegExp(`(${phrases('replyVerbs')})(?![\\p{L}])`, 'iu');
const ATTRIBUTION_OPENING = new RegExp(`^(${phrases('replyOpenings')})\\b`, 'i');

// "-----Original Message-----", "---- Původní zpráva ----", "--- Oryginalna wiadomość ---",
// "---------- Forwarded message ---------", "Begin forwarded message:".
const DASHED = /^[-_=*]{2,}\s*([^-_=*].{1,60}?)\s*[-_=*]{2,}$/;
const SEPARATOR_WORDS = new RegExp(`(${phrases('separatorWords')})`, 'i');
const FORWARD_INTRO = new RegExp(`^(${phrases('forwardIntros')})\\s*:?$`, 'i');

const HEADER_FROM = new RegExp(`^\\*?(${phrases('headerFrom')})\\s*:\\*?\\s*\\S`, 'i');
const HEADER_OTHER = new RegExp(`^\\*?(${phrases('headerOther')})\\s*:`, 'i');

/**
 * Drops ">" lines and attribution lines above them; everything from a forward/original-message
 * separator, an Outlook header block or an attribution not followed by ">" lines (the quote is
 * then unmarked) is cut. Text written below or between quotes (bottom posting) stays.
 */
function removeQuotes(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith('>')) continue;
    if (!line) {
      kept.push('');
      continue;
    }
    const folded = foldKeepingOffsets(line);
    if (FORWARD_INTRO.test(folded) || SEPARATOR_WORDS.test(DASHED.exec(folded)?.[1] ?? '')) return kept;
    const next = lines[i + 1]?.trim();
    // Mail clients wrap a long attribution line; it still ends with the verb and a colon.
    const span = isAttribution(line) ? 1 : next && !line.endsWith(':') && isAttribution(`${line} ${next}`) ? 2 : 0;
    if (span > 0) {
      if (!quoteFollows(lines, i + span)) return kept;
      i += span - 1;
      continue;
    }
    if (HEADER_FROM.test(folded) && headerBlockFollows(lines, i)) {
      while (kept.length && /^\s*(_{5,})?\s*$/.test(kept[kept.length - 1]!)) kept.pop();
      return kept;
    }
    kept.push(lines[i]!);
  }
  return kept;
}

function quoteFollows(lines: readonly string[], from: number): boolean {
  const next = lines.slice(from).find((line) => line.trim() !== '');
  return next !== undefined && next.trim().startsWith('>');
}

function isAttribution(line: string): boolean {
  if (!line.endsWith(':') || line.length > 300) return false;
  const folded = foldKeepingOffsets(line);
  if (!ATTRIBUTION_VERB.test(folded)) return false;
  return ATTRIBUTION_OPENING.test(folded) || /\d/.test(line) || line.includes('@');
}

/** An Outlook-style header block: From followed closely by at least two of Sent/To/Subject. */
function headerBlockFollows(lines: readonly string[], from: number): boolean {
  let found = 0;
  for (let i = from + 1; i < Math.min(lines.length, from + 7); i++) {
    if (HEADER_OTHER.test(foldKeepingOffsets(lines[i]!.trim()))) found++;
  }
  return found >= 2;
}

const DEVICE_SIGNATURE = new RegExp(`^(${phrases('deviceSignatures')})\\b`, 'i');
const CLOSING = new RegExp(
  `^(${phrases('letterClosings')})\\b[\\s,.!]*(\\p{Lu}[\\p{L}.-]*(\\s+\\p{Lu}[\\p{L}.-]*){0,2})?[\\s,.!]*$`,
  'iu',
);
// After a closing, only a short block of names and contact details may follow.
const MAX_SIGNATURE_LINES = 6;

// A mailing list appends its footer below a rule line: the list's name, address, a subscription link.
const RULE_LINE = /^[-_=*]{10,}$/;
const LIST_FOOTER = new RegExp(`(?:${phrases('listFooters')})`, 'i');

function stripSignature(input: readonly string[]): string[] {
  let lines = [...input];
  const footer = lines.findIndex(
    (line, i) => RULE_LINE.test(line.trim()) && restIsShort(lines, i + 1) && LIST_FOOTER.test(foldKeepingOffsets(lines.slice(i + 1).join(' '))),
  );
  if (footer >= 0) lines = lines.slice(0, footer);
  const dashes = lines.findIndex((line) => /^--\s?$/.test(line));
  if (dashes > 0) lines = lines.slice(0, dashes);
  const device = lines.findIndex((line, i) => i > 0 && DEVICE_SIGNATURE.test(foldKeepingOffsets(line.trim())) && restIsShort(lines, i + 1));
  if (device > 0) lines = lines.slice(0, device);
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (CLOSING.test(foldKeepingOffsets(line)) && restIsShort(lines, i + 1) && hasTextBefore(lines, i)) {
      lines = lines.slice(0, i);
      break;
    }
    if (lines.length - i > MAX_SIGNATURE_LINES + 1) break;
  }
  return lines;
}

function restIsShort(lines: readonly string[], from: number): boolean {
  const rest = lines.slice(from).map((line) => line.trim()).filter(Boolean);
  return rest.length <= MAX_SIGNATURE_LINES && rest.every((line) => line.length <= 80 && !/\?\s*$/.test(line));
}

function hasTextBefore(lines: readonly string[], index: number): boolean {
  return lines.slice(0, index).some((line) => line.trim() !== '');
}
