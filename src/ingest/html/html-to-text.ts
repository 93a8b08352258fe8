import { READ_LIMITS } from '../limits.js';

/** Where the markup comes from decides what its whitespace means. */
export type HtmlSource =
  /** A mail body or a web page: line breaks come from tags, whitespace runs are insignificant. */
  | 'document'
  /** A chat message's markup (Skype, Kadu, Pidgin): the newlines the author typed are kept. */
  | 'message';

const QUOTE_OPEN = '\u0001';
const QUOTE_CLOSE = '\u0002';

/**
 * Turns HTML into the plain text the author wrote. Quotes of earlier messages become `> `
 * lines (<blockquote>), the way plain-text clients quote, so that quote stripping treats both
 * alike; Skype's <quote>/<legacyquote> hold someone else's words and are dropped.
 */
export function htmlToText(html: string, source: HtmlSource = 'document'): string {
  // Markup beyond a record's length cannot hold a message anyone reads; its text is cut later anyway.
  let flat = html
    .slice(0, READ_LIMITS.maxRecordBytes)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(quote|legacyquote)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<e_m\b[^>]*>(?:<\/e_m>)?/gi, '');
  if (source === 'document') flat = flat.replace(/\s+/g, ' ');
  flat = flat
    .replace(/<blockquote\b[^>]*>/gi, `\n${QUOTE_OPEN}`)
    .replace(/<\/blockquote\s*>/gi, `${QUOTE_CLOSE}\n`)
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(p|div|tr|table|ul|ol|li|h[1-6]|pre|hr|section|article|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[a-zA-Z/!][^>]*>/g, '');
  let depth = 0;
  let out = '';
  let atLineStart = true;
  for (const token of flat.split(/([\u0001\u0002\n])/)) {
    if (token === QUOTE_OPEN) depth++;
    else if (token === QUOTE_CLOSE) depth = Math.max(0, depth - 1);
    else if (token === '\n') {
      out += '\n';
      atLineStart = true;
    } else if (token) {
      const text = decodeEntities(atLineStart ? token.trimStart() : token);
      if (!text) continue;
      out += (atLineStart ? '> '.repeat(depth) : '') + text;
      atLineStart = false;
    }
  }
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// A no-break space is a space to every later stage (splitting, redaction), so it decodes as one.
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  copy: '©', reg: '®', euro: '€', deg: '°', times: '×', middot: '·', bull: '•', zwnj: '', zwj: '',
};

/** Named and numeric character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text.replace(/\u00a0/g, ' ');
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[body.toLowerCase()] ?? NAMED[body] ?? whole;
    })
    .replace(/\u00a0/g, ' ');
}
