import { expect } from 'chai';
import { analyse } from '../../src/text/analyse.js';
import { foldDiacritics } from '../../src/text/fold.js';
import { stemCzech } from '../../src/text/lang/stem-cs.js';
import { stemPolish } from '../../src/text/lang/stem-pl.js';
import { stopWordsFor } from '../../src/text/stopwords.js';
import { tokenize } from '../../src/text/tokenize.js';

const stems = (text: string, lang: 'pl' | 'cs' | 'en'): string[] => analyse(text, lang).map((t) => t.stem);

describe('text normalisation', () => {
  it('folds Polish and Czech diacritics, including ł which Unicode does not decompose', () => {
    expect(foldDiacritics('Zażółć GĘŚLĄ jaźń')).to.equal('zazolc gesla jazn');
    expect(foldDiacritics('Příliš žluťoučký kůň úpěl ďábelské ódy')).to.equal('prilis zlutoucky kun upel dabelske ody');
  });

  it('keeps numbers and model names as tokens', () => {
    expect(tokenize('Czy iPhone 15 Pro ma 256 GB? Cena 4999,99 zł')).to.include.members(['iphone', '15', 'pro', '256', 'gb', '4999']);
    expect(analyse('Mam pytanie o Galaxy A55 i 42 cale', 'pl').map((t) => t.folded)).to.include.members(['galaxy', 'a55', '42']);
  });

  it('drops redaction placeholders so they cannot make questions alike', () => {
    const words = analyse('Gdzie jest zamówienie [order]? Kontakt [email], tel. [phone], [address]', 'pl').map((t) => t.folded);
    expect(words).to.not.include.members(['order', 'email', 'phone', 'address']);
    expect(words).to.include('zamowienie');
  });

  it('removes stop words per language, also when typed without diacritics', () => {
    expect(stopWordsFor('pl').has('ze')).to.equal(true);
    expect(stopWordsFor('cs').has('protoze')).to.equal(true);
    expect(stopWordsFor('en').has('the')).to.equal(true);
    expect(analyse('Dlaczego paczka jeszcze nie dotarła', 'pl').map((t) => t.folded)).to.not.include('dlaczego');
  });

  it('drops the framing of a question ("can I", "must I") and keeps its subject', () => {
    const pl = analyse('Czy mogę zwrócić towar? Muszę coś zrobić?', 'pl').map((t) => t.folded);
    expect(pl).to.not.include.members(['moge', 'musze', 'zrobic']);
    expect(pl).to.include.members(['zwrocic', 'towar']);
    const cs = analyse('Můžu vrátit zboží, nebo musím něco udělat?', 'cs').map((t) => t.folded);
    expect(cs).to.not.include.members(['muzu', 'musim', 'udelat']);
    expect(cs).to.include.members(['vratit', 'zbozi']);
  });

  it('brings inflected Polish forms to one stem, with or without diacritics', () => {
    const reklamacja = ['reklamacja', 'reklamację', 'reklamacji', 'reklamacje', 'reklamacją', 'reklamacjach'].map((w) => stemPolish(foldDiacritics(w)));
    expect(new Set(reklamacja).size).to.equal(1);
    const order = stems('zamówienie zamowienia zamówieniu zamówieniem', 'pl');
    expect(new Set(order).size).to.equal(1);
    const delivery = stems('dostawa dostawy dostawę dostawą', 'pl');
    expect(new Set(delivery).size).to.equal(1);
    expect(stemPolish('gwarancyjny')).to.equal(stemPolish('gwarancja'));
  });

  it('brings inflected Czech forms to one stem', () => {
    const order = ['objednávka', 'objednávku', 'objednávky', 'objednavkou'].map((w) => stemCzech(foldDiacritics(w)));
    expect(new Set(order).size).to.equal(1);
    const claim = stems('reklamace reklamaci reklamacemi', 'cs');
    expect(new Set(claim).size).to.equal(1);
  });

  it('stems English with Porter', () => {
    expect(new Set(stems('refunds refunded refunding', 'en')).size).to.equal(1);
  });

  it('does not stem words down to nothing', () => {
    expect(stemPolish('ale')).to.equal('ale');
    expect(stemCzech('den')).to.equal('den');
  });
});
