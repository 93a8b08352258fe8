import { expect } from 'chai';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listAnswerVersions, listPublishedAnswers, getAnswerForTopic } from '../../src/store/answers.js';
import { openDatabase } from '../../src/store/database.js';
import { migrations } from '../../src/store/migrations/index.js';

describe('answer versions across the workbench migration', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an answer that was published before the upgrade live, and a draft a draft', () => {
    const file = join(dir, 'faqtory.sqlite');
    // A database as the previous release left it: every migration before 5.
    const old = new Database(file);
    const before = migrations.filter((m) => m.version < 5);
    for (const migration of before) old.exec(migration.sql);
    old.pragma(`user_version = ${before.at(-1)!.version}`);
    const at = '2024-05-01T10:00:00.000Z';
    const insertTopic = old.prepare("INSERT INTO topics (id, label, status, lang, created_at, updated_at) VALUES (?, ?, ?, 'pl', ?, ?)");
    insertTopic.run(1, 'Zwroty', 'published', at, at);
    insertTopic.run(2, 'Dostawa', 'draft', at, at);
    const insertAnswer = old.prepare('INSERT INTO answers (id, topic_id, question, body_md, updated_at) VALUES (?, ?, ?, ?, ?)');
    const insertVersion = old.prepare('INSERT INTO answer_versions (answer_id, question, body_md, created_at) VALUES (?, ?, ?, ?)');
    insertAnswer.run(1, 1, 'Jak zwrócić?', 'Wersja 2.', at);
    insertVersion.run(1, 'Jak zwrócić?', 'Wersja 1.', at);
    insertVersion.run(1, 'Jak zwrócić?', 'Wersja 2.', at);
    insertAnswer.run(2, 2, 'Kiedy paczka?', 'Szkic.', at);
    insertVersion.run(2, 'Kiedy paczka?', 'Szkic.', at);
    old.close();

    const db = openDatabase(file);
    try {
      expect(listPublishedAnswers(db).map((entry) => [entry.topicId, entry.bodyMd, entry.lang, entry.category])).to.deep.equal([[1, 'Wersja 2.', 'pl', '']]);
      expect(listAnswerVersions(db, 1).map((version) => [version.number, version.bodyMd, version.live])).to.deep.equal([
        [2, 'Wersja 2.', true],
        [1, 'Wersja 1.', false],
      ]);
      expect(getAnswerForTopic(db, 2)!.publishedVersionId).to.equal(null);
    } finally {
      db.close();
    }
  });
});
