import { ParseError } from '../errors.js';
import type { Channel, RawConversation } from '../model.js';
import type { FormatAdapter, FormatReader, ReadOptions } from './adapter.js';
import { checkMessage } from './check-message.js';

/** What a format folder's index.ts declares: its id (written there and nowhere else) and parts. */
export type FormatDefinition<Id extends string> = Omit<FormatAdapter<Id>, 'channel'> & {
  /** Defaults to 'chat', the channel of most formats. */
  channel?: Channel;
};

/**
 * A registry entry from a format's declaration. The literal id is kept in the type, so that
 * FORMAT_IDS and FormatId are derived from the registry instead of listed a second time. Every
 * reader gets the same rules: a file it reads no message from is rejected, not imported as
 * empty, and every message passes `checkMessage` (damaged text rejected, over-long text cut).
 */
export function defineFormat<const Id extends string>(definition: FormatDefinition<Id>): FormatAdapter<Id> {
  const adapter: FormatAdapter<Id> = {
    channel: 'chat',
    ...definition,
    loadReader: async () => {
      const reader = await definition.loadReader();
      return { read: (path, options) => checkedMessages(reader, path, options, adapter.description) };
    },
  };
  return Object.freeze(adapter);
}

async function* checkedMessages(
  reader: FormatReader,
  path: string,
  options: ReadOptions,
  description: string,
): AsyncGenerator<RawConversation> {
  let messages = 0;
  for await (const conversation of reader.read(path, options)) {
    messages += conversation.messages.length;
    yield { ...conversation, messages: conversation.messages.map((message) => checkMessage(path, message)) };
  }
  if (messages === 0) {
    throw new ParseError(
      path,
      null,
      `no messages could be read from this file. Check that it is a ${description} with messages in it, ` +
        'or name the right format with --format.',
    );
  }
}
