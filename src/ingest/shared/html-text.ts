/**
 * Turns the HTML-ish markup that chat tools store in messages (Skype's <ss>, <a>, <b>, <quote>,
 * entities) into the plain text the author typed. Quoted earlier messages are dropped: they
 * are someone else's words.
 */
export function htmlToText(content: string): string {
  const text = content
    .replace(/<quote\b[^>]*>[\s\S]*?<\/quote>/gi, ' ')
    .replace(/<legacyquote\b[^>]*>[\s\S]*?<\/legacyquote>/gi, ' ')
    .replace(/<e_m\b[^>]*>(?:<\/e_m>)?/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[a-zA-Z/!][^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
