export { type FileSample, type FormatAdapter, type FormatReader, type ReadOptions } from './adapter.js';
export { channelOf } from './channel.js';
export { chooseAdapter, type AdapterChoice } from './choose-adapter.js';
export { defineFormat, type FormatDefinition } from './define-format.js';
export { adapterById, adapters, detectFormat, FORMAT_IDS, type FormatId } from './registry.js';
