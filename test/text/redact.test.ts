import { expect } from 'chai';
import { redact } from '../../src/text/redact.js';

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
  ];
  for (const text of untouched) {
    it(`leaves ordinary numbers alone: ${text}`, () => expect(redact(text)).to.equal(text));
  }
});
