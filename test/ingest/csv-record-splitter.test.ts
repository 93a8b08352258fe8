import { expect } from 'chai';
import { ParseError } from '../../src/errors.js';
import { CsvRecordSplitter } from '../../src/ingest/csv/record-splitter.js';
import { READ_LIMITS } from '../../src/ingest/limits.js';
import type { CsvRow } from '../../src/ingest/csv/index.js';

/** The records of `text` fed to the splitter in pieces cut at `cuts` (as a file arrives in chunks). */
function split(text: string, cuts: number[] = [], delimiter = ';'): CsvRow[] {
  const splitter = new CsvRecordSplitter('calls.csv', delimiter);
  const rows: CsvRow[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    rows.push(...splitter.push(text.slice(from, to)));
    from = to;
  }
  rows.push(...splitter.end());
  return rows;
}

function errorOf(text: string): ParseError {
  try {
    split(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('no ParseError');
}

describe('CSV record splitter', () => {
  const note = 'C-1;2024-05-01 10:00;"Klient pyta: czy ""Express"" jedzie;\nw sobotę?"\nC-2;2024-05-01 11:00;Zwrot\n';

  it('reads quoted delimiters, line breaks and doubled quotes, each record with the line it starts on', () => {
    expect(split(note)).to.deep.equal([
      { line: 1, fields: ['C-1', '2024-05-01 10:00', 'Klient pyta: czy "Express" jedzie;\nw sobotę?'] },
      { line: 3, fields: ['C-2', '2024-05-01 11:00', 'Zwrot'] },
    ]);
  });

  it('gives the same records wherever the text is cut into chunks', () => {
    const whole = split(note);
    // Every cut: inside a quoted field, between the two marks of "", right after a delimiter...
    for (let at = 1; at < note.length; at++) expect(split(note, [at]), `cut at ${at}`).to.deep.equal(whole);
  });

  it('skips blank lines, keeps empty fields, and reads a last record without a line break', () => {
    expect(split('a;b\n\n\n;;\n"";x\nlast;row', [], ';')).to.deep.equal([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['', '', ''] },
      { line: 5, fields: ['', 'x'] },
      { line: 6, fields: ['last', 'row'] },
    ]);
    expect(split('id,note\n7,"a, b"\n', [], ',')).to.deep.equal([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['7', 'a, b'] },
    ]);
  });

  it('rejects a quote that is never closed at the line of the record that opens it', () => {
    const error = errorOf('id;note\n1;ok\n\n2;"Klient pyta o raty\n3;dalej\n');
    expect(error.line).to.equal(4);
    expect(error.message).to.contain('never closed');
  });

  it('rejects a " mark inside a field that is not quoted as a whole, at its line', () => {
    for (const text of ['id;note\n1;"ok"\n2;cena 5" ekranu\n', 'id;note\n1;"ok"\n2;"cena" 5\n']) {
      const error = errorOf(text);
      expect(error.line, text).to.equal(3);
      expect(error.message).to.contain('not quoted as a whole');
    }
  });

  it('rejects a record over the record bound (a quote left open in a huge file) before holding more of it', () => {
    const error = errorOf(`id;note\n1;"${'x'.repeat(READ_LIMITS.maxRecordBytes)}"\n`);
    expect(error.line).to.equal(2);
    expect(error.message).to.contain('longer than');
  });
});
