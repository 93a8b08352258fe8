import { expect } from 'chai';
import { dropContextSentences } from '../../src/text/context-sentences.js';
import { redact } from '../../src/text/redact.js';
import { clusterQuestions } from '../../src/cluster/index.js';

describe('context sentences', () => {
  it('drops sentences that only identify the customer or the order', () => {
    const question = redact('Mój e-mail w sklepie: jan.kowalski@example.com. Gdzie jest moja paczka?');
    expect(question).to.contain('[email]');
    expect(dropContextSentences(question)).to.equal('Gdzie jest moja paczka?');
    expect(dropContextSentences('Objednávka č. [order] z pondělí. Kdy dorazí? Děkuji.')).to.equal('Kdy dorazí? Děkuji.');
    expect(dropContextSentences('Rodné číslo [rodne-cislo]. Proč ho chcete?')).to.equal('Proč ho chcete?');
  });

  it('keeps a sentence that asks about the redacted item, and a question that is all context', () => {
    expect(dropContextSentences('Zamówiłem wczoraj. Czy wyślecie na [address]?')).to.equal('Zamówiłem wczoraj. Czy wyślecie na [address]?');
    expect(dropContextSentences('status zamówienia [order].')).to.equal('status zamówienia [order].');
    expect(dropContextSentences('Moje zamówienie [order]. Mój e-mail [email].')).to.equal('Moje zamówienie [order]. Mój e-mail [email].');
    expect(dropContextSentences('Gdzie jest paczka? Pozdrawiam.')).to.equal('Gdzie jest paczka? Pozdrawiam.');
  });

  it('lets questions with different order details but the same ask meet in one topic', () => {
    const asks = ['Kiedy przyjdzie paczka?', 'Kiedy dotrze paczka?', 'Kiedy paczka przyjdzie?', 'Kiedy przyjdzie moja paczka?'];
    const contexts = ['Zamawiałam tydzień temu, nr zamówienia [order].', 'Mój e-mail w sklepie: [email].', 'Zamówienie na nazwisko [address].', 'Numer telefonu [phone].'];
    const other = ['Jak złożyć reklamację telefonu?', 'Reklamacja telefonu, jak złożyć?', 'Chcę złożyć reklamację telefonu', 'Jak zgłosić reklamację telefonu?'];
    const withContext = ['Zamawiałam tydzień temu, nr zamówienia [order]. Jak złożyć reklamację?', 'Mój e-mail w sklepie: [email]. Reklamacja, jak złożyć?'];
    const texts = [...asks.map((ask, i) => `${contexts[i]} ${ask}`), ...other, ...withContext];
    const items = texts.map((text, at) => ({ id: at + 1, text, lang: 'pl' as const }));
    const { groups } = clusterQuestions(items);
    const topicOf = new Map(groups.flatMap((group, g) => group.members.map((id) => [id, g] as const)));
    const parcel = new Set([1, 2, 3, 4].map((id) => topicOf.get(id)));
    expect(parcel.size, 'parcel questions in one topic').to.equal(1);
    expect(topicOf.get(9), 'a complaint with an order number goes with the complaints').to.equal(topicOf.get(5));
    expect(topicOf.get(10)).to.equal(topicOf.get(5));
    expect(topicOf.get(1)).to.not.equal(topicOf.get(5));
  });
});
