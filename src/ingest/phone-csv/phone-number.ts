/** Country codes of the home markets, whose numbers are written both with and without them. */
const HOME_COUNTRY = /^(48|420)(?=\d{9}$)/;

/**
 * A caller's number in one canonical form, so that "+48 601 202 303", "0048601202303" and
 * "601 202 303" count as one customer: digits only, the Polish or Czech country code dropped
 * from a 9-digit national number, other international numbers kept with "+". Null for anything
 * too short to be a phone number (an extension, a dash).
 */
export function canonicalPhone(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5) return null;
  const international = phone.trim().startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return digits;
  return HOME_COUNTRY.test(international) ? international.replace(HOME_COUNTRY, '') : `+${international}`;
}
