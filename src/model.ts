/**
 * The shapes that flow between pipeline stages (plain data only), one file per subject under
 * model/. This file is their barrel, so every stage imports `model.js` whatever file a shape is in.
 */
export * from './model/conversation.js';
export * from './model/topic.js';
export * from './model/user.js';
export * from './model/audit.js';
