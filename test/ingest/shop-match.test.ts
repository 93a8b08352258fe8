import { expect } from 'chai';
import { adapter as chatCsv } from '../../src/ingest/chat-csv/index.js';
import { isShopAuthor } from '../../src/ingest/shop/index.js';
import { readConversations, readOptions } from '../helpers/read-format.js';

describe('shop matcher', () => {
  it('counts a subdomain of a --shop domain in chat as it does in mail', async () => {
    const [conversation] = await readConversations(
      chatCsv,
      'test/fixtures/chat/chat-csv/subdomain-agents.csv',
      readOptions({ shop: ['sklep-elektron.pl', 'Sklep Elektron'] }),
    );
    expect(conversation!.messages.map((m) => m.role)).to.deep.equal(['customer', 'shop', 'shop']);
  });

  it('matches addresses, domains, Skype ids and display names, and nothing else', () => {
    const shop = ['@sklep.pl', 'live:obsluga', 'Kolárna'];
    expect(isShopAuthor({ address: 'ola@mail.sklep.pl', name: 'Ola' }, shop)).to.equal(true);
    expect(isShopAuthor('ola@sklep.pl.example.com', shop)).to.equal(false);
    expect(isShopAuthor('8:live:obsluga', shop)).to.equal(true);
    expect(isShopAuthor({ address: 'info@kolarna.cz', name: 'Tým | Kolarna' }, shop)).to.equal(true);
    expect(isShopAuthor('Kolárníková Jana', shop)).to.equal(false);
    expect(isShopAuthor(null, shop)).to.equal(false);
  });
});
