import { foldKeepingOffsets } from '../fold.js';
import { FIRST_NAMES } from './first-names.js';
import type { PersonalDataMatch, Rule } from './rule.js';

// One word of a name: Nowak, Nováková, McDonald, O'Brien, Skłodowska-Curie.
const NAME_WORD = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}*\\p{Lu}?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
// Up to three words, an initial allowed after the first: "Anna Nowak", "John F. Smith".
const NAME_AT = new RegExp(`${NAME_WORD}(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]*)?${NAME_WORD}){0,2}`, 'uy');
const SURNAME_AT = new RegExp(`[ \\t]+(?:\\p{Lu}\\.[ \\t]*)?${NAME_WORD}`, 'uy');
const LOWERCASE_NAME_AT = /\p{Ll}{2,}(?:[ \t]+\p{Ll}{3,})?/uy;
const WORDS = new RegExp(NAME_WORD, 'gu');

// Capitalised words that close or open a message but name nobody.
const NOT_NAMES = new Set(
  `pozdrawiam pozdrowienia dziekuje dzieki serdecznie dekuji diky dekuju zdravim regards best kind thanks thank
   you cheers sincerely dobry den dzien hello hi witam ahoj czesc prosim prosze please ok okay super tak ano
   nie ne yes no hezky pekny team zespol sklep obchod shop support customer klient zakaznik zakaznice
   panstwo pan pani mr mrs ms dr ing mgr bc mudr judr inz the and i a z s w v na do`.split(/\s+/),
);
const isNameWord = (word: string): boolean => !NOT_NAMES.has(foldKeepingOffsets(word));
// Lower-case words that end a lower-case name: "jmenuji se jan novak a mam dotaz".
const FUNCTION_WORDS = new Set('a i and or oraz mam chci chce jsem jestem have want would im z ze w v na do o not is'.split(' '));
const isLowercaseName = (word: string): boolean => isNameWord(word) && !FUNCTION_WORDS.has(foldKeepingOffsets(word));

const match = (text: string, index: number, length: number): PersonalDataMatch => ({
  rule: 'name',
  match: text.slice(index, index + length),
  index,
});

interface CueOptions {
  /** After "jmenuji se" a name may be typed in lower case. */
  lowercase: boolean;
  /** After a weak cue ("I'm", "jsem", "odbierze") only a known first name or two name words count. */
  weak: boolean;
  /** A sign-off is followed by the name and nothing else on the line. */
  lineEnd: boolean;
}

/** The name that starts at `index` (after spaces and punctuation), or null. */
function nameAt(text: string, index: number, options: CueOptions): PersonalDataMatch | null {
  const start = index + /^[\s,:;–-]*/.exec(text.slice(index, index + 8))![0].length;
  NAME_AT.lastIndex = start;
  const capitalised = NAME_AT.exec(text);
  if (capitalised) {
    const words = capitalised[0].match(WORDS) ?? [];
    const kept = words.findIndex((word) => !isNameWord(word));
    if (kept === 0) return null;
    const name = kept === -1 ? capitalised[0] : capitalised[0].slice(0, capitalised[0].indexOf(words[kept]!)).trimEnd();
    if (options.weak && !FIRST_NAMES.has(foldKeepingOffsets(words[0]!)) && (name.match(WORDS)?.length ?? 0) < 2) return null;
    return match(text, start, name.length);
  }
  if (!options.lowercase) return null;
  LOWERCASE_NAME_AT.lastIndex = start;
  const lower = LOWERCASE_NAME_AT.exec(text);
  if (!lower) return null;
  // Words up to the first one that is not a name: "jan novak a mam dotaz" -> "jan novak".
  const [first, second] = lower[0].split(/[ \t]+/);
  if (!isLowercaseName(first!)) return null;
  return match(text, start, second !== undefined && isLowercaseName(second) ? lower[0].length : first!.length);
}

// "nazywam się Anna Nowak", "jmenuji se Jan Novák", "my name is John Smith", "paní Nováková".
const INTRODUCTIONS =
  'nazywam sie|mam na imie|moje imie i nazwisko to|imie i nazwisko|nazwisko|na nazwisko|odbiorca|odbiorczyni|z tej strony|jmenuji se|jmenuju se|moje jmeno je|me jmeno je|jmeno a prijmeni|jmeno\\s*:|prijmeni|na jmeno|prijemce|my name is|my name\'s|full name|name\\s*:|recipient|in the name of|addressed to';
const TITLES = 'pan|pani|panu|pania|panem|pana|panstwo|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.|ing\\.|mgr\\.?|mudr\\.|bc\\.|judr\\.|phdr\\.|inz\\.';
// Weak cues: "I am Anna" or "I am Anna Smith", but not "I am Happy".
const WEAK_INTRODUCTIONS =
  'jsem|jestem|i am|i\'m|im|this is|tu|tady je|tady|here is|odbierze|odbiera|prevezme|vyzvedne|picks? up|collects?|is for';
