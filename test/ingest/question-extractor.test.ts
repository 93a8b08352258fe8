import { expect } from 'chai';
import { ExtractionError } from '../../src/errors.js';
import { QuestionExtractor } from '../../src/ingest/question-extractor.js';
import type { ExtractedConversation, RawConversation } from '../../src/model.js';

describe('QuestionExtractor (worker thread)', function () {
  this.timeout(10_000);

  const chat = (id: string, text: string): RawConversation => ({
    id,
    kind: 'chat',
    messages: [{ ref: `${id}-1`, role: 'customer', author: 'klient', sentAt: new Date('2024-03-01T10:00:00Z'), text }],
  });

  it('returns each conversation its own questions and the shop replies, in order', async () => {
    const extractor = new QuestionExtractor();
    const found: ExtractedConversation[] = [];
    const answered = chat('a', 'Czy wysyłacie do Czech?');
    answered.messages.push({
      ref: 'a-2',
      role: 'shop',
      author: 'sklep',
      sentAt: new Date('2024-03-01T10:05:00Z'),
      text: 'Tak, wysyłamy do Czech kurierem, dostawa trwa 3 dni. W razie pytań: 600 700 800.',
    });
    try {
      for (const conversation of [answered, chat('b', 'Jak długo trwa zwrot pieniędzy?')]) {
        await extractor.extract(conversation, false, (extracted) => found.push(extracted));
      }
      await extractor.flush();
    } finally {
      await extractor.close();
    }
    expect(found.map((f) => f.questions.map((q) => q.ref))).to.deep.equal([['a-1'], ['b-1']]);
    expect(found.map((f) => f.replies.map((r) => `${r.ref} ${r.kind}`))).to.deep.equal([['a-2 answer'], []]);
    // Redacted on the worker, before anything reaches the store.
    expect(found[0]!.replies[0]!.text).to.contain('[phone]').and.not.contain('600 700 800');
  });

  it('surfaces a failure inside the worker as an ExtractionError with a message for the user', async () => {
    const extractor = new QuestionExtractor();
    // A reader bug: a message whose text is not a string makes extraction throw on the worker.
    const broken = { ...chat('x', ''), messages: [{ ...chat('x', '').messages[0]!, text: null as unknown as string }] };
    try {
      await extractor.extract(broken, false, () => undefined);
      const error = await extractor.flush().then(() => null, (e: unknown) => e);
      expect(error).to.be.instanceOf(ExtractionError);
      expect((error as ExtractionError).message).to.contain('Nothing from this file was stored');
    } finally {
      await extractor.close();
    }
  });

  it('after a failed file, and after its thread died, extracts the next file on a fresh thread', async () => {
    const extractor = new QuestionExtractor();
    const broken = { ...chat('x', ''), messages: [{ ...chat('x', '').messages[0]!, text: null as unknown as string }] };
    try {
      await extractor.extract(broken, false, () => undefined);
      expect(await extractor.flush().then(() => null, (e: unknown) => e)).to.be.instanceOf(ExtractionError);
      // The thread ends as a crashed one would (stack or heap exhausted) while a file is in flight.
      await extractor.extract(chat('y', 'Czy macie kaski?'), false, () => undefined);
      await extractor.flush();
      await extractor.extract(chat('z', 'Czy macie rękawiczki?'), false, () => undefined);
      const flushing = extractor.flush();
      await (extractor as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      expect(await flushing.then(() => null, (e: unknown) => e)).to.be.instanceOf(ExtractionError);
      const found: string[] = [];
      await extractor.extract(chat('w', 'Jak długo trwa zwrot pieniędzy?'), false, (extracted) => found.push(...extracted.questions.map((q) => q.ref)));
      await extractor.flush();
      expect(found).to.deep.equal(['w-1']);
    } finally {
      await extractor.close();
    }
  });
});
