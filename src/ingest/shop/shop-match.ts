import { foldDiacritics } from '../../text/fold.js';

/** Who wrote a message, as far as the export says: an address or id, a display name, or both. */
export interface Author {
  address?: string | null;
  name?: string | null;
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * True when the author is the shop, by any --shop entry, the same way in every channel:
 * - an address ("obsluga@sklep.pl") or user id ("8:live:sklep", "sklep") equal to the author's,
 *   ignoring case and Skype's network prefix;
 * - a domain ("sklep.pl" or "@sklep.pl") that the author's address is in, subdomains included;
 * - a display name contained word for word in the author's name, ignoring case and diacritics
 *   ("Tomek | Sklep Elektron" is the shop as much as "Sklep Elektron" is).
 * A bare string author (most chat exports) is matched both as an address and as a name.
 */
export function isShopAuthor(author: string | Author | null | undefined, shop: readonly string[]): boolean {
  if (!author) return false;
  const { address, name } = typeof author === 'string' ? { address: author, name: author } : author;
  const id = address?.trim().toLowerCase().replace(/^<|>$/g, '') ?? '';
  // Folding the name is the costly part: done once, and only when a name entry asks for it.
  let words = id ? null : foldName(name ?? '');
  if (!id && !words) return false;
  const strippedId = stripPrefix(id);
  return entriesOf(shop).some((entry) => {
    if (id && (id === entry.id || strippedId === entry.strippedId)) return true;
    if (entry.domain !== null) {
      const at = id.lastIndexOf('@');
      const idDomain = at === -1 ? '' : id.slice(at + 1);
      return idDomain === entry.domain || idDomain.endsWith(`.${entry.domain}`);
    }
    words ??= foldName(name ?? '');
    return entry.words !== '' && ` ${words} `.includes(` ${entry.words} `);
  });
}

/** A --shop entry in the forms it is compared in. */
interface ShopEntry {
  id: string;
  strippedId: string;
  /** Set when the entry is a domain: it then matches addresses in it and nothing else. */
  domain: string | null;
  words: string;
}

// Readers ask about every message with the same --shop list: it is prepared once per list.
const prepared = new WeakMap<readonly string[], ShopEntry[]>();

function entriesOf(shop: readonly string[]): ShopEntry[] {
  let entries = prepared.get(shop);
  if (!entries) {
    entries = shop.flatMap((entry) => {
      const wanted = entry.trim().toLowerCase();
      if (!wanted) return [];
      const domain = wanted.replace(/^@/, '');
      return [{ id: wanted, strippedId: stripPrefix(wanted), domain: DOMAIN.test(domain) ? domain : null, words: foldName(entry) }];
    });
    prepared.set(shop, entries);
  }
  return entries;
}

/** "8:live:shop" -> "shop": Skype ids carry a network prefix that users leave out. */
function stripPrefix(id: string): string {
  return id.replace(/^\d+:/, '').replace(/^live:/, '');
}

function foldName(value: string): string {
  return foldDiacritics(value).replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
