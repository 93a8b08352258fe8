import { validDate } from './valid-date.js';

/**
 * Converts a wall-clock time in an IANA zone, or at a fixed offset such as "-0800" (which a log
 * may name for itself), to UTC. Exports from call-centre tools and some chats write local times
 * without an offset; --timezone says which zone they mean.
 */
export function zonedToUtc(
  parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed) return new Date(guess - (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000);
  // Two passes settle the offset also right after a DST switch.
  let utc = guess - offsetMs(guess, timeZone);
  utc = guess - offsetMs(utc, timeZone);
  return new Date(utc);
}

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
// Zone offsets change at most every quarter hour; formatting is slow, so large imports reuse them.
const QUARTER_HOUR = 15 * 60 * 1000;
// Per zone, by quarter hour since the epoch: a number key, as building a string key per call was
// a good part of reading a call log's times.
const offsets = new Map<string, Map<number, number>>();

function offsetMs(utcMs: number, timeZone: string): number {
  const quarter = Math.floor(utcMs / QUARTER_HOUR);
  let zoneOffsets = offsets.get(timeZone);
  if (!zoneOffsets) offsets.set(timeZone, (zoneOffsets = new Map()));
  const cached = zoneOffsets.get(quarter);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = asUtc - Math.floor(utcMs / 1000) * 1000;
  if (zoneOffsets.size > 100_000) zoneOffsets.clear();
  zoneOffsets.set(quarter, offset);
  return offset;
}

/** True when the runtime knows the zone; used to validate --timezone early. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses "2023-09-04 10:42:57", "2023-09-04T10:42", "04.09.2023 10:42" style local times.
 * Strings with an explicit offset or Z are taken as they are. Returns null when unreadable.
 */
export function parseLocalTime(value: string, timeZone: string): Date | null {
  const text = value.trim();
  if (!text) return null;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text) && /^\d{4}-\d{2}-\d{2}T/.test(text)) {
    return validDate(text);
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (m) return fromMatch(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6], timeZone);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (m) return fromMatch(m[3]!, m[2]!, m[1]!, m[4], m[5], m[6], timeZone);
  return null;
}

function fromMatch(
  y: string,
  mo: string,
  d: string,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  timeZone: string,
): Date | null {
  const parts = { year: +y, month: +mo, day: +d, hour: h ? +h : 0, minute: mi ? +mi : 0, second: s ? +s : 0 };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23) return null;
  return zonedToUtc(parts, timeZone);
}
