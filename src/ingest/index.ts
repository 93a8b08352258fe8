export { FORMAT_IDS, type FileSample, type FormatAdapter, type FormatId, type FormatReader, type ReadOptions } from './adapter.js';
export { importFiles, type FileOutcome, type FileResult, type ImportObserver, type ImportOptions } from './import-files.js';
export { adapterById, adapters, describeFormats, detectFormat } from './registry.js';
