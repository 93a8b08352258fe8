import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import iconv from 'iconv-lite';
import { adapter } from '../../src/ingest/gg/index.js';
import { detectFormat } from '../../src/ingest/registry.js';
import { parseErrorOf, readConversations, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/gg';

describe('gg reader (Kadu/ekg text history)', () => {
  it('reads an ISO-8859-2 history: received lines are the customer, sent lines the shop, ref = line number', async () => {
    const [conversation, ...rest] = await readConversations(adapter, `${FIXTURES}/48123456`);
    expect(rest).to.have.length(0);
    expect(conversation!.id).to.equal('gg:48123456');
    expect(conversation!.kind).to.equal('chat');
    expect(conversation!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['2', 'customer'],
      ['3', 'shop'],
      ['4', 'customer'],
      ['5', 'customer'],
      ['6', 'shop'],
    ]);
    const [question, reply, unquoted, withBackslash] = conversation!.messages;
    expect(question!.text).to.equal('Dzień dobry, czy mogę zwrócić żelazko kupione w zeszłym tygodniu?');
    expect(question!.author).to.equal('48123456');
    // The sender's clock time (the fifth field) is when the customer wrote it.
    expect(question!.sentAt!.toISOString()).to.equal(new Date(1699607101 * 1000).toISOString());
    expect(reply!.text).to.equal('Dzień dobry! Tak, ma Pani 14 dni na zwrot.\nFormularz jest na stronie "Zwroty".');
    expect(unquoted!.text).to.equal('a paczkomat, da się?');
    expect(withBackslash!.text).to.equal('Jeszcze jedno: ile kosztuje wysyłka zwrotu \\ kto płaci?');
    // A send time of 0 (message mode) falls back to the arrival time.
    expect(withBackslash!.sentAt!.getTime()).to.equal(1699607400 * 1000);
  });

  it('gives the same keys to the same messages in an overlapping export', async () => {
    const [original] = await readConversations(adapter, `${FIXTURES}/48123456`);
    const dir = await mkdtemp(join(tmpdir(), 'faqtory-gg-'));
    const longer = join(dir, '48123456');
    const earlier = iconv.encode('chatrcv,48123456,Ania,1699000000,1699000000,"Czy wysyłacie za granicę?"\n', 'windows-1250');
    await writeFile(longer, Buffer.concat([earlier, await readFile(`${FIXTURES}/48123456`)]));
    const [extended] = await readConversations(adapter, longer);
    expect(extended!.messages).to.have.length(original!.messages.length + 1);
    expect(extended!.messages.slice(1).map((m) => m.key)).to.deep.equal(original!.messages.map((m) => m.key));
    expect(extended!.messages.slice(1).map((m) => m.ref)).to.not.deep.equal(original!.messages.map((m) => m.ref));
    expect(new Set(original!.messages.map((m) => m.key)).size).to.equal(original!.messages.length);
  });

  it('rejects a line with a damaged time field, naming the line', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken-time-7007007`));
    expect(error.line).to.equal(2);
    expect(error.message).to.include('16996O7230');
  });

  it('rejects a message whose closing quote is missing', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'faqtory-gg-')), '1234');
    await writeFile(path, 'chatsend,1234,Ola,1699607230,"Dzien dobry\nchatrcv,1234,Ola,1699607300,1699607300,"ok"\n');
    const error = await parseErrorOf(readConversations(adapter, path));
    expect(error.line).to.equal(1);
  });

  it('is detected by content, whatever the file is called', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faqtory-gg-'));
    const renamed = join(dir, 'historia.log');
    await copyFile(`${FIXTURES}/48123456`, renamed);
    expect(adapter.detect(await sampleOf(renamed))).to.equal(true);
    expect(detectFormat(await sampleOf(renamed)).id).to.equal('gg');
    expect(adapter.detect(await sampleOf('test/fixtures/phone/notatki-rozmow.csv'))).to.equal(false);
    expect(adapter.detect(await sampleOf(`${FIXTURES}/pidgin/2023-09-04.235810+0200CEST.txt`))).to.equal(false);
  });

});
