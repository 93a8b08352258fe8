import { ParseError } from '../../errors.js';
import { megabytes, READ_LIMITS } from '../limits.js';
import type { CsvRow } from './read-csv.js';

const QUOTE = 0x22;
const LF = 0x0a;

/** Where the splitter is inside the current field. */
type State = 'fieldStart' | 'unquoted' | 'quoted' | 'afterQuote';

/**
 * Splits decoded CSV text (line ends made LF) into records, a chunk at a time: fields separated
 * by the delimiter, records by LF; a field quoted as a whole may hold delimiters, line breaks and
 * doubled "" marks. Blank lines are skipped; records may have any number of fields. Written for
 * call-centre exports of hundreds of MB: it jumps to the next special character and copies the
 * text between whole, where a general CSV library took three times the CPU on the main thread.
 * Broken quoting is a `ParseError` naming the line.
 */
export class CsvRecordSplitter {
  private readonly delimiter: number;
  private fields: string[] = [];
  private field = '';
  private state: State = 'fieldStart';
  /** The line being read, and the one the current record started on. */
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  /** Whether the current record has anything in it (a blank line has not). */
  private started = false;

  constructor(
    private readonly path: string,
    delimiter: string,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records completed by this chunk of text. */
  *push(text: string): Generator<CsvRow> {
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (this.state === 'quoted') {
        const quote = text.indexOf('"', i);
        this.take(text, i, quote === -1 ? length : quote);
        if (quote === -1) return;
        i = quote + 1;
        this.state = 'afterQuote';
        continue;
      }
      if (this.state === 'afterQuote') {
        const code = text.charCodeAt(i++);
        // A doubled "" inside a quoted field is one " mark.
        if (code === QUOTE) {
          this.field += '"';
          this.state = 'quoted';
        } else if (code === this.delimiter) this.endField();
        else if (code === LF) yield* this.endRecord();
        else throw this.strayQuote();
        continue;
      }
      if (this.state === 'fieldStart' && text.charCodeAt(i) === QUOTE) {
        this.started = true;
        this.state = 'quoted';
        i++;
        continue;
      }
      this.state = 'unquoted';
      let end = i;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === this.delimiter || code === LF || code === QUOTE) break;
        end++;
      }
      this.take(text, i, end);
      if (end === length) return;
      const code = text.charCodeAt(end);
      if (code === QUOTE) throw this.strayQuote();
      i = end + 1;
      if (code === this.delimiter) this.endField();
      else yield* this.endRecord();
    }
  }

  /** The last record, when the text does not end with a line break. */
  *end(): Generator<CsvRow> {
    if (this.state === 'quoted') {
      throw new ParseError(
        this.path,
        this.recordLine,
        'a quoted field opened in this record is never closed (an odd number of " marks). ' +
          'Fix the quotes in the file, or save it again from the spreadsheet as CSV.',
      );
    }
    if (this.started) yield* this.endRecord();
  }

  private take(text: string, from: number, to: number): void {
    if (to === from) return;
    const piece = text.slice(from, to);
    this.field += piece;
    this.started = true;
    this.recordChars += piece.length;
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) this.line++;
    if (this.recordChars > READ_LIMITS.maxRecordBytes) {
      throw new ParseError(
        this.path,
        this.recordLine,
        `this row is longer than ${megabytes(READ_LIMITS.maxRecordBytes)}, which no log has: the file is damaged or a quote is never closed. ` +
          'Check the file, or save it again from the spreadsheet as CSV.',
      );
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
    this.started = true;
    this.recordChars++;
  }

  private *endRecord(): Generator<CsvRow> {
    this.fields.push(this.field);
    const row = { line: this.recordLine, fields: this.fields };
    const blank = !this.started;
    this.fields = [];
    this.field = '';
    this.state = 'fieldStart';
    this.started = false;
    this.recordChars = 0;
    this.recordLine = ++this.line;
    if (!blank) yield row;
  }

  private strayQuote(): ParseError {
    return new ParseError(
      this.path,
      this.line,
      'a " mark stands inside a field that is not quoted as a whole. Quote the field and double ' +
        'the " marks inside it, or save the file again from the spreadsheet as CSV.',
    );
  }
}
