import { expect } from 'chai';
import type { ConversationKind, RawConversation, RawMessage } from '../../src/model.js';
import { extractQuestions } from '../../src/text/extract-questions.js';

let clock = Date.parse('2024-03-04T09:00:00Z');
function msg(ref: string, role: RawMessage['role'], text: string, extra: Partial<RawMessage> = {}): RawMessage {
  clock += 60_000;
  return { ref, role, author: role === 'customer' ? 'klient-1' : 'sklep', sentAt: new Date(clock), text, ...extra };
}
const conversation = (kind: ConversationKind, ...messages: RawMessage[]): RawConversation => ({ id: 'c1', kind, messages });
const fresh = { continuing: false };

describe('extractQuestions', () => {
  it('takes the question after a bare greeting, with the ref of the question message', () => {
    const greeting = msg('e1', 'customer', 'Dzień dobry');
    const question = msg('e2', 'customer', 'Czy mogę kupić telewizor na raty? Z góry dziękuję.');
    const questions = extractQuestions(
      conversation('chat', msg('e0', 'shop', 'Witamy w sklepie! Jak możemy pomóc?'), greeting, question,
        msg('e3', 'shop', 'Tak, w koszyku można wybrać raty.'), msg('e4', 'customer', 'dziękuję')),
      fresh,
    );
    expect(questions).to.deep.equal([
      { ref: 'e2', text: 'Czy mogę kupić telewizor na raty?', lang: 'pl', askedAt: question.sentAt, customer: 'klient-1' },
    ]);
  });

  it('trims Czech greetings and sign-offs and ignores the thanks-only follow-up', () => {
    const questions = extractQuestions(
      conversation('chat', msg('a', 'customer', 'Dobrý den, kdo platí poštovné při vrácení zboží? Předem děkuji za odpověď. Jana Nováková'),
        msg('b', 'shop', 'Dobrý den, poštovné hradí zákazník.'), msg('c', 'customer', 'Rozumím, díky :)')),
      fresh,
    );
    expect(questions.map((q) => [q.ref, q.text, q.lang])).to.deep.equal([['a', 'kdo platí poštovné při vrácení zboží?', 'cs']]);
  });

  it('ignores answers to the shop but keeps a later new question', () => {
    const questions = extractQuestions(
      conversation('chat', msg('1', 'customer', 'Hi, my parcel has not arrived yet, where is it?'),
        msg('2', 'shop', 'Could you give me your order number?'), msg('3', 'customer', '48213, John Smith'),
        msg('4', 'shop', 'It is on its way.'), msg('5', 'customer', 'ok thanks. Can I pay for the next order by bank transfer?')),
      fresh,
    );
    expect(questions.map((q) => [q.ref, q.text])).to.deep.equal([
      ['1', 'my parcel has not arrived yet, where is it?'],
      ['5', 'ok thanks. Can I pay for the next order by bank transfer?'],
    ]);
  });

  it('splits a message with two separate questions, both with the same ref', () => {
    const questions = extractQuestions(
      conversation('chat', msg('q', 'customer', 'Witam, jaka jest cena dostawy kurierem? A czy mogę zapłacić przy odbiorze? Pozdrawiam, Ania')),
      fresh,
    );
    expect(questions.map((q) => [q.ref, q.text])).to.deep.equal([
      ['q', 'jaka jest cena dostawy kurierem?'],
      ['q', 'A czy mogę zapłacić przy odbiorze?'],
    ]);
  });

  it('redacts personal data and drops sentences that only hand over data', () => {
    const [question] = extractQuestions(
      conversation('mail', msg('m1', 'customer',
        'Dzień dobry,\nzamówienie nr 64776. Kiedy wyślecie paczkę na ul. Wiejska 74/37? Proszę dzwonić po 16 na 606 762 622.\nPozdrawiam\nAnna')),
      fresh,
    );
    expect(question!.text).to.equal('Kiedy wyślecie paczkę na [address]? Proszę dzwonić po 16 na [phone].');
  });

  it('yields nothing for noise: wrong chat, spam, thanks', () => {
    for (const text of ['Sorry, pomyliłam czaty', 'Pardon, to nebylo pro vás.', 'Dziękuję, paczka doszła, wszystko pasuje :)',
      'Dzień dobry, oferujemy pozycjonowanie sklepów. Czy mogę przesłać ofertę?', 'test']) {
      expect(extractQuestions(conversation('chat', msg('n', 'customer', text)), fresh), text).to.deep.equal([]);
    }
  });

  it('counts only new questions when the conversation continues', () => {
    const thanks = conversation('mail', msg('r1', 'customer', 'Dziękuję bardzo za pomoc!\nPozdrawiam'));
    expect(extractQuestions(thanks, { continuing: true })).to.deep.equal([]);
    const reply = conversation('mail', msg('r2', 'customer', 'Numer zamówienia 51234, na nazwisko Kowalski.'));
    expect(extractQuestions(reply, { continuing: true })).to.deep.equal([]);
    const newQuestion = conversation('mail', msg('r3', 'customer', 'Dziękuję. Czy mogę jeszcze zmienić adres dostawy?'));
    expect(extractQuestions(newQuestion, { continuing: true }).map((q) => q.ref)).to.deep.equal(['r3']);
  });

  it('uses the subject of an e-mail whose body is empty', () => {
    const questions = extractQuestions(conversation('mail', msg('s1', 'customer', '', { subject: 'Re: Jak długo trwa dostawa?' })), fresh);
    expect(questions.map((q) => q.text)).to.deep.equal(['Jak długo trwa dostawa?']);
  });

  it('removes reply and forward prefixes of every language from a subject, with or without diacritics', () => {
    const questions = extractQuestions(conversation('mail', msg('s2', 'customer', '', { subject: 'PŘ: Odp: RE[2]: Kolik stojí doprava?' })), fresh);
    expect(questions.map((q) => q.text)).to.deep.equal(['Kolik stojí doprava?']);
  });

  it('keeps the customer part of a phone note and drops the operator answer', () => {
    const calls = conversation('call',
      msg('CL-1', 'customer', 'Klient dzwoni z pytaniem: "Kiedy mogę odebrać sprzęt z reklamacji?" Wyjaśniłem procedurę.'),
      msg('CL-2', 'customer', 'Pani Nowak pyta, czy kurier wniesie pralkę na 4 piętro. Odp.: Tak, za dopłatą. Udzielono informacji.'),
      msg('CL-3', 'customer', 'Pomyłka – dzwoniący szukał przychodni.'));
    expect(extractQuestions(calls, fresh).map((q) => [q.ref, q.text])).to.deep.equal([
      ['CL-1', 'Kiedy mogę odebrać sprzęt z reklamacji?'],
      ['CL-2', 'czy kurier wniesie pralkę na 4 piętro.'],
    ]);
  });
});
