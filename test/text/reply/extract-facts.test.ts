import { expect } from 'chai';
import { extractFacts, factsAgree } from '../../../src/text/reply/index.js';

describe('extractFacts', () => {
  it('normalises periods written in digits, words, weeks and years to days', () => {
    expect(extractFacts('Na zwrot ma Pani 14 dni.', 'pl').days).to.deep.equal([14]);
    expect(extractFacts('Zwrot możliwy w ciągu dwóch tygodni.', 'pl').days).to.deep.equal([14]);
    expect(extractFacts('Reklamaci vyřídíme do 30 dnů, peníze do 1–3 pracovních dnů.', 'cs')).to.deep.include({ days: [30], workingDays: [1, 3] });
    expect(extractFacts('Środki będą na koncie w ciągu 1–3 dni roboczych.', 'pl')).to.deep.include({ days: [], workingDays: [1, 3] });
    expect(extractFacts('Ochronę można przedłużyć na 2 lub 3 lata.', 'pl').days).to.deep.equal([730, 1095]);
    expect(extractFacts('You can return it within 30 days.', 'en').days).to.deep.equal([30]);
  });

  it('reads amounts with their currency, thousands and decimal commas', () => {
    expect(extractFacts('Paczkomat kosztuje 12,99 zł, od 299 PLN dostawa jest darmowa.', 'pl').amounts).to.deep.equal([
      { value: 12.99, currency: 'PLN' },
      { value: 299, currency: 'PLN' },
    ]);
    expect(extractFacts('Od 1 500 Kč je doprava zdarma.', 'cs').amounts).to.deep.equal([{ value: 1500, currency: 'CZK' }]);
    expect(extractFacts('The fee is €20.', 'en').amounts).to.deep.equal([{ value: 20, currency: 'EUR' }]);
  });

  it('reads percentages, URLs, clock times and whether the reply says yes or no', () => {
    const facts = extractFacts('Tak, rabat 10% obowiązuje do 13:00, szczegóły: https://www.Sklep.example/promocje/.', 'pl');
    expect(facts).to.deep.include({ percents: [10], urls: ['sklep.example/promocje'], times: ['13:00'], polarity: 'yes' });
    expect(extractFacts('Formulář: https://obchod.example/reklamace?src=skype#form.', 'cs').urls).to.deep.equal(['obchod.example/reklamace']);
    expect(extractFacts('Dobrý den, bohužel na Slovensko neposíláme.', 'cs').polarity).to.equal('no');
    expect(extractFacts('Tak jak pisałem, paczka jest w drodze.', 'pl').polarity).to.equal(null);
  });

  it('does not take dates, times or order numbers for periods or prices', () => {
    const facts = extractFacts('Zamówienie 12345 z 05.12. wysłaliśmy o 13:00.', 'pl');
    expect(facts.days).to.deep.equal([]);
    expect(facts.amounts).to.deep.equal([]);
  });

  it('lets a reply that omits a fact or states part of it agree, but not one that states another value', () => {
    const fourteen = extractFacts('Zwrot w ciągu 14 dni.', 'pl');
    expect(factsAgree(fourteen, extractFacts('Zwrot przez formularz na stronie.', 'pl'))).to.equal(true);
    expect(factsAgree(fourteen, extractFacts('Zwrot w ciągu 14 dni, pieniądze w 1–3 dni.', 'pl'))).to.equal(true);
    expect(factsAgree(fourteen, extractFacts('Pieniądze będą na koncie w 1–3 dni robocze.', 'pl'))).to.equal(true);
    expect(factsAgree(fourteen, extractFacts('Zwrot w ciągu 30 dni.', 'pl'))).to.equal(false);
  });
});
