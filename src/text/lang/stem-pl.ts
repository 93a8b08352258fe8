import { rules, suffixStripper } from './suffix-stripper.js';

/**
 * Polish endings on folded words (ą->a, ę->e, ł->l...). Noun and adjective cases, verb persons,
 * past tense and infinitives, verbal nouns (-anie/-enie), and -cyjny adjectives that share their
 * stem with -cja nouns (gwarancyjny / gwarancja).
 */
const POLISH = rules(`
  owaniami owaniach owaniem owania owanie owaniu
  ieniami ieniach ieniem ienia ienie ieniu
  eniami eniach eniem enia enie eniu
  aniami aniach aniem ania anie aniu
  cyjnego>cj cyjnemu>cj cyjnych>cj cyjnymi>cj cyjnym>cj cyjnej>cj cyjna>cj cyjne>cj cyjny>cj
  owalabym owalbym owalismy owaliscie owalam owalem owalas owales owala owali owaly owal owac
  ujecie ujemy ujesz ujac uje uja uje
  alabym albym alismy aliscie alam alem alas ales ala ali aly al
  ilabym ilbym ilismy iliscie ilam ilem ilas iles ila ili ily il
  ylam ylem yla yli yly yl
  elam elem ela eli aly el
  acie amy asz aja
  iecie iemy iesz
  ecie emy esz
  icie imy isz
  ycie ymy ysz
  ac ec ic yc
  ego emu ymi imi ych ich ym im ej
  ami ach iem om ow em
  ie a e i o u y
`);

export const stemPolish = suffixStripper(POLISH, 3);
