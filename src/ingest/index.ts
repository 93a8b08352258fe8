export { type FileSample, type FormatAdapter, type FormatReader, type ReadOptions } from './adapter.js';
export { channelOf } from './channel.js';
export { defineFormat, type FormatDefinition } from './define-format.js';
export { importFiles, type FileOutcome, type FileResult, type ImportObserver, type ImportOptions } from './import-files.js';
export { adapterById, adapters, describeFormats, detectFormat, FORMAT_IDS, type FormatId } from './registry.js';
