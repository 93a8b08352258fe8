/**
 * Turns an HTML mail body into plain text. Quoted earlier mails (<blockquote>) come out as
 * `> ` lines, the way plain-text clients quote, so that quote stripping works the same on both.
 */
export function htmlToText(html: string): string {
  const QUOTE_OPEN = '\u0001';
  const QUOTE_CLOSE = '\u0002';
  const flat = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<blockquote\b[^>]*>/gi, `\n${QUOTE_OPEN}`)
    .replace(/<\/blockquote\s*>/gi, `${QUOTE_CLOSE}\n`)
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(p|div|tr|table|ul|ol|h[1-6]|pre|hr|section|article|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
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

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  copy: '©', reg: '®', euro: '€', deg: '°', times: '×', middot: '·', bull: '•', zwnj: '', zwj: '',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? NAMED[body] ?? whole;
  });
}
