import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/database.js';

export interface SeededStore {
  db: Db;
  dir: string;
  outDir: string;
  topicIds: { returns: number; delivery: number; invoice: number };
  cleanup(): void;
}

const TOPICS = [
  {
    key: 'returns',
    label: 'Jak zwrócić towar kupiony przez internet?',
    keywords: ['zwrot', 'towar', 'odesłać'],
    score: 9.5,
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
    score: 7.25,
    questions: ['Kiedy przyjdzie paczka do zamówienia [order]?', 'Kurier nie przyjechał, co teraz?'],
  },
  {
    key: 'invoice',
    label: 'Czy dostanę fakturę VAT?',
    keywords: ['faktura', 'vat'],
    score: 3.1,
    questions: ['Potrzebuję faktury na firmę, NIP [nip].'],
  },
] as const;

/** A temporary store with three ranked topics and their (already redacted) customer questions. */
export function seedStore(): SeededStore {
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-curate-'));
  const db = openDatabase(join(dir, 'faqtory.sqlite'));
  const now = '2024-05-02T10:00:00.000Z';
  const source = Number(
    db
      .prepare(`INSERT INTO sources (path, sha256, format, channel, bytes, imported_at) VALUES (?, ?, 'mbox', 'email', 1, ?)`)
      .run('logs/support.mbox', 'f'.repeat(64), now).lastInsertRowid,
  );
  const topicIds = {} as Record<string, number>;
  let n = 0;
  for (const topic of TOPICS) {
    const topicId = Number(
      db
        .prepare(
          `INSERT INTO topics (label, keywords, status, lang, size, score, score_parts, created_at, updated_at)
           VALUES (?, ?, 'new', 'pl', ?, ?, ?, ?, ?)`,
        )
        .run(topic.label, JSON.stringify(topic.keywords), topic.questions.length, topic.score,
          JSON.stringify({ total: topic.score }), now, now).lastInsertRowid,
    );
    topicIds[topic.key] = topicId;
    for (const text of topic.questions) {
      n++;
      const conversation = Number(
        db.prepare(`INSERT INTO conversations (channel, native_id, source_id, started_at) VALUES ('email', ?, ?, ?)`)
          .run(`thread-${n}@sklep.example`, source, now).lastInsertRowid,
      );
      const message = Number(
        db.prepare(`INSERT INTO messages (key, conversation_id, source_id, ref, role, sent_at) VALUES (?, ?, ?, ?, 'customer', ?)`)
          .run(`msg-${n}`, conversation, source, `msg-${n}@klient.example`, now).lastInsertRowid,
      );
      db.prepare(
        `INSERT INTO questions (message_id, conversation_id, source_id, file, ref, channel, text, lang, asked_at, customer, topic_id)
         VALUES (?, ?, ?, 'logs/support.mbox', ?, 'email', ?, 'pl', ?, ?, ?)`,
      ).run(message, conversation, source, `msg-${n}@klient.example`, text, `2024-04-${10 + n}T09:00:00.000Z`, `c${n}`, topicId);
    }
  }
  return {
    db,
    dir,
    outDir: join(dir, 'public'),
    topicIds: topicIds as SeededStore['topicIds'],
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
