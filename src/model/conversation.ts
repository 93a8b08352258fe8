/** What readers find in an export and what extraction makes of it. Plain data only. */

export type Lang = 'pl' | 'cs' | 'en' | 'other';

export const LANGS: readonly Lang[] = ['pl', 'cs', 'en', 'other'];

/** The label questions are filed under; the importer decides it (src/ingest/channel.ts). */
export const CHANNELS = ['email', 'phone', 'skype', 'chat', 'gg', 'xmpp', 'aim', 'messenger', 'text'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a conversation is, as its reader found it; text extraction depends on this, never on
 * the channel label: every mail and every call note is its own turn, a call note holds the
 * agent's summary around the caller's words, and chat turns run over several messages.
 */
export type ConversationKind = 'mail' | 'call' | 'chat' | 'lines';

export type Role = 'customer' | 'shop' | 'system';

/** One message as a reader found it in an export, before any text processing. */
export interface RawMessage {
  /** The format's native id for the message (Message-ID, event id, line number...); see README "JSON output and message refs". */
  ref: string;
  /**
   * Identity across exports: the same message found in two files gets the same key, so it is
   * stored once. Readers set it when the format has globally unique ids (Message-ID, Skype id);
   * otherwise the importer derives it from the file's content hash and `ref`.
   */
  key?: string;
  role: Role;
  /** Who wrote it (address, user id, phone...), used for repeat-contact counting; may be redacted later. */
  author: string | null;
  /** UTC. Null when the export has no time for the message. */
  sentAt: Date | null;
  /** Plain text as the author wrote it (quotes and signatures may still be in it). */
  text: string;
  /** E-mail only: the message this one replies to, for threading. */
  inReplyTo?: string[];
  subject?: string;
}

/** A conversation as found in an export: a chat, an e-mail thread, a call. */
export interface RawConversation {
  /** Native conversation id (chat id, thread root Message-ID, call id...). */
  id: string;
  kind: ConversationKind;
  /** The network the log itself names, for clients that speak several (Pidgin: XMPP, AIM...). */
  network?: Channel;
  messages: RawMessage[];
  /** The log does not say who is the shop: roles were guessed (the import says so and how to fix it). */
  rolesGuessed?: boolean;
}

/** A customer question extracted from a conversation, ready to be stored. */
export interface ExtractedQuestion {
  ref: string;
  /** Redacted, trimmed question text. */
  text: string;
  lang: Lang;
  askedAt: Date | null;
  /** Redaction-free customer identity for counting distinct customers (hashed before storing). */
  customer: string | null;
}

/**
 * The answer one message gave, ready to be stored: a shop message's answering sentences, or the
 * agent's record in a call note of what the caller was told. Redacted like questions.
 */
export interface ExtractedReply {
  /** `ref` of the message that carries it. */
  ref: string;
  text: string;
}

/** What extraction makes of one conversation. */
export interface ExtractedConversation {
  questions: ExtractedQuestion[];
  replies: ExtractedReply[];
}
