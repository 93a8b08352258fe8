export { decodeHead, findColumn, normalizeColumnName, readCsvRows, sniffCsvDialect, sniffDelimiter, type CsvDialect, type CsvRow } from './read-csv.js';
export { guessDelimiter, splitHeaderLine } from './csv-delimiter.js';
