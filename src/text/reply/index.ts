export { extractFacts, type ReplyFacts, type Amount } from './extract-facts.js';
export { findReplies, type FindRepliesOptions, type FoundReply } from './find-replies.js';
export { REPLY_PHRASES, type ReplyPhrases } from './phrases/index.js';
export { readShopMessage, type ShopMessageKind, type ShopMessageReading } from './read-shop-message.js';
export { toldInCallNote } from './told-in-call-note.js';
