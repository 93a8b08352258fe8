import { expect } from 'chai';
import { stripQuotedText } from '../../src/text/strip-quotes.js';

describe('stripQuotedText', () => {
  it('removes a Polish Gmail attribution and the quote under it', () => {
    const text = 'Ile czeka się na zwrot?\n\npt. 15 wrz 2023 o 00:04 Sklep Elektron <sklep@elektron-sklep.example> napisał(a):\n> Dzień dobry,\n> dziękujemy';
    expect(stripQuotedText(text)).to.equal('Ile czeka się na zwrot?');
  });

  it('handles wrapped Czech and English attributions', () => {
    expect(stripQuotedText('Kdy to dorazí?\n\nDne 28. 10. 2023 v 02:22 Sklep Elektron <sklep@x.cz>\nnapsal(a):\n> Dobrý den')).to.equal('Kdy to dorazí?');
    expect(stripQuotedText('Any news?\n\nOn Mon, 2 Oct 2023 at 10:00, Shop <s@x.com> wrote:\n> Hello')).to.equal('Any news?');
    expect(stripQuotedText('Dzięki\n\nUżytkownik Sklep napisał:\n> tekst')).to.equal('Dzięki');
  });

  it('keeps text written below a quote (bottom posting)', () => {
    const text = 'W dniu 09.11.2023 o 10:19, Tomek | Sklep Elektron pisze:\n> Proszę odesłać produkt.\n>> starsze\n\nDobrze, a kto płaci za wysyłkę?';
    expect(stripQuotedText(text)).to.equal('Dobrze, a kto płaci za wysyłkę?');
  });

  it('cuts Outlook header blocks in Polish, Czech and English', () => {
    const pl = 'Czy jest faktura?\n\nOd: Sklep <a@b.pl>\nWysłano: poniedziałek\nDo: Jan\nTemat: Zamówienie\n\nstara treść';
    const cs = 'Kdy?\n\n________________________________\nOd: Sklep <a@b.cz>\nOdesláno: pondělí\nKomu: Jan\nPředmět: Objednávka\n\nstarý text';
    const en = 'When?\n\nFrom: Shop <a@b.com>\nSent: Monday\nTo: Jan\nSubject: Order\n\nold';
    expect(stripQuotedText(pl)).to.equal('Czy jest faktura?');
    expect(stripQuotedText(cs)).to.equal('Kdy?');
    expect(stripQuotedText(en)).to.equal('When?');
  });

  it('cuts original-message and forward separators', () => {
    expect(stripQuotedText('Díky!\n\n---------- Původní e-mail ----------\nOd: x')).to.equal('Díky!');
    expect(stripQuotedText('Jasne\n-----Original Message-----\nold')).to.equal('Jasne');
    expect(stripQuotedText('Ok\n--- Oryginalna wiadomość ---\nold')).to.equal('Ok');
    expect(stripQuotedText('Ok\n---- Původní zpráva ----\nold')).to.equal('Ok');
  });

  it('removes signatures and closing blocks but keeps the question', () => {
    expect(stripQuotedText('Jest opcja raty?\n\n-- \nKatarzyna Wilk\ntel. 530 847 747')).to.equal('Jest opcja raty?');
    expect(stripQuotedText("Gdzie jest paczka?\n\nPozdrawiam,\nŁukasz\n\nWysłane z iPhone'a")).to.equal('Gdzie jest paczka?');
    expect(stripQuotedText('Kdy dorazí?\n\nS pozdravem\nEliška Svobodová')).to.equal('Kdy dorazí?');
    expect(stripQuotedText('Stačí to?\n\nOdesláno z aplikace Pošta pro Windows')).to.equal('Stačí to?');
    expect(stripQuotedText('Where is it?\n\nBest regards,\nJohn Smith\nACME Ltd.\n\nSent from my iPhone')).to.equal('Where is it?');
  });

  it('keeps the customer words when the closing is not at the end', () => {
    const text = 'Pozdrawiam serdecznie\nMam pytanie o zwrot: czy mogę oddać telewizor po 20 dniach, bo nie pasuje do salonu i chcę inny?';
    expect(stripQuotedText(text)).to.equal(text);
    expect(stripQuotedText('Dziękuję')).to.equal('Dziękuję');
    expect(stripQuotedText('Mam 3 > 2 pytania')).to.equal('Mam 3 > 2 pytania');
  });
});
