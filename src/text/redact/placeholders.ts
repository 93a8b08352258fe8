/** Every kind of personal data the redactor knows, each with the placeholder that replaces it. */
export const PLACEHOLDERS = {
  email: '[email]',
  phone: '[phone]',
  order: '[order]',
  pesel: '[pesel]',
  nip: '[nip]',
  regon: '[regon]',
  ico: '[ico]',
  dic: '[dic]',
  'rodne-cislo': '[rodne-cislo]',
  iban: '[iban]',
  card: '[card]',
  address: '[address]',
  name: '[name]',
} as const;

export type PersonalDataType = keyof typeof PLACEHOLDERS;
