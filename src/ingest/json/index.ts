export { isRecord, readJsonFile } from './read-json.js';
export { streamJson, type JsonPart } from './stream-json.js';
