export {
  CHAT_FIELDS,
  hasTextColumn,
  looksLikeChatHeader,
  normalizeName,
  resolveColumns,
  rowsToConversations,
  type ChatColumns,
  type ChatField,
  type ChatRow,
} from './chat-rows.js';
