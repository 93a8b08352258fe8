import type { ReplyPhrases } from './types.js';

/** Polish shop replies. */
export const pl: ReplyPhrases = {
  greetings: ['szanown[aye] (?:pani|panie|panstwo|kliencie|klientko)', 'drog[ai] (?:pani|panie|kliencie|klientko)', 'dzien dobry', 'witam(?: serdecznie)?'],
  holding: [
    'sprawdze', 'sprawdzimy', '(?:juz )?sprawdzam', 'zaraz sprawdze', 'musze (?:to )?(?:sprawdzic|zweryfikowac|skonsultowac|ustalic)',
    'wroce z (?:odpowiedzia|informacja)', 'wrocimy z', 'odezwe sie', 'odezwiemy sie', 'odpisze', 'odpiszemy', 'dam (?:pani |panu )?znac',
    'damy (?:pani |panu )?znac', 'przekaze', 'przekazemy', 'przekazalam do', 'przekazalem do', 'zglosze to', 'prosze o chwile',
    'chwile cierpliwosci', 'prosze (?:chwile )?poczekac', 'prosze o cierpliwosc', 'skontaktujemy sie z (?:pania|panem|panstwem)',
    'ustale', 'zweryfikuje', 'zapytam',
  ],
  redirects: [
    'prosze o kontakt (?:telefoniczny|mailowy|przez)', '(?:prosze )?(?:w tej sprawie )?napisac na (?:adres|maila)', 'prosze (?:w tej sprawie )?napisac na',
    'najlepiej (?:zadzwonic|napisac)', 'prosze zadzwonic', 'tym zajmuje sie inny dzial', 'odpowiedzi na (?:najczestsze|czeste) pytania (?:sa|znajdzie)',
  ],
  asksForDetails: [
    '(?:numer|nr\\.?) zamowienia', 'numeru zamowienia', 'numer zamowienia', 'numer paczki', 'numer przesylki',
    'na jakie nazwisko', 'adres e-?mail(?:owy)? (?:podany|uzyty)', 'wiecej szczegolow', 'dokladniej opisac', 'opisac problem',
    'podac (?:dane|nazwisko)',
  ],
  requests: ['prosze', 'poprosze', 'prosimy', 'czy moze', 'czy mozna', 'podac', 'podanie', 'przeslac', 'jaki jest', 'jakie jest', 'potrzebuje', 'potrzebujemy'],
  autoReply: [
    'dziekujemy za (?:wiadomosc|kontakt|zgloszenie)[^.!]*odpowiemy', 'odpowiemy (?:najszybciej|jak najszybciej|niezwlocznie|w ciagu)',
    'wiadomosc zostala (?:przyjeta|zarejestrowana)', 'to jest automatyczna', 'wiadomosc wygenerowana automatycznie', 'nie odpowiadaj na',
  ],
  welcome: ['witamy w', 'w czym (?:moge|mozemy) pomoc', 'jak (?:moge|mozemy) pomoc', 'chetnie pomoge', 'chetnie pomozemy'],
  courtesy: [
    'udzielono informacji', 'wyjasnil(?:em|am|a)? procedure', 'sprawa zamknieta', 'klient\\w* zadowolon\\w*', 
    'czy (?:moge|mozemy) (?:jeszcze )?w czyms pomoc', 'gdyby (?:miala|mial|mieli) (?:pani|pan|panstwo) (?:jeszcze )?pytania',
    'gdyby cos bylo niejasne', 'w razie pytan', 'jestem do dyspozycji', 'jestesmy do dyspozycji', 'chetnie (?:wyjasnie|doprecyzuje)',
    'z przyjemnoscia doprecyzuje', 'mam nadzieje, ze (?:to )?pomoze', 'milego dnia', 'dobrego dnia', 'zapraszamy ponownie',
    'nie ma za co', 'nic nie szkodzi', '(?:bardzo )?(?:nam|mi) milo', '(?:rowniez |bardzo )?dziekuje(?:my)?', 'dzieki za wiadomosc', 'pozdrawiam', 'pozdrawiamy',
    'z powazaniem', 'przepraszamy za (?:utrudnienia|opoznienie|klopot)', '(?:bardzo )?(?:nam|mi) przykro(?:, ze tak wyszlo)?',
    'przykro (?:nam|mi)', 'wracam z (?:informacja|odpowiedzia)', 'juz wyjasniam', 'odpowiadam od razu', 'juz wiem, jak to wyglada', 'prosze dac znac[^.!?]*',
    'widze, ze zamowienie (?:zostalo|bylo) [^.!?]*', 'widze (?:pani|pana|panstwa) zamowienie(?: w systemie)?',
    'zajrzal(?:am|em) do (?:pani|pana|panstwa) zamowienia', 'nie jestesmy zainteresowani', 'dziekujemy za kontakt',
  ],
  told: [
    'poinformowan[oayi](?: (?:klient\\w*|pana|pania))?(?:,? ze| o)?', 'poinformowal(?:em|am|a)?(?: (?:klient\\w*|pana|pania))?(?:,? ze| o)?',
    'wyjasnion[oa](?: (?:klient\\w*|pana|pani))?,? ze', 'wyjasnil(?:em|am|a)?(?: (?:klient\\w*|pana|pani))?,? ze',
    'przekazano informacje,? ze', 'udzielono informacji,? ze', 'odp\\.?:', 'odpowiedz:', 'info:', 'informacja:',
  ],
  numberWords: {
    jeden: 1, jednego: 1, jedna: 1, dwa: 2, dwoch: 2, dwie: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, piec: 5, pieciu: 5,
    szesc: 6, siedem: 7, osiem: 8, dziewiec: 9, dziesiec: 10, dziesieciu: 10, czternascie: 14, czternastu: 14, trzydziesci: 30,
    trzydziestu: 30, szescdziesiat: 60,
  },
  durationUnits: [
    { stem: 'dni|dnia|dzien|doby', days: 1 },
    { stem: 'tydzien|tygodni[ae]?|tygodniu', days: 7 },
    { stem: 'miesiac[ea]?|miesiecy|miesiacu', days: 30 },
    { stem: 'rok|roku|lata|lat', days: 365 },
  ],
  rangeWords: ['lub', 'albo', 'czy', 'do'],
  workingDayWords: ['robocz\\w*'],
  percentWords: ['procent\\w*'],
  yes: ['tak', 'owszem', 'oczywiscie', 'jasne', 'zgadza sie', 'jak najbardziej'],
  no: ['nie(?=\\s*[,.!])', 'niestety', 'nie mozna', 'nie ma (?:takiej )?mozliwosci'],
  currencies: { zl: 'PLN', zlotych: 'PLN', pln: 'PLN', eur: 'EUR', euro: 'EUR', '€': 'EUR' },
};
