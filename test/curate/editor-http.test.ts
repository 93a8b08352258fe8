import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createEditorApp } from '../../src/curate/app.js';
import { createUser } from '../../src/store/users.js';
import { Client } from '../helpers/http-client.js';
import { seedStore, type SeededStore } from './seed.js';

describe('editor web app over HTTP', function () {
  this.timeout(20000);
  let store: SeededStore;
  let server: Server;
  let base: string;

  beforeEach(async () => {
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    await createUser(store.db, 'stefan', 'staff', 'tajne-haslo-2');
    server = createEditorApp(store.db, { outDir: store.outDir }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  it('sends visitors without a session to the login page', async () => {
    const client = new Client(base);
    const page = await client.request('/topics/1');
    expect(page.status).to.equal(303);
    expect(page.location).to.equal('/login?next=%2Ftopics%2F1');
    const post = await client.request('/publish', { _csrf: 'x' });
    expect(post.status).to.equal(401);
    expect(post.html).to.contain('not logged in');
  });

  it('rejects a wrong password and accepts the right one', async () => {
    const client = new Client(base);
    const wrong = await client.logIn('ewa', 'zle-haslo-123');
    expect(wrong.status).to.equal(401);
    expect(wrong.html).to.contain('Wrong name or password');
    expect((await client.request('/topics')).status).to.equal(303);
    const right = await client.logIn('ewa', 'tajne-haslo-1');
    expect(right.status).to.equal(303);
    expect(right.location).to.equal('/topics');
    const topics = await client.request('/topics');
    expect(topics.status).to.equal(200);
    // Ranked best first, with keywords and status.
    const order = ['Jak zwrócić towar', 'Kiedy dotrze moja paczka', 'Czy dostanę fakturę VAT'].map((label) => topics.html.indexOf(label));
    expect(order.every((position) => position > 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(topics.html).to.contain('paczka, dostawa, kurier');
  });

  it('saves answers as versions and publishes them to the site', async () => {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const topicPath = `/topics/${store.topicIds.returns}`;
    const page = await client.request(topicPath);
    expect(page.html).to.contain('Jak mogę zwrócić buty, które są za małe?');
    expect(page.html).to.contain('value="Jak zwrócić towar kupiony przez internet?"');
    const csrf = Client.csrfOf(page.html);

    const draft = await client.request(`${topicPath}/answer`, {
      _csrf: csrf, action: 'draft', question: 'Jak zwrócić towar?', body: 'Masz **14 dni**.',
    });
    expect(draft.status).to.equal(303);
    const saved = await client.request(`${topicPath}/answer`, {
      _csrf: csrf, action: 'publish', question: 'Jak zwrócić towar?', body: 'Masz **14 dni** na zwrot. <script>alert(1)</script>',
    });
    expect(saved.status).to.equal(303);
    const versions = store.db.prepare('SELECT question, body_md AS body FROM answer_versions ORDER BY id').all() as { body: string }[];
    expect(versions.map((v) => v.body)).to.deep.equal(['Masz **14 dni**.', 'Masz **14 dni** na zwrot. <script>alert(1)</script>']);

    const after = await client.request(topicPath);
    expect(after.html).to.contain('The answer was saved and published');
    expect(after.html).to.contain('<strong>14 dni</strong> na zwrot.');
    expect(after.html).to.not.contain('<script>alert(1)');

    const site = readFileSync(join(store.outDir, 'index.html'), 'utf8');
    expect(site).to.match(/<article class="faq-entry" id="t\d+">\s*<h3><a href="pl\/\d+-jak-zwrocic-towar\/">/);
    expect(site).to.contain('<strong>14 dni</strong> na zwrot.');
    expect(site).to.not.contain('alert(1)');
    const faq = await new Client(base).request('/faq/');
    expect(faq.status).to.equal(200);
    expect(faq.html).to.contain('<strong>14 dni</strong> na zwrot.');
  });

  it('refuses forms without the CSRF token and lets staff only look', async () => {
    const editor = new Client(base);
    await editor.logIn('ewa', 'tajne-haslo-1');
    const noToken = await editor.request(`/topics/${store.topicIds.returns}/status`, { status: 'ignored' });
    expect(noToken.status).to.equal(403);
    expect(noToken.html).to.contain('did not come from the faqtory editor');
    const forged = await editor.request(`/topics/${store.topicIds.returns}/status`, { status: 'ignored', _csrf: 'forged' });
    expect(forged.status).to.equal(403);
    const status = store.db.prepare('SELECT status FROM topics WHERE id = ?').get(store.topicIds.returns) as { status: string };
    expect(status.status).to.equal('new');

    const staff = new Client(base);
    await staff.logIn('stefan', 'tajne-haslo-2');
    const page = await staff.request(`/topics/${store.topicIds.returns}`);
    expect(page.status).to.equal(200);
    expect(page.html).to.not.contain('Save and publish');
    const attempt = await staff.request(`/topics/${store.topicIds.returns}/status`, { status: 'ignored', _csrf: Client.csrfOf(page.html) });
    expect(attempt.status).to.equal(403);
    expect(attempt.html).to.contain('editor role');
  });

  it('moves questions, merges and ignores topics', async () => {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const { returns, delivery, invoice } = store.topicIds;
    const csrf = Client.csrfOf((await client.request(`/topics/${delivery}`)).html);
    const questionId = (store.db.prepare('SELECT id FROM questions WHERE topic_id = ? ORDER BY id LIMIT 1').get(delivery) as { id: number }).id;

    const moved = await client.request(`/topics/${delivery}/move`, { _csrf: csrf, question: String(questionId), topic: String(invoice) });
    expect(moved.status).to.equal(303);
    expect(store.db.prepare('SELECT topic_id AS t, pinned AS p FROM questions WHERE id = ?').get(questionId)).to.deep.equal({ t: invoice, p: 1 });

    const merged = await client.request(`/topics/${invoice}/merge`, { _csrf: csrf, into: String(returns) });
    expect(merged.location).to.equal(`/topics/${returns}`);
    expect(store.db.prepare('SELECT merged_into AS m FROM topics WHERE id = ?').get(invoice)).to.deep.equal({ m: returns });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM questions WHERE topic_id = ?').get(returns)).to.deep.equal({ n: 5 });
    const list = await client.request('/topics');
    expect(list.html).to.not.contain('Czy dostanę fakturę VAT');
    expect(list.html).to.contain('merged into this topic');

    await client.request(`/topics/${delivery}/status`, { _csrf: csrf, status: 'ignored' });
    const ignored = await client.request('/topics?status=ignored');
    expect(ignored.html).to.contain('Kiedy dotrze moja paczka');
    expect(ignored.html).to.not.contain('Jak zwrócić towar');
  });

  it('refuses an answer to a topic merged in another tab, storing nothing', async () => {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const { returns, delivery } = store.topicIds;
    // Two tabs: the answer form for "delivery" is open while another tab merges it away.
    const csrf = Client.csrfOf((await client.request(`/topics/${delivery}`)).html);
    await client.request(`/topics/${delivery}/merge`, { _csrf: csrf, into: String(returns) });
    const late = await client.request(`/topics/${delivery}/answer`, { _csrf: csrf, action: 'publish', question: 'Kiedy paczka?', body: 'Do 2 dni.' });
    expect(late.status).to.equal(409);
    expect(late.html).to.contain(`merged into topic ${returns}`);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM answers').get()).to.deep.equal({ n: 0 });
    expect(store.db.prepare('SELECT status FROM topics WHERE id = ?').get(delivery)).to.deep.equal({ status: 'new' });
  });

  it('answers bad input and unknown pages in plain language', async () => {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const missing = await client.request('/topics/999');
    expect(missing.status).to.equal(404);
    expect(missing.html).to.contain('There is no topic with id 999');
    expect((await client.request('/nowhere')).status).to.equal(404);
    expect((await client.request('/topics?status=maybe')).status).to.equal(400);
    const csrf = Client.csrfOf((await client.request('/topics')).html);
    const empty = await client.request(`/topics/${store.topicIds.returns}/answer`, { _csrf: csrf, action: 'draft', question: 'Pytanie?', body: '  ' });
    expect(empty.status).to.equal(400);
    expect(empty.html).to.contain('The answer is empty');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM answer_versions').get()).to.deep.equal({ n: 0 });
    const self = await client.request(`/topics/${store.topicIds.returns}/merge`, { _csrf: csrf, into: String(store.topicIds.returns) });
    expect(self.status).to.equal(400);
    expect(self.html).to.contain('cannot be merged into itself');
  });
});
