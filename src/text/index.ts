export { analyse, type Term } from './analyse.js';
export { extractQuestions } from './extract-questions.js';
export { detectLanguage } from './language.js';
export { fold, foldDiacritics } from './normalise.js';
export { isNoise, trimPleasantries } from './pleasantries.js';
export { redact } from './redact.js';
export { splitQuestions } from './split-questions.js';
export { stripQuotedText } from './strip-quotes.js';
export {
  extractFacts,
  extractReplies,
  findReplies,
  pickReplies,
  replyReading,
  type FoundReply,
  type ReplyFacts,
  type ReplyReading,
  type ReplyStep,
} from './reply/index.js';
