export { hasUtf8Bom, sampleText, withoutBom } from './bom.js';
export { decodeText, guessCentralEuropean8bit, isValidUtf8 } from './decode.js';
export { readLines } from './read-lines.js';
export { utf16Of, type Utf16 } from './utf16.js';
