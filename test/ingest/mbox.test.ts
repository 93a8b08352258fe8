import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { adapter } from '../../src/ingest/mbox/index.js';
import { parseErrorOf, readConversations, readOptions, sampleOfText } from '../helpers/read-format.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/email/${name}`, import.meta.url));
const options = readOptions({ shop: ['elektron-sklep.example', 'Sklep Elektron'] });

describe('mbox reader', () => {
  it('yields one conversation per mail with Message-ID refs and dedup keys', async () => {
    const conversations = await readConversations(adapter, fixture('mboxrd.mbox'), options);
    expect(conversations.map((c) => c.messages[0]!.ref)).to.deep.equal([
      'qp-iso-1@example.pl',
      'shop-reply-1@elektron-sklep.example',
      'reply-without-references@example.pl',
      'b64-1250@example.cz',
      'wrong-charset@example.cz',
      'html-only@example.pl',
      'alternative@example.pl',
      'bounce-1@mx.example.pl',
    ]);
    for (const c of conversations) {
      expect(c.kind).to.equal('mail');
      expect(c.messages[0]!.key).to.equal(`mid:${c.messages[0]!.ref}`);
    }
  });

  it('decodes quoted-printable ISO-8859-2, RFC 2047 subjects and undoes >From escaping', async () => {
    const [first] = await readConversations(adapter, fixture('mboxrd.mbox'), options);
    const message = first!.messages[0]!;
    expect(message.subject).to.equal('Zwrot żelazka');
    expect(message.text).to.contain('czy żelazko można zwrócić bez pudełka?');
    expect(message.text).to.contain('\nFrom the manual I understood');
    expect(message.text).not.to.contain('Zwrot żelazka');
    expect(message.author).to.equal('anna.nowak@example.pl');
    expect(message.sentAt?.toISOString()).to.equal('2023-10-02T07:15:02.000Z');
    expect(message.role).to.equal('customer');
  });

  it('removes only one level of > from escaped quoted From lines', async () => {
    const conversations = await readConversations(adapter, fixture('mboxrd.mbox'), options);
    expect(conversations[1]!.messages[0]!.text).to.contain('\n>From a quoted line');
  });

  it('decodes base64 windows-1250 bodies, skips attachments and reads encoded sender names', async () => {
    const message = (await readConversations(adapter, fixture('mboxrd.mbox'), options))[3]!.messages[0]!;
    expect(message.text).to.contain('czy mogę zwrócić słuchawki po 20 dniach?');
    expect(message.text).to.contain('Łukasz Wiśniewski');
    expect(message.text).not.to.contain('/9j/');
    expect(message.subject).to.equal('Zwrot słuchawek');
  });

  it('re-reads a body whose declared charset is wrong', async () => {
    const message = (await readConversations(adapter, fixture('mboxrd.mbox'), options))[4]!.messages[0]!;
    expect(message.text).to.equal('Dobrý den, kdy mi vrátíte peníze za reklamaci? Příliš dlouho čekám.');
  });

  it('converts HTML-only mail to text, quoting blockquotes', async () => {
    const message = (await readConversations(adapter, fixture('mboxrd.mbox'), options))[5]!.messages[0]!;
    expect(message.text.split(/\n+/)).to.deep.equal(['Czy wysyłacie do Czech?', 'Jan & syn', '> Stara odpowiedź sklepu']);
  });

  it('prefers the text/plain alternative', async () => {
    const message = (await readConversations(adapter, fixture('mboxrd.mbox'), options))[6]!.messages[0]!;
    expect(message.text).to.equal('Czy można kupić lodówkę na raty?');
  });

  it('joins a thread, also for a reply without References', async () => {
    const conversations = await readConversations(adapter, fixture('mboxrd.mbox'), options);
    expect(conversations.slice(0, 3).map((c) => c.id)).to.deep.equal(Array(3).fill('qp-iso-1@example.pl'));
    expect(conversations[2]!.messages[0]!.inReplyTo).to.deep.equal(['shop-reply-1@elektron-sklep.example']);
    expect(conversations[3]!.id).to.equal('b64-1250@example.cz');
  });

  it('recognises the shop by domain or display name and bounces as system', async () => {
    const roles = (await readConversations(adapter, fixture('mboxrd.mbox'), options)).map((c) => c.messages[0]!.role);
    expect(roles).to.deep.equal(['customer', 'shop', 'customer', 'customer', 'customer', 'customer', 'customer', 'system']);
    const byName = await readConversations(adapter, fixture('mboxrd.mbox'), { ...options, shop: ['Sklep Elektron'] });
    expect(byName[1]!.messages[0]!.role).to.equal('shop');
    const byAddress = await readConversations(adapter, fixture('mboxrd.mbox'), { ...options, shop: ['kasia@elektron-sklep.example'] });
    expect(byAddress.map((c) => c.messages[0]!.role).filter((r) => r === 'shop')).to.have.length(1);
  });

  it('reads Thunderbird separators, flowed text and gives a mail without Message-ID a stable ref', async () => {
    const first = await readConversations(adapter, fixture('thunderbird.mbox'), options);
    const again = await readConversations(adapter, fixture('thunderbird.mbox'), options);
    expect(first).to.have.length(2);
    const message = first[0]!.messages[0]!;
    expect(message.text).to.equal('Dobrý den, můžu si objednávku vyzvednout na prodejně?');
    expect(message.ref).to.match(/^[0-9a-f]{32}@/);
    expect(again[0]!.messages[0]!.ref).to.equal(message.ref);
    expect(first[1]!.messages[0]!.role).to.equal('shop');
  });

  it('rejects a truncated message with the line where it starts', async () => {
    const error = await parseErrorOf(readConversations(adapter, fixture('broken.mbox'), options));
    expect(error.line).to.equal(9);
  });

  it('rejects content that is not mail', async () => {
    const error = await parseErrorOf(readConversations(adapter, fixture('not-mail.mbox'), options));
    expect(error.line).to.equal(1);
  });

  it('reports progress in bytes', async () => {
    const seen: number[] = [];
    await readConversations(adapter, fixture('mboxrd.mbox'), { ...options, onProgress: (bytes) => seen.push(bytes) });
    expect(seen.at(-1)).to.be.greaterThan(3000);
  });

  it('detects mbox files by their separator line', () => {
    expect(adapter.detect(sampleOfText('From - Thu Sep 07 22:09:57 2023\nX-Mozilla-Status: 0001\n', 'x.txt'))).to.equal(true);
    expect(adapter.detect(sampleOfText('From 1776@xxx Wed Sep 06 13:29:44 +0000 2023\nX-GM-THRID: 1\n', 'x.txt'))).to.equal(true);
    expect(adapter.detect(sampleOfText('From the desk of the manager\nplain memo\n', 'x.txt'))).to.equal(false);
    expect(adapter.detect(sampleOfText('Return-Path: <a@b.pl>\nFrom: a@b.pl\n', 'x.txt'))).to.equal(false);
  });

  it('reads a mailbox that starts with a UTF-8 byte-order mark', async () => {
    const conversations = await readConversations(adapter, fixture('bom.mbox'), options);
    expect(conversations.map((c) => [c.messages[0]!.ref, c.messages[0]!.text])).to.deep.equal([
      ['bom-1@example.pl', 'Czy buty w rozmiarze 38 są jeszcze dostępne?'],
      ['bom-2@example.pl', 'Czy mogę odebrać zamówienie w paczkomacie?'],
    ]);
  });

  it('splits at dateless "From -" separators (Netscape, early Thunderbird)', async () => {
    const conversations = await readConversations(adapter, fixture('netscape.mbox'), options);
    expect(conversations.map((c) => [c.id, c.messages[0]!.ref, c.messages[0]!.text])).to.deep.equal([
      ['ns-1@example.cz', 'ns-1@example.cz', 'Kolik stojí doprava na Slovensko?'],
      ['ns-2@example.cz', 'ns-2@example.cz', 'Máte tu bundu i ve velikosti XL?'],
      ['ns-2@example.cz', 'ns-3@sklep.example', 'Ano, XL máme skladem.'],
    ]);
  });

  it('reads a single mail that keeps its envelope line', async () => {
    const conversations = await readConversations(adapter, fixture('envelope.eml'), options);
    expect(conversations.map((c) => c.messages[0]!.ref)).to.deep.equal(['envelope-1@example.pl']);
  });
});
