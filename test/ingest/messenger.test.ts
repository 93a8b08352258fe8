import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { adapter } from '../../src/ingest/messenger/index.js';
import { parseErrorOf, readConversations, readOptions } from '../helpers/read-format.js';

const FILE = 'test/fixtures/chat/messenger/inbox/pavelnovak_5120394871/message_1.json';
const options = readOptions({ timezone: 'Europe/Prague' });

describe('messenger reader', () => {
  it('repairs the export\'s mojibake and lists messages oldest first', async () => {
    const [thread] = await readConversations(adapter, FILE, options);
    expect(thread!.id).to.equal('inbox/pavelnovak_5120394871');
    expect(thread!.messages.map((m) => [m.ref, m.role, m.text])).to.deep.equal([
      ['inbox/pavelnovak_5120394871#1708001900000', 'customer', 'Dobrý den'],
      ['inbox/pavelnovak_5120394871#1708002100000', 'customer', 'Můžu kolo vrátit, když jsem ho už jednou vyzkoušel? 🚲'],
      ['inbox/pavelnovak_5120394871#1708002300000', 'shop', 'Ano, zboží lze vrátit do 30 dnů – stačí vyplnit formulář.'],
    ]);
    expect(thread!.messages[0]!.author).to.equal('Pavel Novák');
  });

  it('uses --shop to pick the page when given', async () => {
    const [thread] = await readConversations(adapter, FILE, { ...options, shop: ['Pavel Novák'] });
    expect(thread!.messages.map((m) => m.role)).to.deep.equal(['shop', 'shop', 'customer']);
  });

  it('rejects a file without a messages list', async () => {
    const error = await parseErrorOf(readConversations(adapter, 'test/fixtures/chat/messenger/broken.json', options));
    expect(error.reason).to.match(/not a Messenger/);
  });

  it('detects thread files by content', async () => {
    const head = await readFile(FILE);
    expect(adapter.detect({ path: 'x.json', head, size: head.length })).to.equal(true);
    const other = await readFile('test/fixtures/chat/smartsupp/Kq3vT8LmZa.json');
    expect(adapter.detect({ path: 'message_1.json', head: other, size: other.length })).to.equal(false);
  });

  it('reads the 2024 export of encrypted chats: names as participants, unsent and media skipped', async () => {
    const [thread] = await readConversations(adapter, 'test/fixtures/chat/messenger/e2ee/Marek_Dvorak_12.json', options);
    expect(thread!.id).to.equal('e2ee/Marek_Dvorak_12');
    expect(thread!.messages.map((m) => [m.ref, m.role, m.author, m.text])).to.deep.equal([
      ['e2ee/Marek_Dvorak_12#1717236000000', 'customer', 'Marek Dvořák', 'Dobrý den, děláte servis kol i v sobotu?'],
      ['e2ee/Marek_Dvorak_12#1717236300000', 'shop', 'Kolárna Vítězslav', 'Dobrý den, ano, servis kol děláme i o víkendu.'],
    ]);
    expect(thread!.messages[0]!.sentAt!.toISOString()).to.equal('2024-06-01T10:00:00.000Z');
  });

  it('rejects a thread it reads no message from instead of importing nothing', async () => {
    const error = await parseErrorOf(
      readConversations(adapter, 'test/fixtures/chat/messenger/inbox/janakralova_7730112845/message_1.json', options),
    );
    expect(error.reason).to.contain('no messages could be read').and.to.contain('--format');
  });
});
