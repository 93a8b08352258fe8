import { patternRule, type Rule } from './rule.js';

const CAPITALISED = '\\p{Lu}\\p{Ll}+';
const HOUSE_NUMBER = '\\d{1,4}[a-zA-Z]?(?:\\s?/\\s?\\d{1,4}[a-zA-Z]?)?(?:\\s?(?:m\\.?|lok\\.?|byt)\\s?\\d{1,4})?';
// A number followed by a unit is a quantity, not a house: "Poslední 3 dny", "Jarní 20% sleva".
const NOT_A_QUANTITY =
  '(?![\\p{L}\\d]|[.,]\\d|\\s?(?:%|x\\s?\\d)|\\s(?:ks|kus\\p{L}*|szt\\p{L}*|sztuk\\p{L}*|dn[iíy]|den|dnů|let|lat\\p{L}*|rok\\p{L}*|godz\\p{L}*|hod\\p{L}*|min\\p{L}*|Kč|zł|PLN|CZK|EUR|cm|mm|kg|GB|TB|cal\\p{L}*|palc\\p{L}*|bal\\p{L}*|days?|years?|pcs|items?)(?!\\p{L}))';
// A street name without a marker word is only trusted where an address ends: a comma, the end
// of the sentence, a postcode, or "v/w/in <town>".
const ADDRESS_ENDS = '(?=\\s*(?:[,;:.!?)\\n]|$|\\d{2}-\\d{3}|\\d{3}\\s?\\d{2}(?!\\d)|(?:v|ve|w|we|in|a|i|and)\\s))';
const TOWN = `${CAPITALISED}(?:[ -](?:(?:nad|pod|u|im\\.)\\s)?${CAPITALISED}){0,2}(?:\\s\\d{1,2}(?!\\d))?`;
// "110 00 Kč" is a price.
const NOT_A_CURRENCY = '(?!K[čc](?!\\p{L})|Ft(?!\\p{L}))';

const rx = (source: string): RegExp => new RegExp(source, 'gu');

// Polish streets after a marker word: ul. Wiejska 74/37, al. Jana Pawła II 12, os. Tysiąclecia 5, ul. 3 Maja 5.
const POLISH_MARKED_STREET = rx(
  `(?<!\\p{L})(?:[Uu]l(?:ica|icy|icę|icy)?|[Aa]l(?:eja|ei|eję)?|[Oo]s(?:iedle|iedlu)?|[Pp]l(?:ac|acu)?)\\.?\\s+(?:\\d{1,2}\\s)?\\p{L}[\\p{L}.'-]*(?:\\s(?:\\p{L}[\\p{L}.'-]*|[IVX]+)){0,4}?\\s${HOUSE_NUMBER}${NOT_A_QUANTITY}`,
);

