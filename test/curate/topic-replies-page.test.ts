import { expect } from 'chai';
import Handlebars from 'handlebars';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLogs, rescoreTopics } from '../../src/app/index.js';
import { createEditorApp } from '../../src/curate/app.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { createTopic } from '../../src/store/topic-edits.js';
import { getTopicSummary } from '../../src/store/topic-list.js';
import { assignQuestions } from '../../src/store/topic-plan.js';
import { createUser } from '../../src/store/users.js';
import { Client } from '../helpers/http-client.js';
import { listenOnLoopback } from '../helpers/listen.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/replies/consistency/', import.meta.url));

describe('topic page shows what the shop replied (real e-mail and chat exports)', function () {
  this.timeout(30000);
  let dir: string;
  let db: Db;
  let server: Server;
  let base: string;
  let topicId: number;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-topic-replies-'));
    db = openDatabase(join(dir, 'faqtory.sqlite'));
    await importLogs(db, { paths: [join(FIXTURES, 'zwroty.mbox'), join(FIXTURES, 'zwroty-czat.json')], shop: ['sklep@sklep-rowerowy.example'] });
    // Every imported question in one topic, scored (and its replies summed up) by the real rescoring.
    const now = new Date('2024-06-10T00:00:00.000Z');
    topicId = createTopic(db, 'Zwroty', now);
    const ids = db.prepare('SELECT id FROM questions').all() as { id: number }[];
    assignQuestions(db, new Map(ids.map(({ id }) => [id, topicId])));
    rescoreTopics(db, now);
    await createUser(db, 'ewa', 'editor', 'tajne-haslo-1');
    ({ server, base } = await listenOnLoopback(createEditorApp(db, { outDir: join(dir, 'public') })));
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the suggested answer and the variants, warns of contradicting facts, and starts the answer from one', async () => {
    const topic = getTopicSummary(db, topicId);
    expect(topic.suggestedAnswer, 'the fixtures hold shop replies').to.not.equal(null);
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const page = await client.request(`/topics/${topicId}`);
    const shown = (text: string) => Handlebars.escapeExpression(text);
    expect(page.html).to.contain(`<blockquote class="reply">${shown(topic.suggestedAnswer!.text)}</blockquote>`);
    for (const variant of topic.answerVariants) expect(page.html).to.contain(shown(variant.text));
    expect(page.html.includes('class="flash flash-error" role="note"')).to.equal(!topic.consistent);
    // Each question with the reply it got and how long the customer waited.
    expect(page.html).to.match(/<summary>Odpowiedź sklepu · Sklep odpowiedział po [^<]+<\/summary>/);
    // Without JavaScript, "start from this answer" reloads the page with the reply in the editor.
    expect(page.html).to.contain(`href="/topics/${topicId}?start=suggested#answer-heading"`);
    const started = await client.request(`/topics/${topicId}?start=suggested`);
    expect(started.html).to.contain(`>${shown(topic.suggestedAnswer!.text)}</textarea>`);
  });
});
