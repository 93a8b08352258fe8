import { createRequire } from 'node:module';
import { words, type LanguageModule } from './language-module.js';
import { stemPolish } from './stem-pl.js';

const require = createRequire(import.meta.url);
// natural ships a Polish list; stopwords-iso adds to it.
const naturalList = (require('natural/lib/natural/util/stopwords_pl.js') as { words: string[] }).words;
const isoList = (require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>)['pl'] ?? [];

export const polish: LanguageModule = {
  code: 'pl',
  name: 'Polish',
  detection: {
    words: words(`czy jest sie nie mnie mi moge mozna mozecie macie ile kiedy gdzie dlaczego czemu dzien dziekuje dzieki
      witam prosze zamowienie zamowienia zamowieniu zamowilem zamowilam paczka paczki paczke przesylka przesylki
      dostawa dostawy dostawe zwrot zwrotu reklamacja reklamacje reklamacji gwarancja gwarancji faktura fakture
      jeszcze juz bedzie byc przez tylko pan pani panstwa moje moja moj jego jej ktory ktora ktore wiec bardzo chce
      chcialbym chcialabym trzeba zostal zostala dziala wszystko jakie jaka jaki sklep sklepie towar kupic kupilem
      kupilam dostac wyslac wysylka wysylke zaplacic raty rat termin pieniadze konto kurier kurierem paczkomat
      paczkomatu odbior odebrac pozdrawiam gory sprawie pytanie dostalem dostalam nic moze mam mozliwe telefonu
      dzis dzisiaj jutro tydzien dni naprawa serwis sie moim mojego numer numeru adres adresu lub albo oraz bez
      jesli jezeli zeby aby gdy kiedy teraz dalej nadal wczoraj niestety prosba dla przy calego wszystkich jak do to`),
    cues: [
      { pattern: /[ąęłńśźżć]/g, weight: 1.5, on: 'lower' },
      { pattern: /(?:sz|cz|rz|dz|w)/g, weight: 0.4, on: 'folded' },
      // -ć infinitives, -łem/-łam past, -nie/-cie nouns and verbs.
      { pattern: /[a-z](?:ac|ic|ec|lem|lam|nie|cie|ow|ki|kow|ach)\b/g, weight: 0.4, on: 'folded' },
      // Polish has "ó" but none of the Czech long vowels.
      { pattern: /ó/, weight: 1, on: 'lower', once: true },
    ],
  },
  months: [['sty'], ['lut'], ['mar'], ['kwi'], ['maj'], ['cze'], ['lip'], ['sie'], ['wrz'], ['paz'], ['lis'], ['gru']],
  terms: {
    stopWords: [...naturalList, ...isoList],
    courtesyWords: words(`witam witaj dzien dobry wieczor dobrego czesc hej pozdrawiam pozdrowienia
      serdecznie dziekuje dziekuje dzieki prosze uprzejmie pan pani panstwo
      szanowni szanowny szanowna gory z odpowiedz mam pytanie chcialbym
      chcialabym moze moglby mogliby czy jak co jest sie
      moge mozna mozecie mozliwe musze trzeba chce da dac zrobic robic
      wiedziec dowiedziec informacje informacja kontakt problem pomoc pomocy`),
    stem: stemPolish,
  },
  openings: {
    greetings: ['dzien dobry', 'dobry wieczor', 'witam', 'witajcie', 'witam panstwa', 'czesc', 'hej', 'hejka', 'halo',
      'hallo', 'siema', 'szanowni panstwo', 'szanowna pani', 'szanowny panie'],
    greetingTails: ['serdecznie', 'wszystkim', 'panstwu'],
    announcements: ['mam (?:takie |jedno |male |krotkie )?(?:pytanie|pytanko)', 'pytanie', 'pytanko', 'mam (?:taka )?sprawe',
      'jeszcze jedno', 'potrzebuje porady', 'prosze panstwa', 'jest ktos', 'ktos jest', 'jest tam ktos'],
    askIntents: ['(?:chcialbym|chcialabym|chcialem|chcialam|chce) (?:sie )?(?:zapytac|dowiedziec sie|spytac)(?: o to)?'],
  },
  closings: {
    thanks: ['dziekuje', 'dziekujemy', 'dzieki', 'dziex', 'dzieks'],
    thanksBefore: ['z gory', 'z gory serdecznie', 'bardzo'],
    thanksAfter: ['bardzo'],
    thanksFor: { prepositions: ['za'], objects: ['odpowiedz', 'pomoc', 'info', 'informacje', 'informacja', 'szybka odpowiedz'] },
    signOffs: ['(?:serdecznie |milego dnia[,.!]* )?pozdrawiam(?: serdecznie| cieplo)?', 'pozdrowienia', 'z powazaniem'],
    politeEndings: ['bede wdzieczn[ya] za (?:info|informacje|odpowiedz|pomoc)', 'prosze o (?:szybka )?odpowiedz', 'milego dnia'],
    conjunctions: ['i', 'a', 'oraz', 'plus'],
  },
  questions: {
    questionWords: ['czy', 'jak', 'jaki', 'jaka', 'jakie', 'jakim', 'kiedy', 'gdzie', 'ile', 'dlaczego', 'czemu', 'kto',
      'komu', 'co', 'ktory', 'ktora', 'ktore'],
    connectives: ['a', 'i', 'oraz', 'jeszcze', 'a jeszcze', 'a take', 'a tez'],
    requests: ['prosze o', 'potrzebuje', 'chce (?:zwrocic|oddac|anulowac|zlozyc|reklamowac|zmienic)'],
    referenceWords: words(`kontakt do mnie na mi moj moje moja tel telefon telefonu numer nr pesel nip e mail
      email adres adresu konta konto iban zwrotu zwrot pieniedzy zamowienie zamowienia zamowieniu zam pisze w sprawie
      dotyczy mam to jest na nazwisko podaje gdyby byl potrzebny w razie potrzeby z a i`),
    abbreviations: words('nr zam ul al os tel np tzn itd itp mj godz ok ca st pl kl odp p s r sp'),
  },
  callNotes: {
    channels: ['telefon', 'rozmowa'],
    callers: ['klient\\w*', 'kl\\.', 'pani?', 'dzwoniac[ya]', 'osoba'],
    reportingVerbs: ['dzwoni z pytaniem', 'dzwoni z prosba', 'dzwoni w sprawie', 'pyta', 'zglasza', 'mowi', 'chce wiedziec', 'prosi',
      'zglasza(?:la?)?', 'pyta(?:la?)?(?:\\s+sie)?', 'sie\\s+pyta', 'dzwoni(?:la?)?\\s+z\\s+pytaniem', 'dzwoni(?:la?)?\\s+i\\s+pyta',
      'informuje', 'ma\\s+pytanie', 'chce\\s+wiedziec'],
    agentLabels: ['info', 'odp', 'odpowiedz', 'poinformowano', 'informacja', 'konsultant(?:ka)?', 'rozwiazanie', 'dzialanie'],
    agentReports: ['udzielono', 'wyjasni(?:lem|lam|ono|la|l)', 'odeslano', 'przekazano', 'poinformowa(?:no|lem|lam)', 'zgloszono',
      'sprawdzic', 'oddzwonic', 'oddzwonie', 'sprawa\\s+zamknieta', 'zadowolon[ya]'],
    agentPhrases: ['udzielono informacji', 'wyjasnil\\w* procedure', 'sprawdzic w magazynie', 'do oddzwonienia', 'oddzwonic',
      'odeslano do', 'przekazano do', 'zadowolon\\w*', 'sprawa zamknieta', 'zam\\.\\s*\\d'],
  },
  noise: {
    acknowledgements: words(`ok okay oki okej okey k dobrze dobra dobre dobry jasne rozumiem super spoko spox swietnie
      idealnie wspaniale fajnie fajne ekstra rewelacja dziekuje dziekujemy dzieki dziex wielkie bardzo serdecznie tak no
      to juz wszystko jest w porzadku pasuje doszla doszlo dotarla dotarlo przyszla przyszlo paczka przesylka
      zamowienie buty sa za szybka szybki szybkie wysylke wysylka dostawe obsluge mila mile profesjonalna i a oraz ze
      mi mnie sie pani panu`),
    complaints: ['nie', 'nic', 'brak', 'problem\\w*', 'reklam\\w*', 'zwrot\\w*', 'chyb\\w*', 'uszkodz\\w*', 'rozbit\\w*'],
    thankVerbs: ['podziekowac'],
    wrongRecipient: ['pomyl\\w*', 'pomylka', 'pomylilam', 'pomylilem', 'to nie do (?:was|pana|pani)'],
    testMessages: ['proba'],
    seasonalWishes: ['wesolych swiat', 'zdrowych (?:i )?wesolych', 'szczesliwego nowego roku', 'wszystkiego najlepszego'],
    smallTalk: ['ale (?:dzis|dzisiaj|tu) (?:zimno|goraco|cieplo|pada)\\b', '(?:fajne|ladne|super|piekne) (?:macie )?(?:zdjecia|strone|sklep)\\b',
      'jaka (?:ladna|piekna) pogoda'],
    spam: ['oferujemy', 'nasza oferta', 'nasza oferte', 'przeslac oferte', 'mamy dla (?:panstwa|was)', 'zapraszamy do wspolpracy',
      'jestesmy (?:producentem|firma|agencja|dostawca)', 'reprezentuje (?:firme|agencje)', 'zajmujemy sie', 'fotowoltaik\\w*',
      'bazy mailingowe', 'pozycjonowan\\w*', 'zarabiaj\\w*', 'zarob\\w* \\d', 'kliknij (?:tutaj|w link)', 'wiecej tutaj',
      'doplac\\w*[^.]*https?:'],
    shopVoice: ['nasz sklep', 'naszym sklepie', 'naszego sklepu', 'uprzejmie informujemy', 'informujemy,? ze', 'zapraszamy do (?:sklepu|zakupow)'],
    callsWithoutQuestion: ['tel(?:efon)?\\.?\\s*(?:[–-]\\s*)?do klient', 'przypomnienie', 'informacja o', 'nagrano', 'nagralem', 'nagralam',
      'nie odbiera', 'oddzwonilem', 'oddzwonilam', 'telemarket\\w*', 'klient\\w* dzwoni tylko'],
  },
  mail: {
    replyOpenings: ['w dniu', 'uzytkownik', 'wiadomosc napisana przez'],
    replyVerbs: ['napisal\\(a\\)', 'napisala?', 'napisal[ao]?', 'pisze', 'napisana przez'],
    separatorWords: ['oryginaln', 'wiadomosc oryginalna', 'przekazan', 'przeslan[ay] dalej'],
    forwardIntros: ['poczatek przekazywanej wiadomosci'],
    headerFrom: ['od'],
    headerOther: ['wyslano', 'wyslane', 'data', 'do', 'temat', 'dw'],
    deviceSignatures: ['wyslane z', 'wyslano z'],
    letterClosings: ['pozdrawiam', 'pozdrawiam serdecznie', 'serdecznie pozdrawiam', 'z powazaniem', 'z wyrazami szacunku',
      'pozdrowienia', 'dziekuje i pozdrawiam', 'z gory dziekuje', 'dziekuje'],
    subjectPrefixes: ['odp', 'pd'],
    listFooters: ['lista dyskusyjna', 'wypisz sie', 'wypisac sie', 'rezygnacja z subskrypcji'],
  },
  replies: {
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
  },
};
