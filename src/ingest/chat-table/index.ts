export {
  CHAT_FIELDS,
  hasTextColumn,
  looksLikeChatHeader,
  resolveColumns,
  rowsToConversations,
  type ChatColumns,
  type ChatField,
  type ChatRow,
} from './chat-rows.js';
