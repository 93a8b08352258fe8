import { basename } from 'node:path';
import { ParseError } from '../../errors.js';
import type { Channel, RawConversation, RawMessage, Role } from '../../model.js';
import type { ReadOptions } from '../adapter.js';
import { ggMessageKey } from '../gadu/index.js';
import { decodeEntities, htmlToText } from '../html/index.js';
import { zonedToUtc } from '../time/index.js';
import { parseLooseDate } from './loose-date.js';
import { readLines } from '../encoding/index.js';
import { isShopAuthor } from '../shop/index.js';
import { PIDGIN_HEADER } from './detect.js';

interface Header {
  buddy: string;
  account: string;
  protocol: string;
  date: { year: number; month: number; day: number };
  /** The zone the log was written in: the offset Pidgin puts in the file name, else --timezone. */
  timeZone: string;
}

interface LogLine {
  line: number;
  /** Wall-clock time as written, e.g. "10:42:57", "10:42:57 PM" or "05.09.2023 10:42:57". */
  time: string;
  speaker: string;
  text: string;
  /** HTML logs colour what the account sent and received differently; text logs do not. */
  direction: 'sent' | 'received' | null;
  autoReply: boolean;
}

// Pidgin's HTML logger colours: sent, received; auto-replies are red.
const SENT_COLOURS = new Set(['#16569e']);
const RECEIVED_COLOURS = new Set(['#a82f2f']);

const TXT_MESSAGE = /^\((\d[^)]*)\) (.+?)( <AUTO-REPLY>)?: (.*)$/;
const TXT_TIMESTAMP = /^\(\d[^)]*\) /;

/**
 * One Pidgin log file = one conversation of the account ("on Y") with a buddy ("with X").
 * Lines are "(10:42:57) Name: text"; messages may continue on following lines (text logs).
 * The shop is the account owner: a speaker named like the account or like a --shop value, or
 * what the HTML log colours as sent. Times are local; the date comes from the header.
 * `ref` is the line number the message starts on.
 */
export async function* read(path: string, options: ReadOptions): AsyncGenerator<RawConversation> {
  let header: Header | null = null;
  let html = false;
  const lines: LogLine[] = [];
  // Names Pidgin's status lines give the buddy ("Tomasz has signed off."): the owner gets none.
  const buddyNames = new Set<string>();
  let open: LogLine | null = null;
  for await (const { line, text } of readLines(path, options.onProgress, { programWritten: true })) {
    if (!header) {
      if (!text.trim()) continue;
      html = /^\s*</.test(text);
      header = parseHeader(path, line, html ? htmlToText(/<(title|h3)>([\s\S]*?)<\/\1>/i.exec(text)?.[2] ?? '') : text, options.timezone);
      continue;
    }
    if (html) {
      const parsed = parseHtmlLine(line, text);
      if (parsed) lines.push(parsed);
      else for (const name of statusNames(htmlToText(text))) buddyNames.add(name);
      continue;
    }
    const parsed = TXT_MESSAGE.exec(text);
    if (parsed) {
      open = { line, time: parsed[1]!, speaker: parsed[2]!, text: parsed[4]!, direction: null, autoReply: !!parsed[3] };
      lines.push(open);
    } else if (TXT_TIMESTAMP.test(text)) {
      open = null; // a status line ("... has signed off."): nothing continues it
      for (const name of statusNames(text)) buddyNames.add(name);
    } else if (open) {
      open.text += `\n${text}`;
    }
  }
  if (!header) throw new ParseError(path, 1, 'the file is empty; a Pidgin log starts with "Conversation with ...".');
  const conversation = toConversation(path, header, lines, buddyNames, options);
  if (conversation.messages.length) yield conversation;
}

