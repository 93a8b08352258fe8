import { expect } from 'chai';
import { ExtractionError } from '../../src/errors.js';
import { QuestionExtractor } from '../../src/ingest/question-extractor.js';
import type { ExtractedQuestion, RawConversation } from '../../src/model.js';

describe('QuestionExtractor (worker thread)', function () {
  this.timeout(10_000);

  const chat = (id: string, text: string): RawConversation => ({
    id,
    kind: 'chat',
    messages: [{ ref: `${id}-1`, role: 'customer', author: 'klient', sentAt: new Date('2024-03-01T10:00:00Z'), text }],
  });

  it('returns each conversation its own questions, in order', async () => {
    const extractor = new QuestionExtractor();
    const found: string[][] = [];
    try {
      for (const [id, text] of [['a', 'Czy wysyłacie do Czech?'], ['b', 'Jak długo trwa zwrot pieniędzy?']] as const) {
        await extractor.extract(chat(id, text), false, (questions: ExtractedQuestion[]) => found.push(questions.map((q) => q.ref)));
      }
      await extractor.flush();
    } finally {
      await extractor.close();
    }
    expect(found).to.deep.equal([['a-1'], ['b-1']]);
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
});
