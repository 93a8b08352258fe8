import { createHash } from 'node:crypto';
import type { RawMessage } from '../../model.js';
import { ParseError } from '../../errors.js';
import { decodeWords, header, parseAddress, parseHeaders, parseMailDate, parseMessageIds, type Headers } from './headers.js';
import { extractBodyText, NeedsFullParser, splitHeaderBody } from './mime.js';
import { htmlToText } from '../html/index.js';
import { mailRole } from './mail-role.js';

/** One parsed mail with what threading needs besides the RawMessage itself. */
export interface ParsedMail {
  message: RawMessage;
  messageId: string;
  references: string[];
  inReplyTo: string[];
  /** Gmail's own thread id (X-GM-THRID in Takeout exports), the native conversation id there. */
  gmailThreadId: string | null;
}

export interface MailSource {
  file: string;
  /** 1-based line of the message start in `file`, for error messages. */
  line: number;
  shop: readonly string[];
}

// Headers every real mail has at least one of; a block without any is not a mail.
// A lone MIME entity (only Content-Type) is still a message mail readers open.
const MAIL_HEADERS = ['from', 'sender', 'date', 'message-id', 'received', 'return-path', 'subject', 'to', 'mime-version', 'content-type'];

/** Turns one raw RFC 822 message into a RawMessage; damaged input throws ParseError. */
export async function parseMail(bytes: Buffer, source: MailSource): Promise<ParsedMail> {
  const { head, body } = splitHeaderBody(bytes);
  // No empty line after the headers: the message ends inside them.
  const headers = readHeaders(head, head.length === bytes.length, source);
  const fromHeader = header(headers, 'from') ?? header(headers, 'sender');
  const from = parseAddress(fromHeader);
  const subject = decodeWords(header(headers, 'subject') ?? '').replace(/\s+/g, ' ').trim();
  const text = await bodyText(headers, body, bytes);
  const messageId = parseMessageIds(header(headers, 'message-id'))[0] ?? syntheticMessageId(headers, body);
  const inReplyTo = parseMessageIds(header(headers, 'in-reply-to'));
  const references = parseMessageIds(header(headers, 'references'));
  const message: RawMessage = {
    ref: messageId,
    key: `mid:${messageId}`,
    role: mailRole(from, subject, headers, source.shop),
    author: from?.address || from?.name || null,
    sentAt: parseMailDate(header(headers, 'date')),
    text,
    inReplyTo: inReplyTo.length ? inReplyTo : references.slice(-1),
    subject,
  };
  return { message, messageId, references, inReplyTo, gmailThreadId: header(headers, 'x-gm-thrid') };
}

function readHeaders(head: Buffer, cutOff: boolean, source: MailSource): Headers {
  if (head.includes(0)) throw new ParseError(source.file, source.line, 'this is binary data, not an e-mail message.');
  const { headers, badLine } = parseHeaders(head, cutOff);
  if (badLine === 1) {
    throw new ParseError(source.file, source.line, 'the message does not start with e-mail headers (like "From:" or "Subject:"). Is this really a mailbox export?');
  }
  if (badLine !== null) {
    throw new ParseError(
      source.file,
      source.line,
      `header line ${badLine} of this message is damaged (a header cut off or without "Name:"). The export may be truncated; export the mailbox again.`,
    );
  }
  if (!MAIL_HEADERS.some((name) => headers.has(name))) {
    throw new ParseError(source.file, source.line, 'the message has none of the usual e-mail headers (From, Date, Message-ID, Subject).');
  }
  return headers;
}

async function bodyText(headers: Headers, body: Buffer, whole: Buffer): Promise<string> {
  try {
    return extractBodyText(headers, body);
  } catch (error) {
    if (!(error instanceof NeedsFullParser)) throw error;
    // Rare charsets (ISO-2022-JP...) and transfer encodings (uuencode...) are left to mailparser.
    const { simpleParser } = await import('mailparser');
    const parsed = await simpleParser(whole, { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
    return (parsed.text?.trim() || (typeof parsed.html === 'string' ? htmlToText(parsed.html) : '')).trim();
  }
}

/** A stable id for a mail that has none, from what stays the same in every export of it. */
function syntheticMessageId(headers: Headers, body: Buffer): string {
  const hash = createHash('sha1');
  for (const name of ['from', 'to', 'date', 'subject']) hash.update(`${name}:${header(headers, name) ?? ''}\n`);
  hash.update(body);
  return `${hash.digest('hex').slice(0, 32)}@faqtory.synthetic`;
}
