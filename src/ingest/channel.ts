import type { Channel, RawConversation } from '../model.js';
import type { FormatAdapter } from './adapter.js';

/**
 * The one place the stored channel is decided: `--channel` when given, else the network the log
 * itself names (a Pidgin log of an XMPP account), else the format's own channel. It is only a
 * filing label: how text is read depends on the conversation's `kind`, which readers set.
 * Without a conversation it is the channel of the file as a whole.
 */
export function channelOf(format: Pick<FormatAdapter, 'channel'>, override: Channel | undefined, conversation?: Pick<RawConversation, 'network'>): Channel {
  return override ?? conversation?.network ?? format.channel;
}
