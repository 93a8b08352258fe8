import { expect } from 'chai';
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { rescoreTopics } from '../../src/app/index.js';
import { createEditorApp } from '../../src/curate/app.js';
import { translator, type MessageKey } from '../../src/curate/i18n/index.js';
import type { MessageParams } from '../../src/curate/i18n/index.js';
import { listPublishedAnswers } from '../../src/store/answers.js';
import { createTopic } from '../../src/store/topic-edits.js';
import { assignQuestions } from '../../src/store/topic-plan.js';
import { createUser } from '../../src/store/users.js';
import { seedImport } from '../helpers/seed-import.js';
import { Client } from '../helpers/http-client.js';
import { seedStore, type SeededStore } from './seed.js';
import { listenOnLoopback } from '../helpers/listen.js';

/** A Polish text of the editor as the page shows it (escaped like every template value). */
function pl(key: MessageKey, params?: MessageParams): string {
  return Handlebars.escapeExpression(translator('pl').t(key, params));
}

describe('editor web app over HTTP', function () {
  this.timeout(20000);
  let store: SeededStore;
  let server: Server;
  let base: string;

  beforeEach(async () => {
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    await createUser(store.db, 'stefan', 'staff', 'tajne-haslo-2');
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir })));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  const count = (sql: string, ...params: unknown[]) => (store.db.prepare(sql).get(...params) as { n: number }).n;

  async function editor(): Promise<{ client: Client; csrf: string }> {
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    return { client, csrf: Client.csrfOf((await client.request('/topics')).html) };
  }

  it('sends visitors without a session to the login page, in the browser’s language', async () => {
    const polish = new Client(base);
    const page = await polish.request('/topics/1');
    expect(page.status).to.equal(303);
    expect(page.location).to.equal('/login?next=%2Ftopics%2F1');
    const login = await polish.request('/login');
    expect(login.html).to.contain('<html lang="pl">');
    expect(login.html).to.contain(pl('login.submit'));
    const post = await polish.request('/publish', { _csrf: 'x' });
    expect(post.status).to.equal(401);
    expect(post.html).to.contain(pl('login.error.sessionExpired'));

    const czech = await new Client(base, { 'accept-language': 'cs-CZ,cs;q=0.9,en;q=0.5' }).request('/login');
    expect(czech.html).to.contain('<html lang="cs">');
    expect(czech.html).to.contain(translator('cs').t('login.submit'));
    const other = await new Client(base, { 'accept-language': 'de-DE,de;q=0.9' }).request('/login');
    expect(other.html).to.contain('<html lang="pl">');
  });

  it('rejects a wrong password in Polish and accepts the right one', async () => {
    const client = new Client(base);
    const wrong = await client.logIn('ewa', 'zle-haslo-123');
    expect(wrong.status).to.equal(401);
    expect(wrong.html).to.contain(pl('login.error.wrongCredentials'));
    expect((await client.request('/topics')).status).to.equal(303);
    const right = await client.logIn('ewa', 'tajne-haslo-1');
    expect(right.status).to.equal(303);
    expect(right.location).to.equal('/topics');
  });

  it('keeps the language a user picks, whatever the browser says', async () => {
    const { client, csrf } = await editor();
    const picked = await client.request('/language', { _csrf: csrf, locale: 'en', back: '/topics?status=new' });
    expect(picked.location).to.equal('/topics?status=new');
    const page = await client.request('/topics');
    expect(page.html).to.contain('<html lang="en">');
    expect(page.html).to.contain('<option value="en" lang="en" selected>English</option>');
    expect((await client.request('/language', { _csrf: csrf, locale: 'de' })).status).to.equal(400);
    await client.request('/language', { _csrf: csrf, locale: '' });
    expect((await client.request('/topics')).html).to.contain('<html lang="pl">');
  });

  it('lists topics best first with channels, a trend line and the count of questions in no topic', async () => {
    const { client } = await editor();
    const topics = await client.request('/topics');
    const order = ['Jak zwrócić towar', 'Kiedy dotrze moja paczka', 'Czy dostanę fakturę VAT'].map((label) => topics.html.indexOf(label));
    expect(order.every((position) => position > 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(topics.html).to.contain('paczka, dostawa, kurier');
    expect(topics.html).to.contain(pl('topics.results', { count: 3 }));
    expect(topics.html).to.contain(`${pl('channel.email')} 3`);
    // Twelve weekly points; the returns topic's three questions fall in the last weeks.
    const spark = /<svg class="spark[^"]*"[^>]*aria-label="([^"]+)"[\s\S]*?points="([^"]+)"/.exec(topics.html)!;
    expect(spark[2]!.split(' ')).to.have.length(12);
    const values = /: ([\d, ]+) \(/.exec(spark[1]!)![1]!.split(', ').map(Number);
    expect(values.reduce((a, b) => a + b, 0)).to.equal(3);
    expect(topics.html).to.contain(pl('topics.unclustered.count', { count: 2 }));
  });

  it('finds topics whatever the case, diacritics and inflection, and filters them', async () => {
    const { client } = await editor();
    const labels = async (query: string) => {
      const page = await client.request(`/topics?${query}`);
      expect(page.status).to.equal(200);
      return ['Jak zwrócić towar', 'Kiedy dotrze moja paczka', 'Czy dostanę fakturę VAT'].filter((label) => page.html.includes(label));
    };
    expect(await labels('q=TOWARU')).to.deep.equal(['Jak zwrócić towar']);
    expect(await labels('q=zwrocic')).to.deep.equal(['Jak zwrócić towar']);
    expect(await labels('q=paczki')).to.deep.equal(['Kiedy dotrze moja paczka']);
    expect(await labels('q=faktury+vat')).to.deep.equal(['Czy dostanę fakturę VAT']);
    expect(await labels('q=reklamacja')).to.deep.equal([]);
    expect(await labels('from=2024-04-14')).to.deep.equal(['Kiedy dotrze moja paczka', 'Czy dostanę fakturę VAT']);
    expect(await labels('to=2024-04-13')).to.deep.equal(['Jak zwrócić towar']);
    expect(await labels('channel=email&lang=pl')).to.have.length(3);
    const phone = await client.request('/topics?channel=phone');
    expect(phone.html).to.contain(pl('topics.noMatch'));
    expect((await client.request('/topics?status=maybe')).status).to.equal(400);
    expect((await client.request('/topics?from=yesterday')).status).to.equal(400);
  });

  it('pages the topic list and a topic’s questions', async () => {
    const now = new Date('2024-05-02T10:00:00.000Z');
    for (let i = 1; i <= 30; i++) createTopic(store.db, `Temat zapasowy ${i}`, now);
    const many = seedImport(store.db, Array.from({ length: 60 }, (_, i) => ({ text: `Gdzie jest paczka numer ${i}?`, askedAt: `2024-03-01T${String(i % 24).padStart(2, '0')}:00:00.000Z` })));
    assignQuestions(store.db, new Map(many.map((id) => [id, store.topicIds.delivery])));
    rescoreTopics(store.db, now);
    const { client } = await editor();

    const first = await client.request('/topics');
    expect(first.html).to.contain(pl('topics.results', { count: 33 }));
    expect(first.html.match(/<tr>/g)).to.have.length(1 + 25);
    expect(first.html).to.contain(`href="${Handlebars.escapeExpression('/topics?page=2')}"`);
    const second = await client.request('/topics?page=2');
    expect(second.html.match(/<tr>/g)).to.have.length(1 + 8);

    const topic = `/topics/${store.topicIds.delivery}`;
    const page1 = await client.request(topic);
    expect(page1.html).to.contain(pl('count.questions', { count: 62 }));
    expect(page1.html.match(/type="checkbox" id="q\d+" name="question"/g)).to.have.length(50);
    const page2 = await client.request(`${topic}?page=2`);
    expect(page2.html.match(/type="checkbox" id="q\d+" name="question"/g)).to.have.length(12);
    expect(page2.html).to.contain(pl('paging.page', { page: 2, pages: 2 }));
  });

  it('moves a question that fits no topic into a topic, and starts a new topic from another', async () => {
    const { client, csrf } = await editor();
    const { whoPays, cashOnDelivery } = store.unclustered;
    const list = await client.request('/topics/unclustered');
    expect(list.html).to.contain('Kto płaci za odesłanie zwrotu?');
    expect(list.html).to.contain(pl('channel.phone'));
    expect(list.html).to.contain(`<option value="#${store.topicIds.returns} Jak zwrócić towar kupiony przez internet?">`);

    const moved = await client.request('/topics/unclustered', { _csrf: csrf, action: 'move', question: String(whoPays), topic: `#${store.topicIds.returns} Jak zwrócić towar kupiony przez internet?` });
    expect(moved.location).to.equal('/topics/unclustered');
    expect(store.db.prepare('SELECT topic_id AS t, pinned AS p FROM questions WHERE id = ?').get(whoPays)).to.deep.equal({ t: store.topicIds.returns, p: 1 });

    const created = await client.request('/topics/unclustered', { _csrf: csrf, action: 'new', question: String(cashOnDelivery), label: 'Płatność przy odbiorze' });
    const newId = Number(/^\/topics\/(\d+)$/.exec(created.location ?? '')![1]);
    const page = await client.follow(created);
    expect(page.html).to.contain('<h1>Płatność przy odbiorze</h1>');
    expect(page.html).to.contain('Czy mogę zapłacić przy odbiorze?');
    expect(store.db.prepare('SELECT renamed, size FROM topics WHERE id = ?').get(newId)).to.deep.equal({ renamed: 1, size: 1 });
    expect((await client.request('/topics/unclustered')).html).to.contain(pl('topics.unclustered.empty'));
  });

  it('renames, moves by a typed name, splits, and refuses an unclear target', async () => {
    const { client, csrf } = await editor();
    const { returns, delivery, invoice } = store.topicIds;
    await client.request(`/topics/${invoice}/rename`, { _csrf: csrf, label: '  Faktura   na firmę ' });
    expect(store.db.prepare('SELECT label, renamed FROM topics WHERE id = ?').get(invoice)).to.deep.equal({ label: 'Faktura na firmę', renamed: 1 });
    expect((await client.request(`/topics/${invoice}/rename`, { _csrf: csrf, label: ' ' })).status).to.equal(400);

    const [first, second] = (store.db.prepare('SELECT id FROM questions WHERE topic_id = ? ORDER BY id').all(delivery) as { id: number }[]).map((row) => row.id);
    // Words of a topic's name pick it when only one topic has them.
    const moved = await client.request(`/topics/${delivery}/move`, { _csrf: csrf, action: 'move', question: String(first), topic: 'faktura firma' });
    expect(moved.status).to.equal(303);
    expect(count('SELECT topic_id AS n FROM questions WHERE id = ?', first)).to.equal(invoice);
    const unclear = await client.request(`/topics/${delivery}/move`, { _csrf: csrf, action: 'move', question: String(second), topic: 'zupełnie nic' });
    expect(unclear.status).to.equal(400);
    expect(unclear.html).to.contain(pl('topics.chooseTopic.noMatch'));

    const split = await client.request(`/topics/${returns}/move`, { _csrf: csrf, action: 'split', question: String(second), label: 'Kurier się spóźnia' });
    const newId = Number(/(\d+)$/.exec(split.location!)![1]);
    expect(store.db.prepare('SELECT label FROM topics WHERE id = ?').get(newId)).to.deep.equal({ label: 'Kurier się spóźnia' });
    expect(count('SELECT topic_id AS n FROM questions WHERE id = ?', second)).to.equal(newId);
  });

  it('merges only after a confirmation, and undoes the merge', async () => {
    const { client, csrf } = await editor();
    const { returns, invoice } = store.topicIds;
    const ask = await client.request(`/topics/${invoice}/merge`, { _csrf: csrf, into: `#${returns}` });
    expect(ask.status).to.equal(200);
    expect(ask.html).to.contain(pl('topic.merge.confirm', { source: 'Czy dostanę fakturę VAT?', target: 'Jak zwrócić towar kupiony przez internet?' }));
    expect(store.db.prepare('SELECT merged_into AS m FROM topics WHERE id = ?').get(invoice)).to.deep.equal({ m: null });

    const merged = await client.request(`/topics/${invoice}/merge`, { _csrf: csrf, into: String(returns), confirm: 'yes' });
    expect(merged.location).to.equal(`/topics/${returns}`);
    expect(count('SELECT COUNT(*) AS n FROM questions WHERE topic_id = ?', returns)).to.equal(4);
    const target = await client.follow(merged);
    expect(target.html).to.contain(pl('topic.merge.done', { source: 'Czy dostanę fakturę VAT?', target: 'Jak zwrócić towar kupiony przez internet?' }));
    expect(target.html).to.contain(`name="from" value="${invoice}"`);
    expect((await client.request('/topics')).html).to.not.contain('Czy dostanę fakturę VAT');
    // The merged topic's page leads to where its questions went.
    expect((await client.request(`/topics/${invoice}`)).location).to.equal(`/topics/${returns}`);

    const undone = await client.request(`/topics/${returns}/unmerge`, { _csrf: csrf, from: String(invoice) });
    expect(undone.location).to.equal(`/topics/${invoice}`);
    expect(store.db.prepare('SELECT merged_into AS m, size FROM topics WHERE id = ?').get(invoice)).to.deep.equal({ m: null, size: 1 });
    expect(count('SELECT COUNT(*) AS n FROM questions WHERE topic_id = ?', returns)).to.equal(3);
    expect((await client.request(`/topics/${returns}/unmerge`, { _csrf: csrf, from: String(invoice) })).status).to.equal(409);
    const self = await client.request(`/topics/${returns}/merge`, { _csrf: csrf, into: String(returns) });
    expect(self.status).to.equal(400);
  });

  it('keeps the published answer live while a draft is written, and restores an old version', async () => {
    const { client, csrf } = await editor();
    const topicPath = `/topics/${store.topicIds.returns}`;
    const answer = (action: string, body: string, extra: Record<string, string> = {}) =>
      client.request(`${topicPath}/answer`, { _csrf: csrf, action, question: 'Jak zwrócić towar?', body, ...extra });

    expect((await answer('draft', 'Masz **14 dni**.')).status).to.equal(303);
    expect(listPublishedAnswers(store.db)).to.deep.equal([]);
    const published = await answer('publish', 'Masz **30 dni** na zwrot.\n\n<script>alert(1)</script>', { category: 'Zwroty', lang: 'pl' });
    const afterPublish = await client.follow(published);
    expect(afterPublish.html).to.contain(pl('answer.published'));
    expect(afterPublish.html).to.contain('<strong>30 dni</strong> na zwrot.');
    expect(afterPublish.html).to.not.contain('<script>alert(1)');
    expect(readFileSync(join(store.outDir, 'index.html'), 'utf8')).to.contain('<strong>30 dni</strong>');

    const draft = await answer('draft', 'Masz **60 dni** na zwrot.');
    const afterDraft = await client.follow(draft);
    expect(afterDraft.html).to.contain(pl('answer.draftSaved'));
    expect(afterDraft.html).to.contain('60 dni');
    expect(store.db.prepare('SELECT status FROM topics WHERE id = ?').get(store.topicIds.returns)).to.deep.equal({ status: 'published' });
    const live = listPublishedAnswers(store.db);
    expect(live.map((entry) => [entry.bodyMd, entry.category, entry.lang])).to.deep.equal([['Masz **30 dni** na zwrot.\n\n<script>alert(1)</script>', 'Zwroty', 'pl']]);
    await client.request('/publish', { _csrf: csrf });
    const site = readFileSync(join(store.outDir, 'index.html'), 'utf8');
    expect(site).to.contain('<strong>30 dni</strong>');
    expect(site).to.not.contain('60 dni');
    expect(site).to.not.contain('alert(1)');

    // History: three versions, the diff of the newest against the one before, restore the first.
    expect(afterDraft.html).to.contain('<span class="diff-added">+ Masz **60 dni** na zwrot.</span>');
    expect(afterDraft.html).to.contain('<span class="diff-removed">- Masz **30 dni** na zwrot.</span>');
    const first = store.db.prepare('SELECT MIN(id) AS n FROM answer_versions').get() as { n: number };
    const restored = await client.request(`${topicPath}/restore`, { _csrf: csrf, version: String(first.n) });
    expect((await client.follow(restored)).html).to.contain(pl('answer.restored', { number: 1 }));
    expect(store.db.prepare('SELECT body_md AS body FROM answers').get()).to.deep.equal({ body: 'Masz **14 dni**.' });
    expect(count('SELECT COUNT(*) AS n FROM answer_versions')).to.equal(4);
    expect(listPublishedAnswers(store.db)[0]!.bodyMd).to.contain('30 dni');
  });

  it('previews Markdown without saving and keeps the text of a refused answer', async () => {
    const { client, csrf } = await editor();
    const topicPath = `/topics/${store.topicIds.returns}`;
    const preview = await client.request(`${topicPath}/preview`, { _csrf: csrf, body: '- raz\n- dwa <img src=x onerror=alert(1)>' });
    expect(preview.html).to.contain('<li>raz</li>');
    expect(preview.html).to.not.contain('onerror');
    const button = await client.request(`${topicPath}/answer`, { _csrf: csrf, action: 'preview', question: 'Pytanie?', body: '**gruby**' });
    expect(button.html).to.contain('<strong>gruby</strong>');
    expect(button.html).to.contain(pl('answer.preview.unsaved'));
    const empty = await client.request(`${topicPath}/answer`, { _csrf: csrf, action: 'draft', question: 'Moje pytanie?', body: '  ' });
    expect(empty.status).to.equal(400);
    expect(empty.html).to.contain(pl('reason.answer.body.empty'));
    expect(empty.html).to.contain('value="Moje pytanie?"');
    expect(count('SELECT COUNT(*) AS n FROM answer_versions')).to.equal(0);
    const badLang = await client.request(`${topicPath}/answer`, { _csrf: csrf, action: 'draft', question: 'P?', body: 'Tak.', lang: 'de' });
    expect(badLang.status).to.equal(400);
  });

  it('orders categories and entries of the FAQ', async () => {
    const { client, csrf } = await editor();
    const { returns, delivery, invoice } = store.topicIds;
    const publish = (topic: number, question: string, category: string) =>
      client.request(`/topics/${topic}/answer`, { _csrf: csrf, action: 'publish', question, body: 'Odpowiedź.', category });
    await publish(returns, 'Zwrot?', 'Zwroty');
    await publish(delivery, 'Dostawa?', 'Dostawa');
    await publish(invoice, 'Faktura?', 'Dostawa');
    await client.request('/faq-order', { _csrf: csrf, action: 'add', name: 'Płatności' });
    const questions = () => listPublishedAnswers(store.db).map((entry) => `${entry.category}: ${entry.question}`);
    expect(questions()).to.deep.equal(['Dostawa: Dostawa?', 'Dostawa: Faktura?', 'Zwroty: Zwrot?']);

    await client.request('/faq-order', { _csrf: csrf, category: 'Zwroty', direction: 'up' });
    await client.request('/faq-order', { _csrf: csrf, topic: String(invoice), direction: 'up' });
    expect(questions()).to.deep.equal(['Zwroty: Zwrot?', 'Dostawa: Faktura?', 'Dostawa: Dostawa?']);
    const page = await client.request('/faq-order');
    expect(page.html.indexOf('Zwroty')).to.be.lessThan(page.html.indexOf('Dostawa'));
    expect(page.html).to.contain('Płatności');
    expect((await client.request('/faq-order', { _csrf: csrf, category: 'Zwroty', direction: 'sideways' })).status).to.equal(400);
  });

  it('refuses forms without the CSRF token, and lets staff look but change nothing', async () => {
    const { client } = await editor();
    const noToken = await client.request(`/topics/${store.topicIds.returns}/status`, { status: 'ignored' });
    expect(noToken.status).to.equal(403);
    expect(noToken.html).to.contain(pl('error.csrf'));
    expect((await client.request(`/topics/${store.topicIds.returns}/status`, { status: 'ignored', _csrf: 'forged' })).status).to.equal(403);

    const staff = new Client(base);
    await staff.logIn('stefan', 'tajne-haslo-2');
    const { returns, invoice } = store.topicIds;
    for (const path of ['/topics', `/topics/${returns}`, '/topics/unclustered', '/faq-order', '/builds']) {
      expect((await staff.request(path)).status, path).to.equal(200);
    }
    const page = await staff.request(`/topics/${returns}`);
    expect(page.html).to.not.contain(pl('answer.publish'));
    const csrf = Client.csrfOf(page.html);
    const forms: [string, Record<string, string>][] = [
      [`/topics/${returns}/status`, { status: 'ignored' }],
      [`/topics/${returns}/rename`, { label: 'Nowa nazwa' }],
      [`/topics/${returns}/answer`, { action: 'publish', question: 'P?', body: 'O.' }],
      [`/topics/${returns}/preview`, { body: 'O.' }],
      [`/topics/${returns}/restore`, { version: '1' }],
      [`/topics/${returns}/move`, { action: 'move', question: String(store.unclustered.whoPays), topic: String(invoice) }],
      [`/topics/${returns}/merge`, { into: String(invoice), confirm: 'yes' }],
      [`/topics/${returns}/unmerge`, { from: String(invoice) }],
      ['/topics/unclustered', { action: 'new', question: String(store.unclustered.whoPays) }],
      ['/faq-order', { action: 'add', name: 'X' }],
      ['/publish', {}],
    ];
    for (const [path, form] of forms) {
      const attempt = await staff.request(path, { ...form, _csrf: csrf });
      expect(attempt.status, path).to.equal(403);
      expect(attempt.html).to.contain(pl('reason.action.forbidden', { role: pl('role.staff'), needed: pl('role.editor') }));
    }
    expect(store.db.prepare('SELECT label, status FROM topics WHERE id = ?').get(returns)).to.deep.equal({ label: 'Jak zwrócić towar kupiony przez internet?', status: 'new' });
    // Any user may choose their own language.
    expect((await staff.request('/language', { _csrf: csrf, locale: 'cs' })).status).to.equal(303);
  });

  it('refuses an answer to a topic merged in another tab, storing nothing', async () => {
    const { client, csrf } = await editor();
    const { returns, delivery } = store.topicIds;
    await client.request(`/topics/${delivery}/merge`, { _csrf: csrf, into: String(returns), confirm: 'yes' });
    const late = await client.request(`/topics/${delivery}/answer`, { _csrf: csrf, action: 'publish', question: 'Kiedy paczka?', body: 'Do 2 dni.' });
    expect(late.status).to.equal(409);
    expect(count('SELECT COUNT(*) AS n FROM answers')).to.equal(0);
  });

  it('answers unknown pages and topics in Polish', async () => {
    const { client } = await editor();
    const missing = await client.request('/topics/999');
    expect(missing.status).to.equal(404);
    expect(missing.html).to.contain(pl('reason.topic.notFound'));
    const nowhere = await client.request('/nowhere');
    expect(nowhere.status).to.equal(404);
    expect(nowhere.html).to.contain(pl('error.notFound'));
  });
});
