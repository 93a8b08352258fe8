import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { ParseError } from '../../src/errors.js';
import type { RawConversation } from '../../src/model.js';
import type { ReadOptions } from '../../src/ingest/adapter.js';
import { adapter } from '../../src/ingest/eml/index.js';
import { read } from '../../src/ingest/eml/read.js';
import { stripQuotedText } from '../../src/text/strip-quotes.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/email/${name}`, import.meta.url));
const options: ReadOptions = { shop: ['@elektron-sklep.example'], timezone: 'Europe/Prague', columns: {} };

async function readAll(path: string): Promise<RawConversation[]> {
  const out: RawConversation[] = [];
  for await (const conversation of read(path, options)) out.push(conversation);
  return out;
}

describe('eml reader', () => {
  it('reads one Outlook reply as a customer message in the thread of the mail it answers', async () => {
    const [conversation, ...rest] = await readAll(fixture('outlook-reply.eml'));
    expect(rest).to.deep.equal([]);
    expect(conversation!.id).to.equal('order-2392255@elektron-sklep.example');
    const message = conversation!.messages[0]!;
    expect(message).to.include({ ref: 'outlook-1@email.cz', key: 'mid:outlook-1@email.cz', role: 'customer', author: 'eliska08@email.cz' });
    expect(message.subject).to.equal('RE: Potvrzení objednávky');
    expect(message.text).to.contain('Předmět: Potvrzení objednávky');
    expect(stripQuotedText(message.text)).to.equal('Dobrý den, kdy bude objednávka odeslána?');
  });

  it('rejects binary data with ParseError at line 1', async () => {
    const error = await readAll(fixture('binary.eml')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ParseError);
    expect((error as ParseError).line).to.equal(1);
  });

  it('detects a header block by content, not by name', () => {
    const sample = (text: string, path: string) => ({ path, head: Buffer.from(text), size: text.length });
    expect(adapter.detect(sample('Received: from x by y\n\tid 1\nFrom: a@b.pl\nSubject: x\n\nbody', 'mail.txt'))).to.equal(true);
    expect(adapter.detect(sample('Date: 1.1.2023\nFrom: Jan\n\nnote', 'note.txt'))).to.equal(false);
    expect(adapter.detect(sample('Date: 1.1.2023\nFrom: Jan\n\nnote', 'note.eml'))).to.equal(true);
    expect(adapter.detect(sample('call_id;phone;note\n1;600;x\n', 'calls.csv'))).to.equal(false);
  });
});
