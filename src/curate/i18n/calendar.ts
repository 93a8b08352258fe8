/** Date arithmetic in the shop's time zone, so "yesterday" means yesterday in the shop. */

const DAY_MS = 86_400_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Days since 1970-01-01 of the calendar date `date` falls on in `timeZone`. */
export function dayNumber(date: Date, timeZone: string): number {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS);
}

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * The amount and unit a person would use for the distance from `now` to `date` (negative in
 * the past): minutes and hours for today's events, then calendar days, weeks, months, years.
 */
export function relativeDistance(date: Date, now: Date, timeZone: string): { value: number; unit: RelativeUnit } {
  const ms = date.getTime() - now.getTime();
  const abs = Math.abs(ms);
  if (abs < 45_000) return { value: 0, unit: 'second' };
  if (abs < 45 * 60_000) return { value: Math.round(ms / 60_000), unit: 'minute' };
  if (abs < 12 * 3_600_000) return { value: Math.round(ms / 3_600_000), unit: 'hour' };
  const days = dayNumber(date, timeZone) - dayNumber(now, timeZone);
  if (Math.abs(days) < 7) return { value: days, unit: 'day' };
  if (Math.abs(days) < 30) return { value: Math.round(days / 7), unit: 'week' };
  if (Math.abs(days) < 365) return { value: Math.round(days / 30.44) || Math.sign(days), unit: 'month' };
  return { value: Math.round(days / 365.25), unit: 'year' };
}
