import type { Lang } from '../model.js';
import { foldKeepingOffsets } from './fold.js';

// Frequent words that mostly belong to one language once diacritics are gone. Words shared by
// Polish and Czech (na, to, co, jak, ale, mam...) are left out on purpose: they prove nothing.
const WORDS: Record<'pl' | 'cs' | 'en', string> = {
  pl: `czy jest sie nie mnie mi moge mozna mozecie macie ile kiedy gdzie dlaczego czemu dzien dziekuje dzieki
    witam prosze zamowienie zamowienia zamowieniu zamowilem zamowilam paczka paczki paczke przesylka przesylki
    dostawa dostawy dostawe zwrot zwrotu reklamacja reklamacje reklamacji gwarancja gwarancji faktura fakture
    jeszcze juz bedzie byc przez tylko pan pani panstwa moje moja moj jego jej ktory ktora ktore wiec bardzo chce
    chcialbym chcialabym trzeba zostal zostala dziala wszystko jakie jaka jaki sklep sklepie towar kupic kupilem
    kupilam dostac wyslac wysylka wysylke zaplacic raty rat termin pieniadze konto kurier kurierem paczkomat
    paczkomatu odbior odebrac pozdrawiam gory sprawie pytanie dostalem dostalam nic moze mam mozliwe telefonu
    dzis dzisiaj jutro tydzien dni naprawa serwis sie moim mojego numer numeru adres adresu lub albo oraz bez
    jesli jezeli zeby aby gdy kiedy teraz dalej nadal wczoraj niestety prosba dla przy calego wszystkich jak do to`,
  cs: `je jsem jsi jsou se si ne ano den dekuji diky prosim objednavka objednavky objednavku objednavce
    objednal objednala zasilka zasilku zasilky doprava dopravu dodani kolik kdy kde proc muzu mohu lze muze
    muzete bude byl bylo byla uz jeste jen taky take nebo pro ktery ktera ktere vas vam nam mate chci chtel
    chtela potrebuji zbozi reklamace reklamaci reklamovat vratit vraceni penize ucet uctu platba platbu splatky
    dotaz ahoj zdravim pozdravem predem neni nejde funguje nefunguje dnes zitra tyden kuryr zasilkovna balik
    baliku dobry vecer mi me mne jak jaky jaka jake bych aby kdyz pokud ale uz porad stale jsme jste mel mela
    dekuju muj moje moji toho tento tato tohle prodejna prodejne obchod cislo telefon faktura fakturu zaruka
    zaruku zaruce odpoved ani pri televize nic vsechno budu mam nektere nektery do to`,
  en: `the is are was were be been my your you i me we our can could would should will do does did have has
    had with for of it in on not please thanks thank hello hi hey how what when where why which who order
    orders delivery shipping payment refund return card account money help want need get got this that there
    an and or if about from my when still yet already any some just know tell to`,
};

const LEXICON = buildLexicon();

function buildLexicon(): Map<string, Set<'pl' | 'cs' | 'en'>> {
  const lexicon = new Map<string, Set<'pl' | 'cs' | 'en'>>();
  for (const lang of ['pl', 'cs', 'en'] as const) {
    for (const word of WORDS[lang].split(/\s+/).filter(Boolean)) {
      const langs = lexicon.get(word) ?? new Set();
      langs.add(lang);
      lexicon.set(word, langs);
    }
  }
  return lexicon;
}

const PL_LETTERS = /[ąęłńśźżć]/g;
const CS_LETTERS = /[ěřůčšťďňž]/g;
const CS_LONG_VOWELS = /[áéíúý]/g;
const PL_CLUSTERS = /(?:sz|cz|rz|dz|w)/g;
const CS_CUES = /(?:ou\b|ovat\b|ujete\b|[^s]ch[ai]\b|\bv\b)/g;
// Word endings: Polish -ć infinitives, -łem/-łam past, -nie/-cie nouns and verbs versus Czech
// -ní nouns, -ky/-ku, -ete/-íte/-íme verbs.
const PL_ENDINGS = /[a-z](?:ac|ic|ec|lem|lam|nie|cie|ow|ki|kow|ach)\b/g;
const CS_ENDINGS = /[a-z](?:ni|ky|ku|ete|ite|ime|ame|ujes)\b/g;
const EN_CUES = /(?:th|\bwh|ing\b|\bi'|n't\b|tion|ee|ck|ea|ay\b)/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface LanguageScores {
  score: Record<'pl' | 'cs' | 'en', number>;
  words: number;
  known: number;
}

function scoreLanguages(text: string): LanguageScores {
  const lower = text.toLowerCase();
  const folded = foldKeepingOffsets(text);
  const words = folded.match(/[a-z']+/g) ?? [];
  const score = { pl: 0, cs: 0, en: 0 };
  let known = 0;
  for (const word of words) {
    const langs = LEXICON.get(word);
    if (!langs) continue;
    known++;
    for (const lang of langs) score[lang] += 1 / langs.size;
  }

  score.pl += 1.5 * count(lower, PL_LETTERS) + 0.4 * count(folded, PL_CLUSTERS);
  score.cs += 1.5 * count(lower, CS_LETTERS) + 0.5 * count(lower, CS_LONG_VOWELS) + 0.6 * count(folded, CS_CUES);
  score.pl += 0.4 * count(folded, PL_ENDINGS);
  score.cs += 0.4 * count(folded, CS_ENDINGS);
  score.en += 0.4 * count(folded, EN_CUES);
  // Polish has "ó" but none of the Czech long vowels; a Czech text never has "ó".
  if (lower.includes('ó')) score.pl += 1;
  return { score, words: words.length, known };
}

/**
 * Guesses pl / cs / en from word lists plus character cues (diacritics, Polish consonant
 * clusters, Czech endings), so that short texts typed without diacritics still come out right.
 */
export function detectLanguage(text: string): Lang {
  const { score, words, known } = scoreLanguages(text);
  if (words === 0) return 'other';
  const ranked = (Object.entries(score) as ['pl' | 'cs' | 'en', number][]).sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  // Texts with no recognised word and only weak cues are some other language.
  if (bestScore < 0.8 || (known === 0 && bestScore < 1.2)) return 'other';
  // Mostly unknown words with a stray "an" or "to" is another language (German, Slovak...).
  if (known / words < 0.15 && bestScore < 2) return 'other';
  return best;
}

/**
 * The most likely of `among` for a text detectLanguage would not commit to (too short, typos):
 * whatever cues it has decide, ties go to the first of `among` (pass the most common first).
 * Clustering uses it so that "fv na firme jak" can still join the Polish invoice question.
 */
export function closestLanguage(text: string, among: readonly ('pl' | 'cs' | 'en')[]): 'pl' | 'cs' | 'en' | null {
  if (among.length === 0) return null;
  const { score } = scoreLanguages(text);
  let best = among[0]!;
  for (const lang of among) if (score[lang] > score[best]) best = lang;
  return best;
}
