import { expect } from 'chai';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['Dzień dobry, ile kosztuje dostawa do paczkomatu?', 'pl'],
    ['jak dlugo trwa dostawa', 'pl'],
    ['czy moge zwrocic towar po 14 dniach', 'pl'],
    ['Dobrý den, kdy dorazí moje objednávka?', 'cs'],
    ['kolik stoji doprava', 'cs'],
    ['muzu zaplatit kartou pri prevzeti', 'cs'],
    ['How long does delivery take?', 'en'],
    ['where is my refund', 'en'],
    ['Wann kommt meine Bestellung an? Vielen Dank', 'other'],
    ['12345 ???', 'other'],
  ];
  for (const [text, lang] of cases) {
    it(`"${text}" is ${lang}`, () => expect(detectLanguage(text)).to.equal(lang));
  }
});
