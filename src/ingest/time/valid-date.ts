/**
 * A JSON or text time as a Date, or null when it is missing or unreadable: the one place an
 * "Invalid Date" is turned into null, so that no reader stores one. Numbers are epoch
 * milliseconds; strings are anything `Date` reads with an offset (ISO 8601 from JSON exports).
 */
export function validDate(value: unknown): Date | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Epoch seconds or milliseconds (exports use both): a value below 1e11 is seconds. */
export function epochDate(value: number): Date | null {
  return validDate(value < 1e11 ? value * 1000 : value);
}
