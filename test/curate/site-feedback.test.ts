import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { helpfulCounts, OPERATOR, runPipeline, saveAnswer } from '../../src/app/index.js';
import { createEditorApp, FEEDBACK_PATH, VOTES_PER_HOUR } from '../../src/curate/index.js';
import { createUser } from '../../src/store/users.js';
import { seedStore, type SeededStore } from './seed.js';
import { listenOnLoopback } from '../helpers/listen.js';

describe('the served FAQ site: "Was this helpful?" and the runs page', function () {
  this.timeout(20_000);
  let store: SeededStore;
  let server: Server;
  let base: string;

  /** A reader's vote as the entry page's form sends it. */
  const vote = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(base + FEEDBACK_PATH, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form),
    });

  beforeEach(async () => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'W 14 dni.', publish: true, actor: OPERATOR });
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir })));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  it('shows the buttons on a site built by the server, counts votes per entry and sends the reader back', async () => {
    await runPipeline(store.db, { outDir: store.outDir, trigger: 'schedule', feedbackUrl: FEEDBACK_PATH });
    const entryDir = `pl/${store.topicIds.returns}-jak-zwrocic-towar`;
    const page = await (await fetch(`${base}/faq/${entryDir}/`)).text();
    expect(page).to.contain(`action="${FEEDBACK_PATH}"`).and.contain(`name="topic" value="${store.topicIds.returns}"`);

    const topic = String(store.topicIds.returns);
    const yes = await vote({ topic, lang: 'pl', helpful: 'yes' }, { referer: `${base}/faq/${entryDir}/`, origin: base });
    expect(yes.status).to.equal(303);
    expect(yes.headers.get('location')).to.equal(`/faq/${entryDir}/`);
    await vote({ topic, lang: 'pl', helpful: 'no' });
    await vote({ topic, lang: 'pl', helpful: 'yes' }, { referer: 'https://elsewhere.example/faq/x' });
    expect(helpfulCounts(store.db)).to.deep.equal([{ topicId: store.topicIds.returns, lang: 'pl', helpful: 2, notHelpful: 1 }]);
    const stored = JSON.stringify(store.db.prepare('SELECT * FROM helpful_votes').all());
    expect(stored).to.not.contain('127.0.0.1', 'nothing about the reader is stored');
  });

  it('refuses votes for entries not on the site, from other sites, and floods from one address', async () => {
    const draft = await vote({ topic: String(store.topicIds.delivery), lang: 'pl', helpful: 'yes' });
    expect(draft.status).to.equal(404, 'a topic that is not published has no entry to vote on');
    expect((await vote({ topic: String(store.topicIds.returns), lang: 'xx', helpful: 'yes' })).status).to.equal(400);
    const foreign = await vote({ topic: String(store.topicIds.returns), lang: 'pl', helpful: 'yes' }, { origin: 'https://evil.example' });
    expect(foreign.status).to.equal(403);
    const statuses: number[] = [];
    for (let n = 0; n < VOTES_PER_HOUR + 2; n++) statuses.push((await vote({ topic: String(store.topicIds.returns), lang: 'pl', helpful: 'yes' })).status);
    // The refused votes above count against the address too.
    expect(statuses.filter((status) => status === 303).length).to.be.below(VOTES_PER_HOUR);
    expect(statuses.at(-1)).to.equal(429);
    expect(helpfulCounts(store.db)[0]!.helpful).to.equal(statuses.filter((status) => status === 303).length);
  });

  it('lists the scheduled runs for a logged-in user', async () => {
    await runPipeline(store.db, { outDir: store.outDir, trigger: 'cron' });
    await createUser(store.db, 'stefan', 'staff', 'tajne-haslo-2');
    const login = await fetch(`${base}/login`);
    const cookie = login.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
    const loggedIn = await fetch(`${base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, name: 'stefan', password: 'tajne-haslo-2', next: '/runs' }),
    });
    const session = loggedIn.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
    const runs = await fetch(`${base}/runs`, { headers: { cookie: session } });
    expect(runs.status).to.equal(200);
    const html = await runs.text();
    expect(html).to.contain('Scheduled runs').and.contain('cron').and.contain('build-ok').and.contain('rebuilt');
    expect(readFileSync(join(store.outDir, 'pl', 'index.html'), 'utf8')).to.not.contain(FEEDBACK_PATH, 'a cron build has no vote buttons');
  });
});
