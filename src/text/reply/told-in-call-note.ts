import { foldKeepingOffsets } from '../fold.js';
import { readShopMessage } from './read-shop-message.js';
import { anywhere } from './reply-patterns.js';

const TOLD = anywhere('told');

/**
 * What a call note records that the customer was told: the text after "poinformowano, że",
 * "Odp.:", "sdělili jsme", "informed that"..., without the agent's closing remarks ("Udzielono
 * informacji."). Null when the note records no answer, e.g. only "Wyjaśniłem procedurę."
 */
export function toldInCallNote(note: string): string | null {
  const flat = note.replace(/\s+/g, ' ').trim();
  // foldKeepingOffsets() keeps offsets, so the marker found in folded text cuts the note at the same place.
  const marker = TOLD.exec(foldKeepingOffsets(flat));
  if (!marker) return null;
  const told = flat.slice(marker.index + marker[0].length).replace(/^[\s,:;–-]+/, '');
  const reading = readShopMessage(told);
  return reading.kind === 'answer' ? reading.text : null;
}
