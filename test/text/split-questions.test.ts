import { expect } from 'chai';
import { splitQuestions } from '../../src/text/split-questions.js';

describe('splitQuestions', () => {
  it('splits two clearly separate questions', () => {
    expect(splitQuestions('Jaka jest cena dostawy? A czy mogę zapłacić przy odbiorze?')).to.deep.equal([
      'Jaka jest cena dostawy?',
      'A czy mogę zapłacić przy odbiorze?',
    ]);
  });

  it('keeps a statement with the question it introduces', () => {
    expect(splitQuestions('Zamówiłem telewizor w poniedziałek. Kiedy przyjdzie kurier? Jak mogę zmienić adres dostawy?')).to.deep.equal([
      'Zamówiłem telewizor w poniedziałek. Kiedy przyjdzie kurier?',
      'Jak mogę zmienić adres dostawy?',
    ]);
  });

  it('splits Czech and English questions', () => {
    expect(splitQuestions('Kolik stojí doprava na Slovensko? Kdy mi přijde faktura za objednávku?')).to.have.length(2);
    expect(splitQuestions('How much is shipping to Germany? Can I pay by bank transfer later?')).to.have.length(2);
  });

  it('does not cut a follow-up that depends on the first question', () => {
    const text = 'Wysyłka idzie z magazynu w Polsce? Długo to będzie szło?';
    expect(splitQuestions(text)).to.deep.equal([text]);
  });

  it('does not split short fragments or abbreviations', () => {
    expect(splitQuestions('Ile kosztuje dostawa? Ile trwa?')).to.deep.equal(['Ile kosztuje dostawa? Ile trwa?']);
    const czech = 'Objednávka č. [order] nedorazila, kde je? Kdy ji doručíte?';
    expect(splitQuestions(czech)).to.deep.equal([czech]);
  });

  it('keeps a single question whole', () => {
    const text = 'Czy mogę przynieść zepsuty ekspres do sklepu, czy trzeba go wysyłać kurierem?';
    expect(splitQuestions(text)).to.deep.equal([text]);
  });
});
