import type { Channel } from '../model.js';
import type { FormatAdapter } from './adapter.js';

/** What a format folder's index.ts declares: its id (written there and nowhere else) and parts. */
export type FormatDefinition<Id extends string> = Omit<FormatAdapter<Id>, 'channel'> & {
  /** Defaults to 'chat', the channel of most formats. */
  channel?: Channel;
};

/**
 * A registry entry from a format's declaration. The literal id is kept in the type, so that
 * FORMAT_IDS and FormatId are derived from the registry instead of listed a second time.
 */
export function defineFormat<const Id extends string>(definition: FormatDefinition<Id>): FormatAdapter<Id> {
  return Object.freeze({ channel: 'chat', ...definition });
}
