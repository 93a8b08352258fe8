import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../src/ingest/eml/index.js';
import { stripQuotedText } from '../../src/text/strip-quotes.js';
import { parseErrorOf, readConversations, readOptions, sampleOfText } from '../helpers/read-format.js';

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
});
