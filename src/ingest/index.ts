export { FORMAT_IDS, type FileSample, type FormatAdapter, type FormatId, type FormatReader, type ReadOptions } from './adapter.js';
export { chooseAdapter, type AdapterChoice } from './choose-adapter.js';
export { adapterById, adapters, describeFormats, detectFormat } from './registry.js';
