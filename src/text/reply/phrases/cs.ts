import type { ReplyPhrases } from './types.js';

/** Czech shop replies. */
export const cs: ReplyPhrases = {
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
};
