import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { ParseError } from '../../errors.js';
import { sampleFile } from '../file-sample.js';
import { guessCentralEuropean8bit, hasUtf8Bom, isValidUtf8, utf16Of } from '../encoding/index.js';
import { CsvRecordSplitter } from './record-splitter.js';

/** How a CSV file is written: what separates fields and which charset its bytes are in. */
export interface CsvDialect {
  delimiter: string;
  /** An iconv-lite encoding name: 'utf8', 'windows-1250' or 'iso-8859-2'. */
  charset: string;
}

/** One CSV record; `line` is the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRow {
  line: number;
  fields: string[];
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * Guesses the delimiter and charset from the first bytes of a file. Exports from Polish and
 * Czech office software use `;` and windows-1250 as often as `,` and UTF-8, so neither is assumed.
 */
export function sniffCsvDialect(head: Buffer): CsvDialect {
  return { delimiter: sniffDelimiter(decodeHead(head)), charset: sniffCharset(head) };
}

/** UTF-16 or 'utf8' when the bytes say so, else the Central European 8-bit charset the bytes fit best. */
export function sniffCharset(head: Buffer): string {
  if (hasUtf8Bom(head)) return 'utf8';
  // Excel's "Unicode text" export.
  const utf16 = utf16Of(head);
  if (utf16) return utf16;
  // The sample may end in the middle of a multi-byte letter; that must not count against UTF-8.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    if (isValidUtf8(head.subarray(0, head.length - cut))) return 'utf8';
  }
  return guessCentralEuropean8bit(head);
}

/** Decodes a file sample for sniffing: BOM dropped, CRLF made LF, the cut-off last line dropped. */
export function decodeHead(head: Buffer): string {
  const text = iconv.decode(head, sniffCharset(head)).replace(/\r\n?/g, '\n');
  const lastBreak = text.lastIndexOf('\n');
  return lastBreak > 0 && lastBreak < text.length - 1 ? text.slice(0, lastBreak) : text;
}

/**
 * The candidate that splits the header and the next records into the same, largest number of
 * fields. Separators inside quoted fields do not count.
 */
export function sniffDelimiter(text: string): string {
  const counts = countOutsideQuotes(text, 20);
  let best: string = DELIMITERS[0];
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const perRecord = counts.map((c) => c.get(delimiter) ?? 0);
    const header = perRecord[0] ?? 0;
    if (header === 0) continue;
    const rest = perRecord.slice(1);
    const agreeing = rest.filter((n) => n === header).length;
    const score = (rest.length ? agreeing / rest.length : 1) * 1000 + header;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function countOutsideQuotes(text: string, maxRecords: number): Map<string, number>[] {
  const records: Map<string, number>[] = [];
  let current = new Map<string, number>();
  let inQuotes = false;
  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') {
      records.push(current);
      current = new Map();
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) {
      current.set(ch, (current.get(ch) ?? 0) + 1);
    }
  }
  if (records.length < maxRecords && current.size) records.push(current);
  return records;
}

/** Streams a CSV file's records in the delimiter and charset sniffed from its first bytes. */
export async function* readCsvFile(path: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<CsvRow> {
  yield* readCsvRows(path, sniffCsvDialect((await sampleFile(path)).head), onProgress);
}

/**
 * Streams the records of a CSV file (the header row included, as the first row) with the line
 * each one starts on. Blank lines are skipped. Broken quoting ends the stream with a
 * `ParseError` naming the line, so the importer can reject the file whole.
 */
export async function* readCsvRows(
  path: string,
  dialect: CsvDialect,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<CsvRow> {
  const ending = { lastChar: '' };
  const splitter = new CsvRecordSplitter(path, dialect.delimiter);
  let columns = 0;
  let previous: CsvRow | null = null;
  const checked = (row: CsvRow): CsvRow => {
    columns ||= row.fields.length;
    if (row.fields.some((field) => field.includes('\n'))) checkNoSwallowedRow(path, row, columns, dialect.delimiter);
    return row;
  };
  for await (const text of decodedLfText(path, dialect.charset, ending, onProgress)) {
    for (const row of splitter.push(text)) {
      // Each row waits for the next one: only the last row can be the cut end of a file.
      if (previous) yield previous;
      previous = checked(row);
    }
  }
  for (const row of splitter.end()) {
    if (previous) yield previous;
    previous = checked(row);
  }
  if (previous && previous.fields.length < columns && ending.lastChar !== '\n') {
    throw new ParseError(
      path,
      previous.line,
      `the file ends in the middle of this row (${previous.fields.length} of ${columns} columns, no line end): it was cut off. Export it again.`,
    );
  }
  if (previous) yield previous;
}

/**
 * A quote left open swallows the rows after it into one field until some later quote closes
 * it. A line inside a quoted field that splits into a whole row is such a swallowed row: a
 * note's own line breaks do not carry a full row of separators.
 */
function checkNoSwallowedRow(path: string, row: CsvRow, columns: number, delimiter: string): void {
  if (columns < 3) return;
  for (const field of row.fields) {
    const lines = field.split('\n');
    const swallowed = lines.findIndex((line, i) => i > 0 && fieldsOnLine(line, delimiter) >= columns);
    if (swallowed === -1) continue;
    throw new ParseError(
      path,
      row.line,
      `a " mark opened in this row is not closed on its line, so the row on line ${row.line + swallowed} would be read as part of it. ` +
        'Fix the quotes in the file, or save it again from the spreadsheet as CSV.',
    );
  }
}

/** How many fields a line splits into (a multi-line note is checked line by line, so without splitting). */
function fieldsOnLine(line: string, delimiter: string): number {
  let fields = 1;
  for (let at = line.indexOf(delimiter); at !== -1; at = line.indexOf(delimiter, at + 1)) fields++;
  return fields;
}

/** The file as text, decoded in its charset, with CRLF made LF (records end at LF). */
async function* decodedLfText(
  path: string,
  charset: string,
  ending: { lastChar: string },
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(charset);
  let bytesRead = 0;
  let carriedCr = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    let text: string = (carriedCr ? '\r' : '') + decoder.write(chunk);
    // A CR at the end of a chunk may be the first half of a CRLF split across chunks.
    carriedCr = text.endsWith('\r');
    if (carriedCr) text = text.slice(0, -1);
    if (text) {
      ending.lastChar = text.at(-1)!;
      yield text.replace(/\r\n/g, '\n');
    }
    onProgress?.(bytesRead);
  }
  const tail = (carriedCr ? '\r' : '') + (decoder.end() ?? '');
  if (tail) {
    ending.lastChar = tail.at(-1)!;
    yield tail.replace(/\r\n/g, '\n');
  }
}
