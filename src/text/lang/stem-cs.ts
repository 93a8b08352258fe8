import { rules, suffixStripper } from './suffix-stripper.js';

/**
 * Czech endings on folded words (č->c, ř->r, ů->u...). Noun and adjective cases, verb persons,
 * past tense and infinitives, verbal nouns (-ení/-ání/-ování).
 */
const CZECH = rules(`
  ovanim ovani ovat ovala ovali oval
  enim eni anim ani
  ujeme ujete uji uje ujou
  ejeme ejete eji
  ete eme ite ime ate ame
  ala ali aly al ela eli ely el ila ili ily il
  at et it
  eho emu ymi imi ych ich ami emi ech ach
  ou um em om ym im
  a e i o u y
`);

export const stemCzech = suffixStripper(CZECH, 3);
