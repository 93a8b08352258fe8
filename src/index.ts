/** faqtory as a library: the same stages the CLI drives. */
export * from './errors.js';
export * from './error-reasons.js';
export * from './model.js';
export * from './ingest/index.js';
export * from './text/index.js';
export * from './cluster/index.js';
export * from './store/index.js';
export * from './publish/index.js';
export * from './app/index.js';
export * from './curate/index.js';
