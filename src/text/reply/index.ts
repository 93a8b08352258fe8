export { extractReplies } from './extract-replies.js';
export { extractFacts, type ReplyFacts, type Amount } from './extract-facts.js';
export {
  findReplies,
  pickReplies,
  replyReading,
  type FindRepliesOptions,
  type FoundReply,
  type ReplyReading,
  type ReplyStep,
} from './find-replies.js';
export { readShopMessage, type ShopMessageKind, type ShopMessageReading } from './read-shop-message.js';
export { toldInCallNote } from './told-in-call-note.js';
export { FACT_KINDS, factValues, factsAgree, factsConflict, type FactKind } from './facts-agree.js';
export { replyKey, replySimilarity, replyVector, type ReplyVector } from './reply-similarity.js';
