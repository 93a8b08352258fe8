import { expect } from 'chai';
import { closestLanguage, detectLanguage, isForeignLanguage } from '../../src/text/language.js';

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
    // German and Hungarian whose words happen to fit the Polish and English cues.
    ['Ich habe die Rechnung nicht bekommen, können Sie sie mir schicken?', 'other'],
    ['Danke, und was kostet die Lieferung?', 'other'],
    ['Nem kaptam meg a számlát, el tudnák küldeni?', 'other'],
  ];
  for (const [text, lang] of cases) {
    it(`"${text}" is ${lang}`, () => expect(detectLanguage(text)).to.equal(lang));
  }
});

describe('closestLanguage', () => {
  it('places a short undiacritised text detectLanguage gives up on in the language its cues point to', () => {
    expect(detectLanguage('fv na firme jak')).to.equal('other');
    expect(closestLanguage('odam zegarek bo zle wybralam rozmiar, mozna?', ['cs', 'pl'])).to.equal('pl');
    expect(closestLanguage('dodaci lhuta, kdy to prijde', ['pl', 'cs'])).to.equal('cs');
  });

  it('answers only among the given languages, the first on a tie', () => {
    expect(closestLanguage('12345', ['cs', 'pl'])).to.equal('cs');
    expect(closestLanguage('where is my refund', ['pl'])).to.equal('pl');
    expect(closestLanguage('anything', [])).to.equal(null);
  });
});

describe('isForeignLanguage', () => {
  it('tells German and Hungarian from Polish and Czech typed without diacritics or with typos', () => {
    for (const text of ['Wie lange dauert der Versand nach Österreich?', 'Lehet utánvéttel fizetni?', 'hol van a csomagom']) {
      expect(isForeignLanguage(text), text).to.equal(true);
    }
    for (const text of ['fv na firme jak', 'kde je muj balik', 'Na ile rat mozna rozlozyc lsptopa za 4 tysiace', 'jak reklamovat vadny vyrobek']) {
      expect(isForeignLanguage(text), text).to.equal(false);
    }
  });
});
