import { expect } from 'chai';
import Handlebars from 'handlebars';
import type { Server } from 'node:http';
import { MAX_BODY_LENGTH } from '../../src/app/index.js';
import { createEditorApp } from '../../src/curate/app.js';
import { reasonKey } from '../../src/curate/error-text.js';
import { translator, type MessageKey, type MessageParams } from '../../src/curate/i18n/index.js';
import { because, englishReason, type Reason } from '../../src/error-reasons.js';
import { createUser } from '../../src/store/users.js';
import { Client } from '../helpers/http-client.js';
import { listenOnLoopback } from '../helpers/listen.js';
import { seedStore, type SeededStore } from './seed.js';

/** A text as the page shows it (escaped like every template value). */
const escaped = (text: string) => Handlebars.escapeExpression(text);
const polish = (key: MessageKey, params?: MessageParams) => escaped(translator('pl').t(key, params));
const czech = (key: MessageKey, params?: MessageParams) => escaped(translator('cs').t(key, params));

describe('refusals shown in the editor’s language', function () {
  this.timeout(20000);
  let store: SeededStore;
  let server: Server;
  let base: string;
  const logged: string[] = [];

  beforeEach(async () => {
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    await createUser(store.db, 'stefan', 'staff', 'tajne-haslo-2');
    await createUser(store.db, 'ala', 'admin', 'tajne-haslo-3');
    logged.length = 0;
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir, log: (line) => logged.push(line) })));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  /** A logged-in browser that asks for Polish pages, with the form token of its session. */
  async function session(name: string, password: string): Promise<{ client: Client; csrf: string }> {
    const client = new Client(base, { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.5' });
    const login = await client.logIn(name, password);
    expect(login.status, `${name} logs in`).to.equal(303);
    return { client, csrf: Client.csrfOf((await client.request('/topics')).html) };
  }

  /** The page says the reason in Polish and not in the use case's English. */
  function expectPolish(html: string, reason: Reason, translatedParams: MessageParams = reason.params): void {
    expect(html).to.contain(polish(reasonKey(reason.code), translatedParams));
    expect(html).not.to.contain(escaped(englishReason(reason)));
  }

  it('refuses an empty topic name in Polish', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    const refused = await client.request(`/topics/${store.topicIds.returns}/rename`, { _csrf: csrf, label: '   ' });
    expect(refused.status).to.equal(400);
    expect(refused.html).to.contain('Nazwa tematu jest pusta.');
    expectPolish(refused.html, because('topic.label.empty'));
  });

  it('refuses an answer over the length limit in Polish, with the limit in a Polish plural, keeping the text', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    const body = 'Zwrot przyjmujemy w ciągu 14 dni. '.repeat(Math.ceil(MAX_BODY_LENGTH / 30));
    const refused = await client.request(`/topics/${store.topicIds.returns}/answer`, { _csrf: csrf, action: 'draft', question: 'Jak zwrócić towar?', body });
    expect(refused.status).to.equal(400);
    expect(refused.html).to.match(/Odpowiedź jest za długa: może mieć najwyżej 50\s000 znaków\./u);
    expectPolish(refused.html, because('answer.body.tooLong', { count: MAX_BODY_LENGTH }));
    expect(refused.html).to.contain('value="Jak zwrócić towar?"');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM answer_versions').get()).to.deep.equal({ n: 0 });
  });

  it('refuses a setting with a bad value in Polish, next to the field', async () => {
    const { client, csrf } = await session('ala', 'tajne-haslo-3');
    const refused = await client.request('/settings', { _csrf: csrf, shopName: 'Sklep', siteUrl: 'sklep bez adresu', schedule: '0 * * * *', timeZone: 'Europe/Warsaw' });
    expect(refused.status).to.equal(400);
    expect(refused.html).to.contain('„sklep bez adresu” to nie jest pełny adres.');
    expectPolish(refused.html, because('setting.siteUrl.invalid', { value: 'sklep bez adresu' }));
  });

  it('explains in Polish that a topic was merged meanwhile in another tab', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    const { returns, delivery } = store.topicIds;
    expect((await client.request(`/topics/${delivery}/merge`, { _csrf: csrf, into: String(returns), confirm: 'yes' })).status).to.equal(303);
    // The other tab still shows the merged topic and renames it.
    const late = await client.request(`/topics/${delivery}/rename`, { _csrf: csrf, label: 'Kiedy dotrze paczka' });
    expect(late.status).to.equal(409);
    expect(late.html).to.contain(`połączono z tematem nr ${returns}`);
    expectPolish(late.html, because('topic.merged', { id: delivery, into: returns }));
  });

  it('tells a staff account in Polish which role it lacks, naming the roles in Polish', async () => {
    const { client, csrf } = await session('stefan', 'tajne-haslo-2');
    const refused = await client.request(`/topics/${store.topicIds.returns}/rename`, { _csrf: csrf, label: 'Zwroty' });
    expect(refused.status).to.equal(403);
    expect(refused.html).to.contain('Twoja rola (Pracownik) na to nie pozwala');
    expect(refused.html).to.contain('„Redaktor”');
    expectPolish(refused.html, because('action.forbidden', { role: 'staff', needed: 'editor' }), { role: 'Pracownik', needed: 'Redaktor' });
  });

  it('says in Polish which published answer holds personal data, naming the kind of data in Polish', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    const { delivery } = store.topicIds;
    const published = await client.request(`/topics/${delivery}/answer`, {
      _csrf: csrf,
      action: 'publish',
      question: 'Kiedy dotrze paczka?',
      body: 'Kurier zadzwoni do klienta na 601 202 303.',
    });
    expect(published.status).to.equal(303);
    const page = await client.follow(published);
    expect(page.html).to.contain(`odpowiedź w temacie nr ${delivery} („Kiedy dotrze paczka?”) zawiera coś, co wygląda na numer telefonu.`);
    const reason = because('site.personalData', { field: 'answer', topicId: delivery, question: 'Kiedy dotrze paczka?', rule: 'phone' });
    expectPolish(page.html, reason, { ...reason.params, field: 'odpowiedź', rule: 'numer telefonu' });
  });

  it('follows the language a user chose over the browser’s', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    expect((await client.request('/language', { _csrf: csrf, locale: 'cs' })).status).to.equal(303);
    const refused = await client.request(`/topics/${store.topicIds.returns}/rename`, { _csrf: csrf, label: '' });
    expect(refused.html).to.contain('Název tématu je prázdný.');
    expect(refused.html).to.contain(czech('reason.topic.label.empty'));
    expect(refused.html).not.to.contain(polish('reason.topic.label.empty'));
  });

  it('shows a general Polish sentence for a refusal without a reason code, and logs the English one', async () => {
    const { client, csrf } = await session('ewa', 'tajne-haslo-1');
    // A malformed form body is refused by the body parser, which knows no reason codes.
    const refused = await client.request(`/topics/${store.topicIds.returns}/rename`, { _csrf: csrf, label: 'x' }, { 'content-type': 'application/x-www-form-urlencoded; charset=koi8-r' });
    expect(refused.status).to.equal(415);
    expect(refused.html).to.contain(polish('error.refused'));
    expect(refused.html).not.to.contain('unsupported charset');
    expect(logged.join('\n')).to.contain('unsupported charset');
  });
});
