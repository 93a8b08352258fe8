import { expect } from 'chai';
import { findPersonalData, PLACEHOLDERS, redact } from '../../src/text/redact.js';
import { isValidRegon, isValidRodneCislo } from '../../src/text/redact/checksums.js';
import { evaluate, loadLabelledMessages, ratio } from '../fixtures/pii/evaluate.js';

describe('redact', () => {
  const cases: [string, string, string][] = [
    ['email', 'Mój mail to kinga72@onet.pl, proszę pisać.', 'Mój mail to [email], proszę pisać.'],
    ['Polish mobile with +48', 'Proszę dzwonić: +48 606 762 622', 'Proszę dzwonić: [phone]'],
    ['Polish mobile with dashes', 'tel. 606-762-622 po 16', 'tel. [phone] po 16'],
    ['Czech mobile', 'Volejte +420 777 123 456.', 'Volejte [phone].'],
    ['00420 prefix', 'číslo 00420777123456', 'číslo [phone]'],
    ['Polish landline', 'biuro (22) 123 45 67', 'biuro [phone]'],
    ['Polish order', 'zamówienie nr 64776 nie doszło', 'zamówienie nr [order] nie doszło'],
    ['Czech order', 'objednávka č. 2023-8167 nedorazila', 'objednávka č. [order] nedorazila'],
    ['hash order', 'Zamówienie #123456 (opłacone)', 'Zamówienie [order] (opłacone)'],
    ['English order', 'my order 12345 is late', 'my order [order] is late'],
    ['PESEL', 'PESEL 44051401359, gdyby był potrzebny', 'PESEL [pesel], gdyby był potrzebny'],
    ['bare PESEL', 'mój numer 44051401359', 'mój numer [pesel]'],
    ['NIP with dashes and PL', 'faktura na NIP PL 526-000-12-46', 'faktura na NIP [nip]'],
    ['bare NIP', 'firma 5260001246 prosi o fakturę', 'firma [nip] prosi o fakturę'],
    ['IČO labelled', 'IČO: 25596641, faktura', 'IČO: [ico], faktura'],
    ['bare IČO', 'firma 25596641 s.r.o.', 'firma [ico] s.r.o.'],
    ['rodné číslo', 'Rodné číslo 850428/7077, kdyby bylo potřeba.', 'Rodné číslo [rodne-cislo], kdyby bylo potřeba.'],
    ['CZ IBAN', 'účet CZ65 0800 0000 1920 0014 5399 prosím', 'účet [iban] prosím'],
    ['PL IBAN without prefix', 'konto 61 1090 1014 0000 0712 1981 2874', 'konto [iban]'],
    ['Czech domestic account', 'účet 19-2000145399/0800', 'účet [iban]'],
    ['card with spaces', 'karta 4111 1111 1111 1111 odrzucona', 'karta [card] odrzucona'],
    ['Polish street', 'Mieszkam na ul. Wiejska 74/37, 35-968 Rzeszów.', 'Mieszkam na [address].'],
    ['avenue with roman numeral', 'al. Jana Pawła II 12 w Krakowie', '[address] w Krakowie'],
    ['Czech street and postcode', 'Národní 12/3, 110 00 Praha 1', '[address]'],
    ['rodné číslo without the slash', 'RČ mám 7551140003, díky', 'RČ mám [rodne-cislo], díky'],
    ['DIČ', 'DIČ CZ25596641 na fakturu', 'DIČ [dic] na fakturu'],
    ['bare DIČ', 'fakturujte na CZ25596641', 'fakturujte na [dic]'],
    ['REGON', 'REGON: 123456785', 'REGON: [regon]'],
    ['US phone', 'call me at (555) 123-4567 today', 'call me at [phone] today'],
    ['US phone with country code', 'cell +1 555.123.4567', 'cell [phone]'],
    ['shop order format', 'Faktura do ZAM/2024/02/6210 nie doszła', 'Faktura do [order] nie doszła'],
    ['PrestaShop reference', 'Numer zamówienia: XKBKNABJK, proszę sprawdzić', 'Numer zamówienia: [order], proszę sprawdzić'],
    ['Czech street without a marker', 'Bydlím Smetanova 360, Písek.', 'Bydlím [address], Písek.'],
    ['Czech street with a preposition', 'Pošlete to na U Školy 20.', 'Pošlete to na [address].'],
    ['descriptive house number', 'Adresa je Lhota č.p. 213', 'Adresa je [address]'],
    ['Czech house and postcode', 'Na Příkopě 72, 110 00 Praha 1', '[address]'],
    ['Polish postcode', 'wysyłka na 00-950 Warszawa', 'wysyłka na [address]'],
    ['English street', 'ship to 221 Baker Street please', 'ship to [address] please'],
    ['Polish introduction', 'Nazywam się Anna Nowak i mam pytanie', 'Nazywam się [name] i mam pytanie'],
    ['Czech introduction in lower case', 'jmenuji se jan novák a mám dotaz', 'jmenuji se [name] a mám dotaz'],
    ['English introduction', 'My name is John Smith, hello', 'My name is [name], hello'],
    ['Polish sign-off', 'Kiedy wysyłka? Pozdrawiam, Anna Nowak', 'Kiedy wysyłka? Pozdrawiam, [name]'],
    ['Czech sign-off on its own line', 'Kdy to přijde?\n\nS pozdravem\nPetr Svoboda', 'Kdy to přijde?\n\nS pozdravem\n[name]'],
    ['name on the last line', 'When will it ship?\nJohn Smith', 'When will it ship?\n[name]'],
    ['title and surname', 'Balík převezme paní Nováková.', 'Balík převezme paní [name].'],
    ['academic title in a sign-off', 'Kdy to dorazí?\nS pozdravem\nIng. Petr Svoboda', 'Kdy to dorazí?\nS pozdravem\nIng. [name]'],
    ['Polish street without a marker', 'Proszę wysłać na Kwiatowa 5, 00-950 Warszawa', 'Proszę wysłać na [address]'],
    ['village and house number before a postcode', 'Adresa Dolní Lhota 12, 370 01 České Budějovice', 'Adresa [address]'],
  ];
  for (const [name, input, expected] of cases) {
    it(`redacts ${name}`, () => expect(redact(input)).to.equal(expected));
  }

  const untouched = [
    'Czy iPhone 15 ma ładowarkę w zestawie?',
    'Telewizor 42 cale, gwarancja 2 lata, cena 1 299 zł.',
    'Zamówiłem 12.03.2024, a dziś jest 2024-03-20.',
    'Model SM-A546B, uchwyt VESA 300x300 do 55 cali.',
    'Wysyłka do 13:00, darmowa od 150 zł, zwrot w 14 dni.',
    'karta 4111-1111-1111-1112 (zła suma kontrolna)',
    'numer 12345678901 nie jest PESEL-em',
    'Objednávka přijde za 3 až 5 dní, stojí 2 490 Kč.',
    'Cena 12990 Kč, sleva 15%, poslední 3 kusy.',
    'EAN 5901234123457, powerbank 10 000 mAh, rozmiary 38 39 40 41 42.',
    'Xbox 360 a PlayStation 5 za 12 990 Kč? Galaxy S23 Ultra 256 GB?',
    'Poslední 3 dny akce! Jarní 20% sleva.',
    'Thank You\nBest Regards',
    'Nowa 5 sztuk w cenie 1 299 zł? Szukam Nowej 2 generacji.',
  ];
  for (const text of untouched) {
    it(`leaves ordinary numbers alone: ${text}`, () => expect(redact(text)).to.equal(text));
  }

  it('keeps a number whose checksum fails, unless a label says what it is', () => {
    expect(isValidRodneCislo('7551140003')).to.equal(true);
    expect(isValidRodneCislo('7551140004')).to.equal(false);
    expect(redact('rodné číslo 7551140004')).to.equal('rodné číslo [rodne-cislo]');
    expect(redact('kod 44051401358')).to.equal('kod 44051401358');
    expect(redact('PESEL 44051401358')).to.equal('PESEL [pesel]');
    expect(isValidRegon('123456785')).to.equal(true);
    expect(isValidRegon('123456786')).to.equal(false);
  });

  it('puts every placeholder it writes in the exported list', () => {
    const written = new Set(
      loadLabelledMessages().flatMap((message) => redact(message.text).match(/\[[a-z-]+\]/g) ?? []),
    );
    expect([...written].every((placeholder) => Object.values(PLACEHOLDERS).includes(placeholder as never))).to.equal(true);
    expect(written.size).to.be.greaterThan(10);
  });
});

