/**
 * True when an author (address, user id or display name) is one of the shop's own, as given by
 * --shop: the same value ignoring case, an address in a given domain, or a Skype-style id
 * ("8:live:shop") whose bare name was given.
 */
export function isShopAuthor(author: string | null | undefined, shop: readonly string[]): boolean {
  if (!author) return false;
  const value = author.trim().toLowerCase();
  if (!value) return false;
  return shop.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    if (!wanted) return false;
    if (value === wanted) return true;
    const domain = wanted.replace(/^@/, '');
    if (!domain.includes('@') && domain.includes('.') && value.endsWith(`@${domain}`)) return true;
    return stripPrefix(value) === stripPrefix(wanted);
  });
}

/** "8:live:shop" -> "shop": Skype ids carry a network prefix that users leave out. */
function stripPrefix(id: string): string {
  return id.replace(/^\d+:/, '').replace(/^live:/, '');
}
