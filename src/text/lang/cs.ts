import { createRequire } from 'node:module';
import { words, type LanguageModule } from './language-module.js';
import { stemCzech } from './stem-cs.js';

const require = createRequire(import.meta.url);
const isoList = (require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>)['cs'] ?? [];

export const czech: LanguageModule = {
  code: 'cs',
  name: 'Czech',
  detection: {
    words: words(`je jsem jsi jsou se si ne ano den dekuji diky prosim objednavka objednavky objednavku objednavce
      objednal objednala zasilka zasilku zasilky doprava dopravu dodani kolik kdy kde proc muzu mohu lze muze
      muzete bude byl bylo byla uz jeste jen taky take nebo pro ktery ktera ktere vas vam nam mate chci chtel
      chtela potrebuji zbozi reklamace reklamaci reklamovat vratit vraceni penize ucet uctu platba platbu splatky
      dotaz ahoj zdravim pozdravem predem neni nejde funguje nefunguje dnes zitra tyden kuryr zasilkovna balik
      baliku dobry vecer mi me mne jak jaky jaka jake bych aby kdyz pokud ale uz porad stale jsme jste mel mela
      dekuju muj moje moji toho tento tato tohle prodejna prodejne obchod cislo telefon faktura fakturu zaruka
      zaruku zaruce odpoved ani pri televize nic vsechno budu mam nektere nektery do to`),
    cues: [
      { pattern: /[ěřůčšťďňž]/g, weight: 1.5, on: 'lower' },
      { pattern: /[áéíúý]/g, weight: 0.5, on: 'lower' },
      { pattern: /(?:ou\b|ovat\b|ujete\b|[^s]ch[ai]\b|\bv\b)/g, weight: 0.6, on: 'folded' },
      // -ní nouns, -ky/-ku, -ete/-íte/-íme verbs.
      { pattern: /[a-z](?:ni|ky|ku|ete|ite|ime|ame|ujes)\b/g, weight: 0.4, on: 'folded' },
    ],
  },
  // červen (June) and červenec (July) share a start; the longer prefix decides.
  months: [['led'], ['uno'], ['bre'], ['dub'], ['kve'], ['cerven', 'cervna'], ['cervenec', 'cervence'], ['srp'], ['zar'], ['rij'], ['lis'], ['pro']],
  terms: {
    stopWords: isoList,
    courtesyWords: words(`dobry den vecer zdravim ahoj dekuji dekuju diky prosim pozdravem hezky
      vazeni vazeny vazena predem odpoved mam dotaz otazku chtel chtela
      bych jak co je se
      muzu muzete musim lze da chci potrebuji udelat informaci problem pomoc`),
    stem: stemCzech,
  },
  openings: {
    greetings: ['dobry den', 'dobre rano', 'dobry vecer', 'krasny den', 'zdravim', 'ahoj', 'nazdar', 'dobry'],
    greetingTails: ['prz?eji', 'vas', 'vsem'],
    announcements: ['mam dotaz', 'dotaz', 'mam otazku', 'otazka', 'potrebuji poradit', 'prosim vas', 'je tam nekdo', 'je tu nekdo'],
    askIntents: ['(?:chtel|chtela) bych se zeptat'],
  },
  closings: {
    thanks: ['dekuji', 'dekujeme', 'dekuju', 'diky', 'dik'],
    thanksBefore: ['predem', 'moc'],
    thanksAfter: ['moc', 'mockrat', 'predem'],
    thanksFor: { prepositions: ['za'], objects: ['odpoved', 'pomoc', 'rychlou odpoved'] },
    signOffs: ['s pozdravem', 's pratelskym pozdravem', 'hezky den', 'pekny den', 'krasny den',
      's pranim (?:hezkeho|pekneho|krasneho) dne', 'mejte se(?: hezky)?'],
    politeEndings: ['prosim o (?:rychlou )?odpoved', 'budu rad[a]? za odpoved'],
    conjunctions: ['a'],
  },
  questions: {
    questionWords: ['je mozne', 'jde', 'da se', 'lze', 'muzu', 'mohu', 'muzete', 'jak', 'jaky', 'jaka', 'jake', 'kdy', 'kde',
      'kolik', 'proc', 'kdo', 'komu', 'co', 'ktery'],
    connectives: ['a', 'a taky', 'a jeste'],
    requests: ['prosim o', 'potrebuji', 'chci (?:vratit|zrusit|reklamovat|zmenit)'],
    referenceWords: words(`me muj moje cislo c rodne ico adresa ucet uctu pro vraceni penez objednavka objednavky
      objednavku objednavce obj pisu ohledne jde o je mam to jmeno podavam kdyby bylo potreba tel telefon na z a`),
    abbreviations: words('c obj ul tel tj ev resp p s r st'),
  },
  callNotes: {
    channels: ['hovor'],
    callers: ['zakaznik\\w*', 'zakaznice', 'volajici'],
    reportingVerbs: ['hlasi', 'vola s dotazem', 'se pta', 'se ptal\\w*', 'rika', 'chce vedet', 'se\\s+pta', 'pta\\s+se',
      'ptala?\\s+se', 'vola\\s+s\\s+dotazem', 'ma\\s+dotaz'],
    agentLabels: ['odpoved', 'akce'],
    agentReports: ['vysvetlen[oa]?', 'vysvetlila?', 'predano', 'informovan[ao]?'],
    agentPhrases: ['vysvetlen\\w* postup', 'informace poskytnuty', 'vyrizeno', 'predano', 'zakaznik\\w* spokojen\\w*'],
  },
  noise: {
    acknowledgements: words(`ok dobre dobry jasne rozumim super dekuji dekujeme dekuju diky dik moc mockrat vse sedi v
      poradku paradni parada skvele vyborne dorazil dorazila dorazilo prisel prisla prislo balik zasilka boty jsou byl
      byla druhy den doma rychle rychlou doruceni dodani za vam vas vsechno taky a mi`),
    complaints: ['ne', 'nic', 'neni', 'nejde', 'zadn\\w*', 'problem\\w*', 'reklam\\w*', 'vratit', 'vraceni', 'chyb\\w*', 'poskoz\\w*',
      'rozbit\\w*'],
    thankVerbs: ['podekovat'],
    wrongRecipient: ['omyl\\w*', 'omylem', 'spletl\\w*', 'nebylo pro vas'],
    testMessages: ['zkouska'],
    seasonalWishes: ['vesele vanoce', 'stastny novy rok', 'krasne svatky'],
    smallTalk: ['to je ale (?:zima|horko)'],
    spam: ['nabizime', 'nase nabidka', 'nabidku spoluprace', 'vydelejte', 'vydelat', 'vice zde'],
    shopVoice: ['nas obchod', 'nasem obchode', 'nase prodejna', 'informujeme vas'],
    callsWithoutQuestion: ['zpetne volani', 'volani zakaznik', 'informace o', 'upominka', 'pripominka', 'nebere', 'zakaznik\\w* vola jen'],
  },
  mail: {
    replyOpenings: ['dne'],
    replyVerbs: ['napsal\\(a\\)', 'napsala?', 'zprava od'],
    separatorWords: ['puvodni', 'preposlan'],
    forwardIntros: ['zacatek preposlane zpravy'],
    headerFrom: ['od', 'odesilatel'],
    headerOther: ['odeslano', 'datum', 'komu', 'predmet', 'kopie'],
    deviceSignatures: ['odeslano z', 'odeslano pomoci'],
    letterClosings: ['s pozdravem', 's pranim hezkeho dne', 'se srdecnym pozdravem', 'dekuji', 'diky'],
    subjectPrefixes: ['odp', 'pr', 'fw'],
    listFooters: ['odhlasit', 'odhlaseni', 'diskusni skupina'],
  },
  replies: {
    greetings: ['vazen[aey] (?:pani|pane|zakaznic[eio]|zakazniku)', 'mil[aey] (?:pani|pane|zakaznic[eio]|zakazniku)', 'dobry den', 'zdravim'],
    holding: [
      'overim', 'overime', 'zjistim', 'zjistime', 'podivam se', 'podivame se', 'proverim', 'musim to (?:overit|zjistit|proverit|konzultovat)',
      'ozvu se', 'ozveme se', 'dam vam vedet', 'dame vam vedet', 'predam', 'predame', 'vydrzte', 'chvilku strpeni', 'moment prosim',
      'okamzik prosim', 'budeme vas kontaktovat', 'zeptam se',
    ],
    redirects: [
      'napiste (?:nam )?prosim', 'prosim,? napiste', 'zavolejte (?:nam|prosim)', 'prosim,? zavolejte', 'tim se zabyva jine oddeleni',
      'odpovedi na caste dotazy najdete',
    ],
    asksForDetails: [
      'cislo objednavky', 'cisla objednavky', 'cislo zasilky', 'na jake jmeno', 'vice podrobnosti', 'blize popsat', 'popsat problem',
    ],
    requests: ['prosim', 'prosime', 'muzete', 'mohl(?:a|i)? byste', 'napiste', 'napsat', 'poslete', 'poslat', 'jake je', 'jaky je', 'potrebuji', 'potrebujeme'],
    autoReply: [
      'dekujeme za (?:zpravu|vasi zpravu|kontakt)[^.!]*odpovime', 'odpovime (?:co nejdrive|nejpozdeji|do)', 'zprava byla prijata',
      'automaticky generovan', 'automaticka odpoved', 'neodpovidejte na',
    ],
    welcome: ['vitejte v', 's cim (?:vam )?(?:muzu|muzeme|mohu) pomoci', 'jak (?:vam )?(?:muzu|muzeme|mohu) pomoci', 'rada pomuzu', 'rad pomuzu', 'radi pomuzeme'],
    courtesy: [
      'informace poskytnut[ay]', 'vysvetlen postup', 'vyrizeno', 'zakaznik\\w* spokojen\\w*', 
      '(?:muzu|mohu|muzeme) (?:vam )?(?:jeste )?s (?:necim|cimkoli) pomoci', 'kdybyste mel(?:a|i)? (?:jeste )?(?:dalsi )?dotazy',
      'kdyby (?:neco|cokoli) nebylo jasne', 'v pripade dotazu', 'jsem k dispozici', 'jsme k dispozici', 'rad(?:a)? vysvetlim',
      'klidne (?:mi )?napiste', 'hezky den', 'pekny den', 'krasny den', 'prejeme hezky den', 'preji hezky den', 'neni zac', 'nic se nedeje',
      'rado se stalo', 'to nas (?:moc )?tesi', 'dekuj(?:i|eme)', 's pozdravem', 'omlouvame se za', 'je nam lito', 'mrzi (?:nas|me) to', 'vidim vasi objednavku(?: v systemu)?',
      'vidim, ze objednavka (?:byla|je) [^.!?]*', 'dejte (?:mi )?vedet[^.!?]*', 'podival(?:a)? jsem se na vasi objednavku', 'uz vysvetluji', 'uz to mam overen[eo]', 'uz mam informac[ei]', 'nemame zajem', 'vracim se s (?:informaci|odpovedi)',
    ],
    told: [
      'sdelil[ia]? jsme(?: zakaznik\\w*)?,?(?: ze)?', 'sdelen[oa](?: zakaznik\\w*)?,?(?: ze)?', 'informoval[ia]? jsme(?: zakaznik\\w*)?,?(?: ze| o)?',
      'informovan[ao]?(?: zakaznik\\w*)?,?(?: ze| o)?', 'vysvetlil[ia]? jsme,?(?: ze)?', 'vysvetleno,? ze', 'odpoved:', 'info:',
    ],
    numberWords: {
      jeden: 1, jednoho: 1, dva: 2, dvou: 2, dve: 2, tri: 3, trech: 3, ctyri: 4, ctyr: 4, pet: 5, peti: 5, sest: 6, sedm: 7, osm: 8,
      devet: 9, deset: 10, deseti: 10, ctrnact: 14, ctrnacti: 14, tricet: 30, triceti: 30, sedesat: 60,
    },
    durationUnits: [
      { stem: 'dnu|dni|den|dny|dnech|dne', days: 1 },
      { stem: 'tyden|tydny|tydnu|tydne|tydnech', days: 7 },
      { stem: 'mesic|mesice|mesicu|mesicich', days: 30 },
      { stem: 'rok|roky|roku|let', days: 365 },
    ],
    rangeWords: ['nebo', 'az', 'do'],
    workingDayWords: ['pracovn\\w*'],
    percentWords: ['procent\\w*'],
    yes: ['ano', 'jiste', 'samozrejme', 'urcite'],
    no: ['ne(?=\\s*[,.!])', 'bohuzel', 'nelze', 'neni mozne'],
    currencies: { kc: 'CZK', korun: 'CZK', czk: 'CZK', eur: 'EUR', '€': 'EUR' },
  },
};
