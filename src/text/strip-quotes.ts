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

// "W dniu 12.09.2023 o 07:47 X napisał(a):", "Dne ... napsal(a):", "On ... wrote:",
// "Użytkownik X napisał:", "czw. 31 sie 2023 o 05:51 X <x@y> napisał(a):",
// "Wiadomość napisana przez X w dniu 23.09.2023, o godz. 03:53:", "Am ... schrieb ...:".
const ATTRIBUTION_VERB =
  /(napisał\(a\)|napisała?|napisal[ao]?|pisze|napsal\(a\)|napsala?|wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|napisana przez|zpráva od)(?![\p{L}])/iu;
const ATTRIBUTION_OPENING = /^(W dniu|Dne|On|Am|Le|El|Il|Op|Użytkownik|Uzytkownik|Wiadomość napisana przez|Wiadomosc napisana przez)\b/i;

// "-----Original Message-----", "---- Původní zpráva ----", "--- Oryginalna wiadomość ---",
// "---------- Forwarded message ---------", "Begin forwarded message:".
const DASHED = /^[-_=*]{2,}\s*([^-_=*].{1,60}?)\s*[-_=*]{2,}$/;
const SEPARATOR_WORDS =
  /(original|oryginaln|wiadomość oryginalna|wiadomosc oryginalna|původní|puvodni|forwarded|přeposlan|preposlan|przekazan|przesłan[ay] dalej|ursprüngliche|weitergeleitet)/i;
const FORWARD_INTRO = /^(begin forwarded message|początek przekazywanej wiadomości|začátek přeposlané zprávy|forwarded message)\s*:?$/i;

const HEADER_FROM = /^\*?(Od|From|Von|De|Odesílatel)\s*:\*?\s*\S/i;
const HEADER_OTHER = /^\*?(Wysłano|Wysłane|Data|Date|Sent|Odesláno|Datum|Gesendet|Envoyé|Do|To|Komu|An|À|Temat|Subject|Předmět|Betreff|Objet|DW|Cc|Kopie)\s*:/i;

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
    if (FORWARD_INTRO.test(line) || SEPARATOR_WORDS.test(DASHED.exec(line)?.[1] ?? '')) return kept;
    const next = lines[i + 1]?.trim();
    // Mail clients wrap a long attribution line; it still ends with the verb and a colon.
    const span = isAttribution(line) ? 1 : next && !line.endsWith(':') && isAttribution(`${line} ${next}`) ? 2 : 0;
    if (span > 0) {
      if (!quoteFollows(lines, i + span)) return kept;
      i += span - 1;
      continue;
    }
    if (HEADER_FROM.test(line) && headerBlockFollows(lines, i)) {
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
  if (!ATTRIBUTION_VERB.test(line)) return false;
  return ATTRIBUTION_OPENING.test(line) || /\d/.test(line) || line.includes('@');
}

/** An Outlook-style header block: From followed closely by at least two of Sent/To/Subject. */
function headerBlockFollows(lines: readonly string[], from: number): boolean {
  let found = 0;
  for (let i = from + 1; i < Math.min(lines.length, from + 7); i++) {
    if (HEADER_OTHER.test(lines[i]!.trim())) found++;
  }
  return found >= 2;
}

const DEVICE_SIGNATURE =
  /^(Wysłane z|Wysłano z|Wyslane z|Wyslano z|Sent from|Sent with|Get Outlook for|Odesláno z|Odeslano z|Odesláno pomocí|Envoyé de|Von meinem|Gesendet von|Enviado desde)\b/i;
const CLOSING =
  /^(pozdrawiam|pozdrawiam serdecznie|serdecznie pozdrawiam|z poważaniem|z powazaniem|z wyrazami szacunku|pozdrowienia|dziękuję i pozdrawiam|dziekuje i pozdrawiam|z góry dziękuję|z gory dziekuje|s pozdravem|s přáním hezkého dne|s pranim hezkeho dne|se srdečným pozdravem|děkuji|dekuji|díky|dziękuję|dziekuje|best regards|kind regards|regards|best wishes|thanks|thank you|many thanks|cheers|mit freundlichen grüßen|viele grüße)\b[\s,.!]*(\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*){0,2})?[\s,.!]*$/iu;
// After a closing, only a short block of names and contact details may follow.
const MAX_SIGNATURE_LINES = 6;

function stripSignature(input: readonly string[]): string[] {
  let lines = [...input];
  const dashes = lines.findIndex((line) => /^--\s?$/.test(line));
  if (dashes > 0) lines = lines.slice(0, dashes);
  const device = lines.findIndex((line, i) => i > 0 && DEVICE_SIGNATURE.test(line.trim()) && restIsShort(lines, i + 1));
  if (device > 0) lines = lines.slice(0, device);
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (CLOSING.test(line) && restIsShort(lines, i + 1) && hasTextBefore(lines, i)) {
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