function parseHeader(path: string, line: number, text: string, defaultZone: string): Header {
  const match = PIDGIN_HEADER.exec(text);
  if (!match) {
    throw new ParseError(path, line, 'this is not a Pidgin log: it should start with "Conversation with <name> at <date> on <account> (<protocol>)".');
  }
  const date = parseLooseDate(match[2]!) ?? dateFromFileName(path);
  if (!date) {
    throw new ParseError(
      path,
      line,
      `cannot read the date "${match[2]}" in the header, and the file name is not Pidgin's "YYYY-MM-DD.HHMMSS...".`,
    );
  }
  const timeZone = PIDGIN_FILE_NAME.exec(basename(path))?.[4] ?? defaultZone;
  return { buddy: match[1]!.trim(), date, account: match[3]!.trim(), protocol: match[4]!.trim().toLowerCase(), timeZone };
}

// Pidgin names each log after its start and the zone it was written in: "2011-12-09.011343-0800PST.html".
const PIDGIN_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})\.\d{6}([+-]\d{4})?/;

function dateFromFileName(path: string): Header['date'] | null {
  const m = PIDGIN_FILE_NAME.exec(basename(path));
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/** A message line of Pidgin's HTML log, or null for status lines and markup. */
function parseHtmlLine(line: number, text: string): LogLine | null {
  const bold = /<b>([\s\S]*?)<\/b>/i.exec(text);
  if (!bold) return null;
  const label = decodeEntities(bold[1]!.replace(/<[^>]*>/g, '')).trim();
  if (!label.endsWith(':')) return null; // status lines are bold but have no "Name:"
  const before = text.slice(0, bold.index);
  const time = /\((\d[^)]*)\)/.exec(htmlToText(before));
  if (!time) return null;
  const colour = /color(?:="|:\s*)(#[0-9a-f]{6})/i.exec(before)?.[1]?.toLowerCase() ?? '';
  const body = text
    .slice(bold.index + bold[0].length)
    .replace(/^\s*(?:<\/(?:font|span)>\s*)*/i, '')
    .replace(/<br\s*\/?>\s*$/i, '');
  const autoReply = label.endsWith('<AUTO-REPLY>:');
  return {
    line,
    time: time[1]!,
    speaker: label.replace(/\s*<AUTO-REPLY>:$/, '').replace(/:$/, '').trim(),
    text: htmlToText(body, 'message'),
    direction: SENT_COLOURS.has(colour) ? 'sent' : RECEIVED_COLOURS.has(colour) ? 'received' : null,
    autoReply,
  };
}

const STATUS = /^\s*\(\d[^)]*\)\s*(.+?) (?:is now known as (.+?)|has signed (?:on|off)|has gone away|is no longer away|has become idle|is no longer idle|has left the conversation|has closed the conversation window)\.?\s*$/;

function statusNames(line: string): string[] {
  const status = STATUS.exec(line);
  return status ? [status[1]!, ...(status[2] ? [status[2]] : [])].map((name) => name.trim()) : [];
}

function toConversation(path: string, header: Header, lines: LogLine[], buddyNames: ReadonlySet<string>, options: ReadOptions): RawConversation {
  const { roleOf, guessed } = speakerRoles(header, lines, buddyNames, options.shop);
  const network = networkOf(header.protocol);
  const gadu = network === 'gg';
  let day = { ...header.date };
  let previousSeconds = -1;
  const messages: RawMessage[] = [];
  for (const entry of lines) {
    const stamp = parseStamp(path, entry.line, entry.time);
    if (stamp.date) {
      day = stamp.date;
    } else if (stamp.seconds < previousSeconds) {
      // Time-only stamps went back: the conversation passed midnight.
      const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
      day = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
    }
    previousSeconds = stamp.seconds;
    const text = entry.text.trim();
    if (!text) continue;
    const sentAt = zonedToUtc(
      { ...day, hour: Math.floor(stamp.seconds / 3600), minute: Math.floor(stamp.seconds / 60) % 60, second: stamp.seconds % 60 },
      header.timeZone,
    );
    const role: Role = entry.autoReply ? 'system' : roleOf(entry);
    const message: RawMessage = { ref: String(entry.line), role, author: role === 'customer' ? entry.speaker : null, sentAt, text };
    if (gadu && /^\d+$/.test(header.buddy)) message.key = ggMessageKey(header.buddy, sentAt, role, text);
    messages.push(message);
  }
  const start = messages[0]?.sentAt?.toISOString() ?? `${header.date.year}-${header.date.month}-${header.date.day}`;
  const id = gadu && /^\d+$/.test(header.buddy) ? `gg:${header.buddy}@${start}` : `pidgin:${header.protocol}:${header.buddy}@${start}`;
  return { id, kind: 'chat', network, messages, ...(guessed ? { rolesGuessed: true } : {}) };
}

