export { findColumn, listColumns, normalizeColumnName, overriddenColumn } from './columns.js';
export { sampleHeader, splitHeaderLine } from './header-line.js';
export { readCsvFile, readCsvRows, sniffCsvDialect, type CsvDialect, type CsvRow } from './read-csv.js';
