export { decodeText, guessCentralEuropean8bit, isValidUtf8 } from './decode.js';
export { readLines } from './read-lines.js';
