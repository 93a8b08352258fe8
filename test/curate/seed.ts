import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rescoreTopics } from '../../src/app/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { createTopic } from '../../src/store/topic-edits.js';
import { assignQuestions } from '../../src/store/topic-plan.js';
import { seedImport } from '../helpers/seed-import.js';

export interface SeededStore {
  db: Db;
  dir: string;
  outDir: string;
  topicIds: { returns: number; delivery: number; invoice: number };
  /** Phone questions that fit no topic. */
  unclustered: { whoPays: number; cashOnDelivery: number };
  cleanup(): void;
}

// Listed most asked first: more questions from more customers rank higher.
const TOPICS = [
  {
    key: 'returns',
    label: 'Jak zwrócić towar kupiony przez internet?',
    keywords: ['zwrot', 'towar', 'odesłać'],
    questions: [
      'Jak mogę zwrócić buty, które są za małe?',
      'Chciałabym oddać sukienkę, jak to zrobić?',
      'Czy mogę odesłać towar bez paragonu?',
    ],
  },
  {
    key: 'delivery',
    label: 'Kiedy dotrze moja paczka?',
    keywords: ['paczka', 'dostawa', 'kurier'],
    questions: ['Kiedy przyjdzie paczka do zamówienia [order]?', 'Kurier nie przyjechał, co teraz?'],
  },
  {
    key: 'invoice',
    label: 'Czy dostanę fakturę VAT?',
    keywords: ['faktura', 'vat'],
    questions: ['Potrzebuję faktury na firmę, NIP [nip].'],
  },
] as const;

// Asked by phone and fitting none of the topics.
const UNCLUSTERED = ['Kto płaci za odesłanie zwrotu?', 'Czy mogę zapłacić przy odbiorze?'] as const;

/**
 * A temporary store with three ranked topics of (already redacted) e-mail questions and two
 * phone questions in no topic, imported through the real writer and scored by the real ranking.
 */
export function seedStore(): SeededStore {
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-curate-'));
  const db = openDatabase(join(dir, 'faqtory.sqlite'));
  const now = new Date('2024-05-02T10:00:00.000Z');
  let n = 0;
  const questions = TOPICS.flatMap((topic) =>
    topic.questions.map((text) => {
      n++;
      return { text, customer: `klient${n}@poczta.example`, askedAt: `2024-04-${10 + n}T09:00:00.000Z`, conversation: `thread-${n}@sklep.example` };
    }),
  );
  const ids = seedImport(db, questions, { file: 'logs/support.mbox', channel: 'email' });
  const topicIds = {} as Record<string, number>;
  const placement = new Map<number, number>();
  let at = 0;
  for (const topic of TOPICS) {
    const topicId = createTopic(db, topic.label, now, topic.keywords);
    topicIds[topic.key] = topicId;
    topic.questions.forEach(() => placement.set(ids[at++]!, topicId));
  }
  assignQuestions(db, placement);
  const [whoPays, cashOnDelivery] = seedImport(
    db,
    UNCLUSTERED.map((text, index) => ({ text, customer: `tel-${index}`, askedAt: `2024-04-2${index}T12:00:00.000Z` })),
    { file: 'logs/telefony.csv', channel: 'phone' },
  );
  rescoreTopics(db, now);
  return {
    db,
    dir,
    outDir: join(dir, 'public'),
    topicIds: topicIds as SeededStore['topicIds'],
    unclustered: { whoPays: whoPays!, cashOnDelivery: cashOnDelivery! },
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
