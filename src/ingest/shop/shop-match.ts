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
  const words = foldName(name ?? '');
  if (!id && !words) return false;
  return shop.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    if (!wanted) return false;
    if (id && (id === wanted || stripPrefix(id) === stripPrefix(wanted))) return true;
    const domain = wanted.replace(/^@/, '');
    if (DOMAIN.test(domain)) {
      const at = id.lastIndexOf('@');
      const idDomain = at === -1 ? '' : id.slice(at + 1);
      return idDomain === domain || idDomain.endsWith(`.${domain}`);
    }
    const wantedWords = foldName(entry);
    return wantedWords !== '' && ` ${words} `.includes(` ${wantedWords} `);
  });
}

/** "8:live:shop" -> "shop": Skype ids carry a network prefix that users leave out. */
function stripPrefix(id: string): string {
  return id.replace(/^\d+:/, '').replace(/^live:/, '');
}

function foldName(value: string): string {
  return foldDiacritics(value).replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
