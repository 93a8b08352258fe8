import { expect } from 'chai';
import { readShopMessage, toldInCallNote } from '../../../src/text/reply/index.js';

describe('readShopMessage', () => {
  const kinds: [string, string][] = [
    ['Dzień dobry, sprawdzę, jak to wygląda, i odezwę się.', 'holding'],
    ['Przekażę pytanie do działu reklamacji.', 'holding'],
    ['Dobrý den, musím to ověřit u kolegyně, ozvu se vám.', 'holding'],
    ['Let me check, one moment please.', 'holding'],
    ['Dzień dobry! Czy może Pani podać numer zamówienia?', 'asks-for-details'],
    ['Pošlete mi prosím číslo objednávky, podívám se na to.', 'asks-for-details'],
    ['Could you send me your order number?', 'asks-for-details'],
    ['Dziękujemy za wiadomość! Odpowiemy najszybciej, jak to możliwe (pn–pt 8–16).', 'auto-reply'],
    ['Vítejte v Sklep Elektron! Jak vám můžeme pomoci?', 'welcome'],
    ['Również dziękuję, miłego dnia!', 'courtesy'],
    ['Gdyby miała Pani jeszcze pytania, jestem do dyspozycji.', 'courtesy'],
    ['Není zač, hezký den!', 'courtesy'],
    ['Dzień dobry, proszę o kontakt telefoniczny pod numerem 33 849 38 10 (pon.–pt. 9–17).', 'redirect'],
    ['Napište prosím na doprava@obchod.example, kolegové se vám ozvou.', 'redirect'],
    ['Sprawdziłam – przesyłka jest w sortowni, według przewoźnika dotrze jutro.', 'answer'],
    ['Ano.', 'answer'],
    ['Tak, można.', 'answer'],
    ['Tak, oferujemy montaż – technik skontaktuje się, by ustalić termin.', 'answer'],
  ];
  for (const [text, kind] of kinds) {
    it(`reads "${text}" as ${kind}`, () => {
      expect(readShopMessage(text).kind).to.equal(kind);
    });
  }

  it('keeps only the answering sentences of a message that also greets, apologises and signs', () => {
    const reading = readShopMessage(
      'Vážená paní,\n\nje nám líto. Zboží můžete vrátit do 14 dnů od převzetí.\nKdyby něco nebylo jasné, ráda vysvětlím.\n\nS pozdravem\nJana Nováková\nSklep Elektron',
    );
    expect(reading).to.deep.equal({ kind: 'answer', text: 'Zboží můžete vrátit do 14 dnů od převzetí.' });
  });
});

describe('toldInCallNote', () => {
  it('takes what the customer was told, in Polish, Czech and English', () => {
    expect(toldInCallNote('Pan pyta o dostawę. Odp.: Zamówienia złożone do 13:00 wysyłamy tego samego dnia. OK.')).to.equal(
      'Zamówienia złożone do 13:00 wysyłamy tego samego dnia.',
    );
    expect(toldInCallNote('Zákazník se ptá na reklamaci. Sdělili jsme, že reklamaci vyřídíme do 30 dnů.')).to.equal('Reklamaci vyřídíme do 30 dnů.');
    expect(toldInCallNote('Caller asked about returns. Informed that returns are free within 30 days. Resolved.')).to.equal(
      'Returns are free within 30 days.',
    );
  });

  it('finds nothing when the note only says that information was given', () => {
    expect(toldInCallNote('Klient pyta: „Konto nie jest aktywne” Udzielono informacji.')).to.equal(null);
    expect(toldInCallNote('Klientka dzwoni z pytaniem o raty. Wyjaśniłem procedurę.')).to.equal(null);
  });
});