// "Pozdrawiam, Anna Nowak", "S pozdravem Petr Svoboda", "Regards, John Smith", "Děkuji, Hana".
const SIGN_OFFS =
  'pozdrawiam(?: serdecznie| cieplo)?|pozdrowienia|z powazaniem|z wyrazami szacunku|dziekuje(?: bardzo)?|z gory dziekuje|dzieki|s pozdravem|s pratelskym pozdravem|zdravim|dekuji(?: predem)?|predem dekuji|diky|dekuju|(?:best |kind |warm )?regards|best wishes|(?:many )?thanks|thank you|cheers|sincerely|yours sincerely|yours faithfully|best|thx';

const CUE_KINDS: [string, CueOptions][] = [
  [INTRODUCTIONS, { lowercase: true, weak: false, lineEnd: false }],
  [TITLES, { lowercase: false, weak: false, lineEnd: false }],
  [WEAK_INTRODUCTIONS, { lowercase: false, weak: true, lineEnd: false }],
  [SIGN_OFFS, { lowercase: false, weak: false, lineEnd: true }],
];
const SIGN_OFF_KIND = 3;
// One pass over the folded text finds every kind of cue; the group that matched says which.
// Folded text is ASCII for Polish and Czech, so \b bounds the words (and is much faster than a lookbehind).
const CUE = new RegExp(`(?:\\b(?:${CUE_KINDS.map(([cues], i) => `(?<k${i}>${cues})`).join('|')})(?![a-z0-9])|(?<dash>--|—|–))`, 'g');
const LINE_END = /^[ \t]*(?:[.!,;]|\r?\n|$)/;

/** The name following a cue: "nazywam się Anna Nowak", "paní Nováková", "Pozdrawiam, Anna". */
const NAME_AFTER_CUE: Rule = {
  type: 'name',
  find(text, folded) {
    const found: PersonalDataMatch[] = [];
    for (const cue of folded.matchAll(CUE)) {
      // A dash before a name signs a message off like "Regards" does.
      const kind = cue.groups!.dash === undefined ? CUE_KINDS.findIndex((_, i) => cue.groups![`k${i}`] !== undefined) : SIGN_OFF_KIND;
      const options = CUE_KINDS[kind]![1];
      const name = nameAt(text, cue.index + cue[0].length, options);
      if (!name) continue;
      if (options.lineEnd && !LINE_END.test(text.slice(name.index + name.match.length))) continue;
      found.push(name);
    }
    return found;
  },
};

// A capitalised word followed by another: the only places a first name and surname can stand.
const TWO_NAME_WORDS = new RegExp(`\\p{Lu}\\p{Ll}+(?=[ \\t]+(?:\\p{Lu}\\.[ \\t]*)?\\p{Lu}\\p{Ll})`, 'gu');

/** A known first name and a capitalised word after it: "odbierze Anna Nowak", "Jan Novák". */
const FIRST_NAME_AND_SURNAME: Rule = {
  type: 'name',
  find(text) {
    const found: PersonalDataMatch[] = [];
    for (const word of text.matchAll(TWO_NAME_WORDS)) {
      if (/\p{L}/u.test(text[word.index - 1] ?? '') || !FIRST_NAMES.has(foldKeepingOffsets(word[0]))) continue;
      SURNAME_AT.lastIndex = word.index + word[0].length;
      const surname = SURNAME_AT.exec(text);
      if (!surname || !isNameWord(surname[0].trim())) continue;
      found.push(match(text, word.index, word[0].length + surname[0].length));
    }
    return found;
  },
};

/** A name alone on the last line of a message, under its text: "...\nAnna Nowak". */
const NAME_ON_LAST_LINE: Rule = {
  type: 'name',
  find(text) {
    const body = text.trimEnd();
    const lineStart = body.lastIndexOf('\n') + 1;
    if (lineStart === 0 || body.slice(0, lineStart).trim() === '') return [];
    const line = body.slice(lineStart).replace(/[ \t.!]+$/, '');
    const start = lineStart + (line.length - line.trimStart().length);
    NAME_AT.lastIndex = start;
    const name = NAME_AT.exec(text);
    if (!name || name[0] !== line.trimStart()) return [];
    const words = name[0].match(WORDS) ?? [];
    if (!words.every(isNameWord) || (words.length === 1 && !FIRST_NAMES.has(foldKeepingOffsets(words[0]!)))) return [];
    return [match(text, start, name[0].length)];
  },
};

export const NAME_RULES: Rule[] = [NAME_AFTER_CUE, FIRST_NAME_AND_SURNAME, NAME_ON_LAST_LINE];
