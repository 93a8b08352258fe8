import { ParseError } from '../../errors.js';
import { foldDiacritics } from '../../text/fold.js';

/** A column name reduced for matching: lower case, no diacritics, letters and digits only ("Treść" -> "tresc", "chat_id" -> "chatid"). */
export function normalizeColumnName(name: string): string {
  return foldDiacritics(name).replace(/[^a-z0-9]/g, '');
}

/** Index of the first header that matches one of the candidate names (compared normalised), or -1. */
export function findColumn(header: readonly string[], candidates: readonly string[]): number {
  const normalized = header.map(normalizeColumnName);
  for (const candidate of candidates) {
    const index = normalized.indexOf(normalizeColumnName(candidate));
    if (index !== -1) return index;
  }
  return -1;
}

/**
 * The column `--columns field=wanted` names: the exact name first, else the same name up to case
 * and diacritics. A name the file does not have rejects the file, listing the columns it has.
 */
export function overriddenColumn(header: readonly string[], field: string, wanted: string, file: string, line: number | null): number {
  const exact = header.indexOf(wanted);
  if (exact !== -1) return exact;
  const index = findColumn(header, [wanted]);
  if (index === -1) {
    throw new ParseError(file, line, `--columns ${field}=${wanted}: the file has no column "${wanted}". Columns found: ${listColumns(header)}.`);
  }
  return index;
}

/** The header as the user sees it, for messages that ask them to pick a column. */
export function listColumns(header: readonly string[]): string {
  return header.map((name) => `"${name}"`).join(', ') || 'none';
}