describe('findPersonalData', () => {
  it('reports each finding with its rule, text and offset', () => {
    const text = 'Tel. +48 606 762 622, PESEL 44051401359. Pozdrawiam, Anna Nowak';
    expect(findPersonalData(text)).to.deep.equal([
      { rule: 'phone', match: '+48 606 762 622', index: 5 },
      { rule: 'pesel', match: '44051401359', index: 28 },
      { rule: 'name', match: 'Anna Nowak', index: 53 },
    ]);
  });

  it('finds nothing in a text without personal data', () => {
    expect(findPersonalData('Czy RTX 4070 za 2 499 zł będzie 12.03.2024 o 14:30?')).to.deep.equal([]);
  });

  it('agrees with redact: redacting what it finds leaves nothing to find', () => {
    for (const message of loadLabelledMessages().slice(0, 60)) {
      expect(findPersonalData(redact(message.text)), message.text).to.deep.equal([]);
    }
  });
});

describe('redaction on the labelled PL/CS/EN evaluation set', () => {
  const messages = loadLabelledMessages();
  const result = evaluate(messages, findPersonalData);

  it('has at least 300 messages in each of its three languages together', () => {
    expect(messages.length).to.be.at.least(300);
    expect(new Set(messages.map((message) => message.lang))).to.deep.equal(new Set(['pl', 'cs', 'en']));
  });

  for (const type of Object.keys(PLACEHOLDERS)) {
    const target = type === 'name' ? 0.9 : 0.99;
    it(`finds at least ${target * 100}% of ${type}`, () => {
      const scores = result.recall.get(type);
      expect(scores?.get('all')?.total ?? 0, `no ${type} in the set`).to.be.greaterThan(5);
      for (const [lang, score] of scores!) expect(ratio(score), `${type} ${lang}`).to.be.at.least(target);
    });
  }

  it('leaves at least 98% of prices, sizes, dates, times and model names intact', () => {
    for (const [lang, score] of result.survival) expect(ratio(score), lang).to.be.at.least(0.98);
  });
});
