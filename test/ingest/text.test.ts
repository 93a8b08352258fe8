import { expect } from 'chai';
import { adapter } from '../../src/ingest/text/index.js';
import { readConversations } from '../helpers/read-format.js';

describe('text reader', () => {
  it('reads one question per line, without the byte-order mark Notepad writes', async () => {
    const conversations = await readConversations(adapter, 'test/fixtures/text/otazky-bom.txt');
    expect(conversations.map((c) => [c.kind, c.messages[0]!.ref, c.messages[0]!.text])).to.deep.equal([
      ['lines', '1', 'Jak dlouho trvá doručení do Brna?'],
      ['lines', '2', 'Můžu platit kartou při převzetí?'],
    ]);
  });
});
