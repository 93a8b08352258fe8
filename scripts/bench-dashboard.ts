import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rescoreTopics } from '../src/app/index.js';
import { createEditorApp } from '../src/curate/app.js';
import type { Channel } from '../src/model.js';
import { openDatabase, type Db } from '../src/store/database.js';
import { createSession } from '../src/store/sessions.js';
import { createTopic, setTopicStatus } from '../src/store/topic-edits.js';
import { assignQuestions } from '../src/store/topic-plan.js';
import { createUser } from '../src/store/users.js';
import { seedImport, type SeedQuestion } from '../test/helpers/seed-import.js';
import { printTable } from './table.js';

/**
 * The dashboard page (GET /dashboard over HTTP, logged in) with 10k and 100k questions spread
 * over a year, six channels, 2,000 topics (a fifth published) and returning customers.
 * Target: p95 < 300 ms at 100k. The machine is shared: the load average is printed beside.
 */
const CHANNELS: readonly Channel[] = ['email', 'phone', 'chat', 'gg', 'messenger', 'skype'];
const TOPICS = 2000;
const RUNS = 20;
const YEAR_MS = 365 * 86_400_000;

function fillStore(db: Db, questions: number): void {
  const start = Date.UTC(2024, 0, 1);
  const ids = CHANNELS.flatMap((channel, index) => {
    const seeded: SeedQuestion[] = [];
    for (let i = index; i < questions; i += CHANNELS.length) {
      // A fixed spread (no randomness), so runs compare: times walk through the year and the day.
      const askedAt = new Date(start + ((i * 7919) % 1000) * (YEAR_MS / 1000) + (i % 24) * 3_600_000).toISOString();
      seeded.push({ text: `Pytanie ${i % 500}?`, askedAt, customer: `klient${i % 30_000}`, conversation: `c${i}` });
    }
    return seedImport(db, seeded, { file: `${channel}.log`, channel });
  });
  db.transaction(() => {
    const now = new Date(start + YEAR_MS);
    const topics = Array.from({ length: TOPICS }, (_, i) => createTopic(db, `Temat ${i}`, now));
    topics.forEach((id, i) => i % 5 === 0 && setTopicStatus(db, id, 'published', now));
    assignQuestions(db, new Map(ids.map((id, i) => [id, topics[i % TOPICS]!])));
    rescoreTopics(db, now);
  })();
  db.exec('ANALYZE');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(questions: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-dashboard-'));
  const db = openDatabase(join(dir, 'faqtory.sqlite'));
  let server: Server | undefined;
  try {
    fillStore(db, questions);
    const user = await createUser(db, 'bench', 'staff', 'bench-password');
    const cookie = `faqtory_session=${createSession(db, user.id)}`;
    server = createEditorApp(db, { outDir: join(dir, 'public') }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dashboard`;
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`GET /dashboard answered ${response.status}`);
      await response.text();
      // The first request warms the statement cache and is not counted.
      if (run > 0) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return [questions.toLocaleString('en'), percentile(times, 50).toFixed(0), percentile(times, 95).toFixed(0), loadavg()[0]!.toFixed(1)];
  } finally {
    if (server) await new Promise((resolve) => server!.close(resolve));
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(): Promise<void> {
  const rows: string[][] = [];
  for (const size of [10_000, 100_000]) rows.push(await measure(size));
  printTable('Dashboard page (GET /dashboard, target p95 < 300 ms at 100k)', ['questions', 'p50 ms', 'p95 ms', 'load avg'], rows);
}