/** Pidgin names the protocol in its header; networks faqtory has no channel for are filed as chat. */
function networkOf(protocol: string): Channel {
  if (protocol === 'gadu-gadu' || protocol === 'gg') return 'gg';
  if (protocol === 'jabber' || protocol === 'xmpp' || protocol === 'google talk') return 'xmpp';
  if (protocol === 'aim') return 'aim';
  return 'chat';
}

/**
 * Decides who is the shop. Evidence, strongest first: the HTML colour of sent messages; a speaker
 * named like the account or a --shop value (shop), or like the buddy or in a status line about
 * the buddy (customer). A speaker with no evidence is on the other side of one that has it; with
 * none at all, whoever speaks first is taken as the customer, as customers open conversations
 * with a shop, and the roles are `guessed`.
 */
function speakerRoles(
  header: Header,
  lines: readonly LogLine[],
  buddyNames: ReadonlySet<string>,
  shop: readonly string[],
): { roleOf: (entry: LogLine) => Role; guessed: boolean } {
  const shopNames = [header.account, ...shop];
  const known = new Map<string, Role>();
  for (const entry of lines) {
    if (entry.direction === 'sent') known.set(entry.speaker, 'shop');
    else if (entry.direction === 'received' && !known.has(entry.speaker)) known.set(entry.speaker, 'customer');
  }
  for (const entry of lines) {
    if (known.has(entry.speaker)) continue;
    if (isShopAuthor(entry.speaker, shopNames)) known.set(entry.speaker, 'shop');
    else if (entry.speaker.toLowerCase() === header.buddy.toLowerCase() || buddyNames.has(entry.speaker)) known.set(entry.speaker, 'customer');
  }
  const roles = new Set(known.values());
  const fallback: Role = roles.has('shop') ? 'customer' : roles.has('customer') ? 'shop' : 'customer';
  const speakers = lines.filter((entry) => !entry.autoReply).map((entry) => entry.speaker);
  const firstSpeaker = speakers[0];
  return {
    roleOf: (entry) => {
      const role = known.get(entry.speaker);
      if (role) return role;
      if (roles.size) return fallback;
      return entry.speaker === firstSpeaker ? 'customer' : 'shop';
    },
    guessed: roles.size === 0 && speakers.length > 0,
  };
}

/** Seconds since midnight, and the date when the stamp carries one (messages on a later day). */
function parseStamp(path: string, line: number, stamp: string): { seconds: number; date: Header['date'] | null } {
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?\s*$/.exec(stamp);
  if (!time) throw new ParseError(path, line, `cannot read the time "(${stamp})" at the start of this line.`);
  let hour = +time[1]!;
  const meridiem = time[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || +time[2]! > 59) throw new ParseError(path, line, `"(${stamp})" is not a valid time of day.`);
  const datePart = stamp.slice(0, time.index).trim();
  const date = datePart ? parseLooseDate(datePart) : null;
  if (datePart && !date) throw new ParseError(path, line, `cannot read the date in "(${stamp})" at the start of this line.`);
  return { seconds: hour * 3600 + +time[2]! * 60 + +(time[3] ?? 0), date };
}
