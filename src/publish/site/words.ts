/** The site's own words (its "chrome") in each language it speaks. */
export interface SiteWords {
  /** The language's own name, for the language switcher. */
  languageName: string;
  contents: string;
  search: string;
  searchHint: string;
  noMatch: string;
  empty: string;
  updated: string;
  general: string;
  description: (shop: string) => string;
  allQuestions: string;
  notFoundTitle: string;
  notFoundText: string;
  contact: string;
  contactLink: string;
  languages: string;
  helpful: string;
  yes: string;
  no: string;
  chooseLanguage: string;
}

const WORDS: Readonly<Record<string, SiteWords>> = {
  pl: {
    languageName: 'Polski',
    contents: 'Spis pytań',
    search: 'Szukaj w pytaniach',
    searchHint: 'np. zwrot, dostawa, płatność',
    noMatch: 'Żadna odpowiedź nie pasuje do wyszukiwania.',
    empty: 'Nie ma jeszcze opublikowanych odpowiedzi.',
    updated: 'Aktualizacja',
    general: 'Ogólne',
    description: (shop) => `Odpowiedzi na pytania, które klienci${shop ? ` sklepu ${shop}` : ''} zadają najczęściej.`,
    allQuestions: 'Wszystkie pytania',
    notFoundTitle: 'Nie ma takiej strony',
    notFoundText: 'Ta strona nie istnieje albo została przeniesiona. Wszystkie odpowiedzi znajdziesz tutaj:',
    contact: 'Nie ma tu Twojego pytania?',
    contactLink: 'Napisz do nas',
    languages: 'Język',
    helpful: 'Czy ta odpowiedź pomogła?',
    yes: 'Tak',
    no: 'Nie',
    chooseLanguage: 'Wybierz język',
  },
  cs: {
    languageName: 'Čeština',
    contents: 'Seznam otázek',
    search: 'Hledat v otázkách',
    searchHint: 'např. vrácení, doprava, platba',
    noMatch: 'Hledání neodpovídá žádná odpověď.',
    empty: 'Zatím nejsou zveřejněné žádné odpovědi.',
    updated: 'Aktualizace',
    general: 'Obecné',
    description: (shop) => `Odpovědi na otázky, které zákazníci${shop ? ` obchodu ${shop}` : ''} kladou nejčastěji.`,
    allQuestions: 'Všechny otázky',
    notFoundTitle: 'Tato stránka neexistuje',
    notFoundText: 'Stránka neexistuje nebo byla přesunuta. Všechny odpovědi najdete zde:',
    contact: 'Nenašli jste svou otázku?',
    contactLink: 'Napište nám',
    languages: 'Jazyk',
    helpful: 'Pomohla vám tato odpověď?',
    yes: 'Ano',
    no: 'Ne',
    chooseLanguage: 'Vyberte jazyk',
  },
  en: {
    languageName: 'English',
    contents: 'Questions',
    search: 'Search the questions',
    searchHint: 'e.g. returns, delivery, payment',
    noMatch: 'No answer matches your search.',
    empty: 'No answers have been published yet.',
    updated: 'Updated',
    general: 'General',
    description: (shop) => `Answers to the questions ${shop ? `${shop}'s` : 'our'} customers ask most.`,
    allQuestions: 'All questions',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist or has moved. All the answers are here:',
    contact: 'Is your question not here?',
    contactLink: 'Write to us',
    languages: 'Language',
    helpful: 'Was this answer helpful?',
    yes: 'Yes',
    no: 'No',
    chooseLanguage: 'Choose your language',
  },
};

/** The chrome of a language; English for one the site has no words for. */
export function siteWords(lang: string): SiteWords {
  return WORDS[lang] ?? WORDS.en!;
}

/** The languages the site has words for, in the order the switcher lists them. */
export const CHROME_LANGUAGES = Object.keys(WORDS);
