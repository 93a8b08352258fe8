import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../src/ingest/eml/index.js';
import { stripQuotedText } from '../../src/text/strip-quotes.js';
import { parseErrorOf, readConversations, readOptions, sampleOf, sampleOfText } from '../helpers/read-format.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/email/${name}`, import.meta.url));
const options = readOptions({ shop: ['@elektron-sklep.example'], timezone: 'Europe/Prague' });

describe('eml reader', () => {
  it('reads one Outlook reply as a customer message in the thread of the mail it answers', async () => {
    const [conversation, ...rest] = await readConversations(adapter, fixture('outlook-reply.eml'), options);
    expect(rest).to.deep.equal([]);
    expect(conversation!.id).to.equal('order-2392255@elektron-sklep.example');
    const message = conversation!.messages[0]!;
    expect(message).to.include({ ref: 'outlook-1@email.cz', key: 'mid:outlook-1@email.cz', role: 'customer', author: 'eliska08@email.cz' });
    expect(message.subject).to.equal('RE: Potvrzení objednávky');
    expect(message.text).to.contain('Předmět: Potvrzení objednávky');
    expect(stripQuotedText(message.text)).to.equal('Dobrý den, kdy bude objednávka odeslána?');
  });

  it('rejects binary data with ParseError at line 1', async () => {
    const error = await parseErrorOf(readConversations(adapter, fixture('binary.eml'), options));
    expect(error.line).to.equal(1);
  });

  it('detects a header block by content, not by name', () => {
    expect(adapter.detect(sampleOfText('Received: from x by y\n\tid 1\nFrom: a@b.pl\nSubject: x\n\nbody', 'mail.txt'))).to.equal(true);
    expect(adapter.detect(sampleOfText('Date: 1.1.2023\nFrom: Jan\n\nnote', 'note.txt'))).to.equal(false);
    expect(adapter.detect(sampleOfText('Date: 1.1.2023\nFrom: Jan\n\nnote', 'note.eml'))).to.equal(true);
    expect(adapter.detect(sampleOfText('call_id;phone;note\n1;600;x\n', 'calls.csv'))).to.equal(false);
  });

  describe('mail as mail readers accept it', () => {
    const only = async (name: string) => {
      const conversations = await readConversations(adapter, fixture(name), options);
      expect(conversations).to.have.length(1);
      return conversations[0]!.messages[0]!;
    };

    it('passes over the mbox "From " envelope line a saved mail keeps', async () => {
      const message = await only('envelope.eml');
      expect(message).to.include({ ref: 'envelope-1@example.pl', author: 'ewa.nowak@example.pl', subject: 'Faktura' });
      expect(message.text).to.equal('Dzień dobry, czy mogę dostać fakturę na firmę do zamówienia z zeszłego tygodnia?');
    });

    it('unfolds a header continued on a line without leading whitespace', async () => {
      const message = await only('unindented-fold.eml');
      expect(message.subject).to.equal('Dotaz na reklamaci');
      expect(message.text).to.equal('Dobrý den, jak dlouho trvá vyřízení reklamace bot?');
      expect(adapter.detect(await sampleOf(fixture('unindented-fold.eml')))).to.equal(true);
    });

    it('reads a MIME message that has only a Content-Type header', async () => {
      const message = await only('mime-only.eml');
      expect(message.text).to.equal('Dzień dobry, czy wysyłacie paczki do Niemiec?');
      expect(message.sentAt).to.equal(null);
      expect(adapter.detect(await sampleOf(fixture('mime-only.eml')))).to.equal(true);
    });

    it('reads a text/richtext-only body as its words', async () => {
      const message = await only('richtext.eml');
      expect(message.text).to.equal('Hello,\n\ndo you offer gift wrapping for orders sent abroad?\nPrices < 10 EUR would be fine.');
    });

    it('still rejects a header that is not one', async () => {
      expect(adapter.detect(sampleOfText('Subject: x\nsome words\nmore words\n\nbody', 'note.eml'))).to.equal(false);
    });
  });
});
