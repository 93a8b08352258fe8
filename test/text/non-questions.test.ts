import { expect } from 'chai';
import { adapter as eml } from '../../src/ingest/eml/index.js';
import type { RawConversation } from '../../src/model.js';
import { extractQuestions } from '../../src/text/extract-questions.js';
import { isNoise } from '../../src/text/pleasantries.js';
import { stripQuotedText } from '../../src/text/strip-quotes.js';
import { readConversations, readOptions } from '../helpers/read-format.js';

const fresh = { continuing: false };

function chat(...texts: string[]): RawConversation {
  return {
    id: 'chat-1',
    kind: 'chat',
    messages: texts.map((text, i) => ({ ref: `m${i + 1}`, role: 'customer', author: 'klient', sentAt: new Date(Date.UTC(2024, 2, 1, 9, i)), text })),
  };
}

// Issue 11, point 10: a message that asks nothing and carries no request is not a question.
describe('non-questions', () => {
  it('finds no question in thanks, a bare number or an order number alone', () => {
    for (const text of ['thanks.', 'Díky.', '4', '123 456', '#4412']) {
      expect(extractQuestions(chat(text), fresh), text).to.deep.equal([]);
    }
  });

  it('finds the question after a bare order number in the same chat turn', () => {
    expect(extractQuestions(chat('4412', 'Kiedy wyślecie moje zamówienie?'), fresh).map((q) => q.text)).to.deep.equal([
      'Kiedy wyślecie moje zamówienie?',
    ]);
  });

  it('treats a shop\'s own announcement as noise, but not a customer asking about it', () => {
    expect(isNoise('Nasz sklep będzie nieczynny od 24 do 26 grudnia.')).to.equal(true);
    expect(isNoise('Our store is open Monday to Friday.')).to.equal(true);
    expect(isNoise('Czy wasz sklep będzie otwarty 24 grudnia?')).to.equal(false);
  });

  it('takes no question from a lone shop announcement e-mail', async () => {
    const conversations = await readConversations(eml, 'test/fixtures/text/shop-announcement.eml', readOptions());
    expect(conversations.flatMap((c) => extractQuestions(c, fresh))).to.deep.equal([]);
  });

  it('cuts the footer a mailing list appends, keeping the question', async () => {
    const [mail] = await readConversations(eml, 'test/fixtures/text/list-footer.eml', readOptions());
    expect(mail!.messages[0]!.text).to.contain('mailman/listinfo');
    const questions = extractQuestions(mail!, fresh);
    expect(questions.map((q) => q.text)).to.deep.equal(['doručujete i na Slovensko? Objednávka č. [order] by šla do Žiliny.']);
    expect(stripQuotedText('_______________________________________________\nZakaznici mailing list\nhttps://lists.kolo.example/mailman/listinfo/zakaznici')).to.equal('');
  });
});
