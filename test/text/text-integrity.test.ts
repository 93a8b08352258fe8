import { expect } from 'chai';
import { adapter as messenger } from '../../src/ingest/messenger/index.js';
import { extractQuestions } from '../../src/text/extract-questions.js';
import { trimPleasantries } from '../../src/text/pleasantries.js';
import { removePrivateUse } from '../../src/text/private-use.js';
import { splitQuestions, splitSentences } from '../../src/text/split-questions.js';
import { readConversations, readOptions } from '../helpers/read-format.js';

// Issue 11, point 3: what the customer wrote is stored as written.
describe('text integrity', () => {
  it('splits sentences without re-spacing prices, versions, domains, file names or e-mail-like tokens', () => {
    const text = 'Wersja 2.0 kosztuje 49.99 zł na www.sklep.pl. Plik faktura.pdf przyszedł z obsluga@sklep.pl! Kiedy 2.1?';
    const sentences = splitSentences(text);
    expect(sentences).to.deep.equal([
      'Wersja 2.0 kosztuje 49.99 zł na www.sklep.pl.',
      'Plik faktura.pdf przyszedł z obsluga@sklep.pl!',
      'Kiedy 2.1?',
    ]);
    expect(sentences.join(' ')).to.equal(text);
  });

  it('does not end a sentence after an abbreviation or inside a written date', () => {
    expect(splitSentences('Objednávka č. 4412 nedorazila. Bydlím na ul. Dlouhá, zam. nr. 5 z 12. 03. 2024. Co teď?')).to.deep.equal([
      'Objednávka č. 4412 nedorazila.',
      'Bydlím na ul. Dlouhá, zam. nr. 5 z 12. 03. 2024.',
      'Co teď?',
    ]);
  });

  it('keeps the text of split questions verbatim', () => {
    const text = 'Czy wersja 2.0 działa z iOS 17.4? A czy licznik za 49.99 zł ma gwarancję na www.sklep.pl?';
    expect(splitQuestions(text)).to.deep.equal(['Czy wersja 2.0 działa z iOS 17.4?', 'A czy licznik za 49.99 zł ma gwarancję na www.sklep.pl?']);
  });

  it('does not take a greeting word that is part of a phrase', () => {
    expect(trimPleasantries('Hello world.')).to.equal('Hello world.');
    expect(trimPleasantries('Hello to myself!')).to.equal('Hello to myself!');
    // A real greeting still goes, with or without punctuation after it.
    expect(trimPleasantries('Hello, is the shop open on Sunday?')).to.equal('is the shop open on Sunday?');
    expect(trimPleasantries('Dzień dobry czy wysyłacie do Czech?')).to.equal('czy wysyłacie do Czech?');
  });

  it('removes private-use emoji code points, in the BMP and the supplementary planes', () => {
    expect(removePrivateUse('Super \uE00E dziękuję \u{F0000}\u{10FFFD}!')).to.equal('Super dziękuję!');
    expect(removePrivateUse('Cena 49.99 zł 👍')).to.equal('Cena 49.99 zł 👍');
  });

  it('stores a Messenger question with its price, version, file name and no private-use emoji', async () => {
    const file = 'test/fixtures/text/messenger/inbox/annakowalska_880211/message_1.json';
    const [thread] = await readConversations(messenger, file, readOptions({ shop: ['Sklep Rowerowy Koło'] }));
    const questions = extractQuestions(thread!, { continuing: false });
    expect(questions.map((q) => q.text)).to.deep.equal([
      'Czy licznik w wersji 2.0 kosztuje nadal 49.99 zł? Instrukcję licznik-v2.pdf mam od [email]',
    ]);
    expect(questions[0]!.text).to.not.match(/\p{Co}/u);
  });
});
