export { isRecord, readJsonFile } from './read-json.js';
export { streamJson } from './stream-json.js';
