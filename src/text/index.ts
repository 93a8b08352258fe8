export { analyse, type Term } from './analyse.js';
export { extractQuestions } from './extract-questions.js';
export { detectLanguage } from './language.js';
export { foldDiacritics, foldKeepingOffsets } from './fold.js';
export { isNoise, trimPleasantries } from './pleasantries.js';
export { redact } from './redact.js';
export { splitQuestions } from './split-questions.js';
export { stripQuotedText } from './strip-quotes.js';