// Czech (and Polish) street names are mostly adjectives and genitives: Smetanova, Palackého,
// Národní, Vinohradská, Dlouhá, Piłsudskiego. Optionally after "náměstí", "třída" or a first word.
const STREET_NAME = `(?:(?:[Nn]ám(?:ěstí|\\.)|[Tt]ř(?:ída|\\.)|[Nn]ábřeží|${CAPITALISED})\\s)?\\p{Lu}\\p{Ll}*(?:ov[aáo]|ow[aey]|ej|ého|ego|sk[áa]|ck[áa]|n[íi]|[hkz]á)`;
const MARKERLESS_STREET = rx(`(?<![\\p{L}\\d])${STREET_NAME}\\s${HOUSE_NUMBER}${NOT_A_QUANTITY}${ADDRESS_ENDS}`);
// Czech streets named with a preposition: U Školy 20, Na Příkopě 72, Pod Lesem 5, K Nádraží 3.
const PREPOSITION_STREET = rx(
  `(?<![\\p{L}\\d])(?:U|Na|Pod|Nad|V|Ve|K|Ke|Za|Před|Při)\\s${CAPITALISED}(?:\\s\\p{Lu}?\\p{Ll}+)?\\s${HOUSE_NUMBER}${NOT_A_QUANTITY}${ADDRESS_ENDS}`,
);
// A house number with "č.p." (číslo popisné), with or without the village: Lhota č.p. 213.
const DESCRIPTIVE_NUMBER = rx(`(?:${CAPITALISED}(?:\\s\\p{Lu}?\\p{Ll}+)?\\s)?(?:č\\.\\s?p\\.|čp\\.|č\\.\\s?ev\\.|c\\.\\s?p\\.)\\s?\\d{1,5}(?!\\d)`);
// Street and a "house/flat" number, however the street is called: Národní 12/3, Długa 5/3.
const HOUSE_AND_FLAT = rx(`(?<![\\p{L}\\d])${CAPITALISED}(?:\\s${CAPITALISED})?\\s\\d{1,4}[a-z]?\\s?/\\s?\\d{1,4}[a-z]?(?![\\p{L}\\d]|[./]\\d)`);
// Whatever follows an address cue up to its house number: "Doručovací adresa: Husova 547", "live at 5 Elm Road".
const AFTER_ADDRESS_CUE = new RegExp(
  `(?<!\\p{L})(?:[Aa]dres[aeuy]?|[Aa]ddress|[Bb]ydli[sš]t[eě]|[Bb]ydl[íi]m(?:\\s(?:na|v|ve))?|[Mm]ieszkam(?:\\s(?:na|przy|w))?|[Ss]hip(?:ping)?\\sto|[Dd]eliver(?:y)?\\sto|[Pp]o[sš]lete(?:\\sto)?\\sna|[Dd]oru[čc]te(?:\\sto)?\\sna|[Ww]y[sś]lijcie(?:\\sto)?\\sna)\\s*:?\\s*(?<pii>\\p{Lu}[\\p{L}.-]*(?:\\s\\p{L}[\\p{L}.-]*){0,3}?\\s${HOUSE_NUMBER}${NOT_A_QUANTITY})`,
  'dgu',
);
// English: 221B Baker Street, 42 Oak Ave., Flat 3.
const ENGLISH_STREET = rx(
  `(?<![\\p{L}\\d])\\d{1,5}[A-Za-z]?\\s(?:${CAPITALISED}\\s){1,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Court|Ct\\.?|Way|Place|Terrace|Close|Crescent|Square|Parkway|Highway)(?!\\p{L})(?:,?\\s(?:Apt|Suite|Unit|Flat)\\.?\\s?#?\\w+)?`,
);
// Whatever stands between a comma-less start and a postcode is the street or village: "Kamenice 59, 370 01".
const HOUSE_BEFORE_POSTCODE = rx(
  `(?<![\\p{L}\\d])\\p{Lu}[\\p{L}.-]*(?:\\s\\p{L}[\\p{L}.-]*){0,2}?\\s${HOUSE_NUMBER},?\\s(?=\\d{2}-\\d{3}\\s|\\d{3}\\s?\\d{2}\\s)`,
);
// Postcodes with their town: 00-950 Warszawa, 110 00 Praha 1, 370 01 České Budějovice, SW1A 1AA, Springfield, IL 62704 (the state and ZIP).
const POSTCODE_AND_TOWN = rx(`(?<![\\p{L}\\d]|\\d[ -])(?:\\d{2}-\\d{3}|\\d{3}\\s?\\d{2})\\s+${NOT_A_CURRENCY}${TOWN}`);
const UK_POSTCODE = rx('(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d(?!GB|TB|MB)[A-Z]{2}(?![\\p{L}\\d])');
// The state is matched first and the town looked behind for, which keeps the search fast.
const US_TOWN_AND_ZIP = rx(`[A-Z]{2}(?<=${CAPITALISED}(?:\\s${CAPITALISED})?,\\s[A-Z]{2})\\s\\d{5}(?:-\\d{4})?(?!\\d)`);

export const ADDRESS_RULES: Rule[] = [
  POLISH_MARKED_STREET,
  DESCRIPTIVE_NUMBER,
  AFTER_ADDRESS_CUE,
  HOUSE_AND_FLAT,
  HOUSE_BEFORE_POSTCODE,
  PREPOSITION_STREET,
  MARKERLESS_STREET,
  ENGLISH_STREET,
  POSTCODE_AND_TOWN,
  UK_POSTCODE,
  US_TOWN_AND_ZIP,
].map((pattern) => patternRule('address', pattern));
