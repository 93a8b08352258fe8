import { expect } from 'chai';
import { existsSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeUserRole, importLogs, mergeTopics, OPERATOR, removeImport, saveAnswer, updateSettings, updateTopics } from '../../src/app/index.js';
import { createEditorApp } from '../../src/curate/app.js';
import { translator } from '../../src/curate/i18n/index.js';
import { ForbiddenError } from '../../src/errors.js';
import { listAuditLog } from '../../src/store/audit-log.js';
import { getSetting } from '../../src/store/settings.js';
import { countSources, listImports } from '../../src/store/sources.js';
import { createUser, markDemoUser } from '../../src/store/users.js';
import { runCli } from '../helpers/run-cli.js';
import { Client } from '../helpers/http-client.js';
import { seedStore, type SeededStore } from './seed.js';
import { listenOnLoopback } from '../helpers/listen.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const fixture = (path: string) => join(FIXTURES, path);
const UPLOAD_LIMIT = 64 * 1024;

describe('workbench pages over HTTP: import, dashboard, team, settings, audit', function () {
  this.timeout(30000);
  let store: SeededStore;
  let server: Server;
  let base: string;
  let ids: { ala: number; ewa: number; stefan: number };
  /** Imports the seed made: a refused request must leave exactly these. */
  let seededSources: number;

  beforeEach(async () => {
    store = seedStore();
    seededSources = countSources(store.db);
    ids = {
      ala: (await createUser(store.db, 'ala', 'admin', 'haslo-admina-1')).id,
      ewa: (await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1')).id,
      stefan: (await createUser(store.db, 'stefan', 'staff', 'tajne-haslo-2')).id,
    };
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir, maxUploadBytes: UPLOAD_LIMIT })));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  /** A logged-in client and a form token of its session. */
  async function logIn(client: Client, name: string, password: string): Promise<string> {
    const done = await client.logIn(name, password);
    if (done.status !== 303) throw new Error(`login of ${name} failed with ${done.status}`);
    return Client.csrfOf((await client.request('/import')).html);
  }

  async function as(name: 'ala' | 'ewa' | 'stefan'): Promise<{ client: Client; csrf: string }> {
    const client = new Client(base);
    const password = { ala: 'haslo-admina-1', ewa: 'tajne-haslo-1', stefan: 'tajne-haslo-2' }[name];
    return { client, csrf: await logIn(client, name, password) };
  }

  describe('role rules', () => {
    it('lets staff import and look, but not remove imports, recluster everything or manage the team', async () => {
      const { client, csrf } = await as('stefan');
      const page = await client.request('/import');
      expect(page.status).to.equal(200);
      expect(page.html, 'staff are not offered what they may not do').not.to.contain('/remove"');
      expect(page.html).not.to.contain('value="full"');
      expect((await client.request('/dashboard')).status).to.equal(200);
      for (const page of ['/users', '/settings', '/audit']) expect((await client.request(page)).status, page).to.equal(403);
      const sourceId = listImports(store.db)[0]!.id;
      expect((await client.request(`/import/${sourceId}/remove`, { _csrf: csrf, confirm: 'yes' })).status).to.equal(403);
      expect((await client.request('/import/topics', { _csrf: csrf, mode: 'full', confirm: 'yes' })).status).to.equal(403);
      expect((await client.request('/users', { _csrf: csrf, name: 'x', role: 'admin', password: 'dlugie-haslo', passwordRepeat: 'dlugie-haslo' })).status).to.equal(403);
      expect((await client.request('/settings', { _csrf: csrf, shopName: 'Sklep' })).status).to.equal(403);
      expect(countSources(store.db)).to.equal(seededSources);
      const incremental = await client.request('/import/topics', { _csrf: csrf, mode: 'incremental' });
      expect(incremental.status).to.equal(303);
    });

    it('lets editors remove imports and update all topics, but not manage the team or settings', async () => {
      const { client, csrf } = await as('ewa');
      const page = await client.request('/import');
      expect(page.html).to.contain('/remove"');
      expect(page.html).to.contain('value="full"');
      for (const page of ['/users', '/settings', '/audit']) expect((await client.request(page)).status, page).to.equal(403);
      expect((await client.request(`/users/${ids.stefan}/role`, { _csrf: csrf, role: 'admin' })).status).to.equal(403);
      const full = await client.request('/import/topics', { _csrf: csrf, mode: 'full' });
      expect(full.status, 'a full update asks first').to.equal(200);
      expect(full.html).to.contain('Przeliczyć wszystkie tematy od nowa?');
      expect((await client.request('/import/topics', { _csrf: csrf, mode: 'full', confirm: 'yes' })).status).to.equal(303);
    });

    it('lets administrators open every page', async () => {
      const { client } = await as('ala');
      for (const page of ['/import', '/dashboard', '/users', '/settings', '/audit']) {
        const response = await client.request(page);
        expect(response.status, page).to.equal(200);
        expect(response.html, page).to.match(/<h1>[^<]+<\/h1>/);
      }
    });

    it('checks roles in the use cases too, whatever calls them', async () => {
      const staff = { id: ids.stefan, role: 'staff' as const };
      const editor = { id: ids.ewa, role: 'editor' as const };
      const sourceId = listImports(store.db)[0]!.id;
      expect(() => removeImport(store.db, { importId: sourceId, actor: staff })).to.throw(ForbiddenError);
      expect(() => updateTopics(store.db, { mode: 'full', actor: staff })).to.throw(ForbiddenError);
      expect(() => updateSettings(store.db, { values: { 'shop.name': 'X' }, actor: editor })).to.throw(ForbiddenError);
      expect(() => changeUserRole(store.db, { userId: ids.stefan, role: 'admin', actor: editor })).to.throw(ForbiddenError);
      expect(countSources(store.db)).to.equal(seededSources);
      expect(getSetting(store.db, 'shop.name')).to.equal(undefined);
    });
  });

  describe('import', () => {
    it('imports uploaded files and a zipped export, showing each file and who imported it', async () => {
      const { client, csrf } = await as('stefan');
      const page = await client.upload('/import', csrf, [
        fixture('phone/notatki-rozmow.csv'),
        fixture('upload/pytania-klientow.txt'),
        fixture('upload/eksport-sklepu.zip'),
        fixture('email/broken.mbox'),
      ]);
      expect(page.status).to.equal(200);
      const results = page.html.slice(page.html.indexOf('import-results'), page.html.indexOf('</table>', page.html.indexOf('import-results')));
      expect(results).to.contain('notatki-rozmow.csv');
      expect(results).to.contain('eksport-sklepu/telefon/hovory-cs.csv');
      expect(results).to.contain('eksport-sklepu/poczta/thunderbird.mbox');
      expect(results).to.match(/Zaimportowano \d+ pyta/);
      expect(results).to.contain('Plik odrzucony, nic z niego nie zapisano: broken.mbox');
      expect(results, 'no temporary folder leaks into the page').not.to.contain('faqtory-upload-');
      const imports = listImports(store.db);
      const phone = imports.find((record) => record.path === 'notatki-rozmow.csv')!;
      expect(phone.importedBy).to.equal('stefan');
      expect(phone.channel).to.equal('phone');
      expect(phone.questions).to.be.greaterThan(0);
      expect(imports.map((record) => record.path)).not.to.include('broken.mbox');
      expect(listAuditLog(store.db).find((entry) => entry.action === 'import')).to.include({ userName: 'stefan' });

      // Updating topics places the new questions; the import list then names their topics.
      const updated = await client.request('/import/topics', { _csrf: csrf, mode: 'incremental' });
      expect(updated.location).to.equal('/topics');
      const listed = listImports(store.db).find((record) => record.path === 'pytania-klientow.txt')!;
      expect(listed.topics.length).to.be.greaterThan(0);
      expect(listed.topics.reduce((sum, topic) => sum + topic.questions, 0)).to.be.at.most(listed.questions);
      const list = await client.request('/import');
      expect(list.html).to.contain(`href="/topics/${listed.topics[0]!.id}"`);
      expect(list.html).to.contain('stefan');
    });

    it('refuses an upload without the form token, one over the size limit and a zip pointing outside, storing nothing', async () => {
      const { client, csrf } = await as('stefan');
      const forged = await client.upload('/import', 'not-the-token', [fixture('phone/notatki-rozmow.csv')]);
      expect(forged.status).to.equal(403);
      const big = join(store.dir, 'pytania.txt');
      writeFileSync(big, 'Czy mogę zwrócić towar kupiony w promocji?\n'.repeat(Math.ceil((UPLOAD_LIMIT * 1.5) / 40)));
      const tooLarge = await client.upload('/import', csrf, [big]);
      expect(tooLarge.status).to.equal(413);
      expect(tooLarge.html).to.contain('Przesłane pliki są za duże: limit to');
      // Small files, so that the count and not the total size is what goes over a limit.
      const small = join(store.dir, 'jedno-pytanie.txt');
      writeFileSync(small, 'Czy mogę zwrócić towar?\n');
      const many = await client.upload('/import', csrf, Array<string>(101).fill(small));
      expect(many.status).to.equal(413);
      expect(many.html).to.contain('Za dużo plików naraz: można wgrać najwyżej 100.');
      const slip = await client.upload('/import', csrf, [fixture('upload/zip-slip.zip')]);
      expect(slip.status).to.equal(400);
      expect(slip.html).to.contain('zip-slip.zip');
      expect(existsSync(join(FIXTURES, '..', 'outside.txt'))).to.equal(false);
      expect(countSources(store.db)).to.equal(seededSources);
    });

    it('removes an import after a confirmation: its questions go, its topics are recounted, the audit log says who', async () => {
      const { client, csrf } = await as('ewa');
      const source = listImports(store.db)[0]!;
      const ask = await client.request(`/import/${source.id}/remove`, { _csrf: csrf });
      expect(ask.status).to.equal(200);
      expect(ask.html).to.contain(`Usunąć import „${source.path}”?`);
      expect(countSources(store.db)).to.equal(seededSources);
      const done = await client.request(`/import/${source.id}/remove`, { _csrf: csrf, confirm: 'yes' });
      expect(done.status).to.equal(303);
      expect(countSources(store.db)).to.equal(seededSources - 1);
      expect(store.db.prepare('SELECT COUNT(*) AS n FROM questions WHERE source_id = ?').get(source.id)).to.deep.equal({ n: 0 });
      // Every topic's size is recounted from the questions that are left.
      const stale = store.db
        .prepare('SELECT t.id FROM topics t WHERE t.size <> (SELECT COUNT(*) FROM questions q WHERE q.topic_id = t.id)')
        .all();
      expect(stale).to.deep.equal([]);
      expect(listAuditLog(store.db)[0]).to.include({ action: 'removeImport', userName: 'ewa' });
      expect((await client.request('/import')).html).to.contain(`Usunięto import „${source.path}”`);
    });
  });

  describe('team', () => {
    it('adds an account, changes its role, resets its password, disables and deletes it', async () => {
      const { client, csrf } = await as('ala');
      const added = await client.request('/users', { _csrf: csrf, name: 'marek', role: 'staff', password: 'haslo-marka-1', passwordRepeat: 'haslo-marka-1' });
      expect(added.status).to.equal(303);
      const marek = new Client(base);
      await logIn(marek, 'marek', 'haslo-marka-1');
      const id = store.db.prepare<[], { id: number }>("SELECT id FROM users WHERE name = 'marek'").get()!.id;

      expect((await client.request(`/users/${id}/role`, { _csrf: csrf, role: 'editor' })).status).to.equal(303);
      expect((await client.request('/users')).html).to.contain('Użytkownik marek ma teraz rolę: Redaktor.');

      expect((await client.request(`/users/${id}/password`, { _csrf: csrf, password: 'nowe-haslo-12' })).status).to.equal(303);
      expect((await marek.request('/import')).status, 'logged out everywhere after a password reset').to.equal(303);
      await logIn(marek, 'marek', 'nowe-haslo-12');

      expect((await client.request(`/users/${id}/enabled`, { _csrf: csrf, enabled: 'no' })).status).to.equal(303);
      expect((await marek.request('/import')).status, 'a disabled account loses its session').to.equal(303);
      await logIn(marek, 'marek', 'nowe-haslo-12').then(
        () => expect.fail('a disabled account logged in'),
        (error: Error) => expect(error.message).to.contain('failed'),
      );

      const ask = await client.request(`/users/${id}/delete`, { _csrf: csrf });
      expect(ask.html).to.contain('Usunąć użytkownika marek?');
      expect((await client.request(`/users/${id}/delete`, { _csrf: csrf, confirm: 'yes' })).status).to.equal(303);
      expect(store.db.prepare("SELECT COUNT(*) AS n FROM users WHERE name = 'marek'").get()).to.deep.equal({ n: 0 });
      const actions = listAuditLog(store.db).map((entry) => entry.action);
      expect(actions).to.include.members(['addUser', 'changeRole', 'resetPassword', 'disableUser', 'deleteUser']);
      const audit = await client.request('/audit');
      expect(audit.html).to.contain('Usunięcie użytkownika');
      expect(audit.html).to.contain('name: marek');
    });

    it('keeps the last administrator and explains the form errors in Polish', async () => {
      const { client, csrf } = await as('ala');
      const demote = await client.request(`/users/${ids.ala}/role`, { _csrf: csrf, role: 'editor' });
      expect(demote.status).to.equal(409);
      expect(demote.html).to.contain('ala to jedyny administrator.');
      expect((await client.request(`/users/${ids.ala}/enabled`, { _csrf: csrf, enabled: 'no' })).status).to.equal(409);
      expect((await client.request(`/users/${ids.ala}/delete`, { _csrf: csrf, confirm: 'yes' })).status).to.equal(409);
      const taken = await client.request('/users', { _csrf: csrf, name: 'ewa', role: 'staff', password: 'dlugie-haslo', passwordRepeat: 'dlugie-haslo' });
      expect(taken.status).to.equal(409);
      expect(taken.html).to.contain('Użytkownik ewa już istnieje.');
      const short = await client.request('/users', { _csrf: csrf, name: 'nowy', role: 'staff', password: 'krotkie', passwordRepeat: 'krotkie' });
      expect(short.status).to.equal(400);
      expect(short.html).to.contain('Hasło jest za krótkie');
      const differ = await client.request('/users', { _csrf: csrf, name: 'nowy', role: 'staff', password: 'dlugie-haslo', passwordRepeat: 'inne-haslo-1' });
      expect(differ.html).to.contain('Hasła się różnią.');
      expect(store.db.prepare("SELECT role FROM users WHERE name = 'ala'").get()).to.deep.equal({ role: 'admin' });
    });

    it('marks the demo account and offers to remove it', async () => {
      const demo = await createUser(store.db, 'demo', 'editor', 'demo-password');
      markDemoUser(store.db, demo.id);
      const { client } = await as('ala');
      const page = await client.request('/users');
      expect(page.html).to.contain('Konto demonstracyjne „demo” ma publicznie znane hasło.');
      expect(page.html).to.contain(`action="/users/${demo.id}/delete"`);
      expect((await client.request('/dashboard')).html, 'and prompted on arrival').to.contain('Konto demonstracyjne „demo” ma publicznie znane hasło.');
      const editor = await as('ewa');
      expect((await editor.client.request('/dashboard')).html, 'only administrators can remove it').not.to.contain('Konto demonstracyjne');
    });
  });

  describe('settings', () => {
    it('saves valid settings, shows the schedule\'s next runs, and refuses invalid ones field by field', async () => {
      const { client, csrf } = await as('ala');
      const saved = await client.request('/settings', {
        _csrf: csrf,
        shopName: 'Sklep Elektron',
        shopAddresses: 'pomoc@elektron.example\nelektron.example',
        timeZone: 'Europe/Prague',
        siteLanguages: ['pl', 'cs'],
        siteUrl: 'https://elektron.example/faq/',
        contactLink: 'mailto:pomoc@elektron.example',
        schedule: '0 3 * * *',
      });
      expect(saved.status).to.equal(303);
      expect(getSetting(store.db, 'import.shop')).to.equal('pomoc@elektron.example, elektron.example');
      expect(getSetting(store.db, 'site.languages')).to.equal('pl,cs');
      const page = await client.request('/settings');
      expect(page.html).to.contain('Najbliższe aktualizacje');
      expect(page.html.match(/<li>[^<]*03:00<\/li>/g), 'three nightly runs at 3:00 Prague time').to.have.length(3);

      const refused = await client.request('/settings', {
        _csrf: csrf,
        shopName: 'Inna nazwa',
        siteLanguages: ['de'],
        siteUrl: 'elektron.example',
        contactLink: 'javascript:alert(1)',
        schedule: 'every hour',
        timeZone: 'Europe/Atlantis',
      });
      expect(refused.status).to.equal(400);
      for (const text of ['„elektron.example” to nie jest pełny adres.', 'Wpisz adres strony (https://…)', 'FAQ może być po polsku', 'Harmonogramu „every hour” nie rozumiemy.', 'Nieznana strefa czasowa „Europe/Atlantis”.']) {
        expect(refused.html).to.contain(text);
      }
      expect(getSetting(store.db, 'shop.name'), 'nothing saved when one value is wrong').to.equal('Sklep Elektron');
      expect(listAuditLog(store.db).filter((entry) => entry.action === 'settings')).to.have.length(1);
    });

    it('uses one schema for the page and faqtory config', async () => {
      expect(() => updateSettings(store.db, { values: { 'site.lang': 'de' }, actor: OPERATOR })).to.throw(/pl, cs, en/);
      expect(() => updateSettings(store.db, { values: { 'rank.half_life_days': 'banana' }, actor: OPERATOR })).to.throw(/number of days/);
      expect(() => updateSettings(store.db, { values: { 'build.schedule': 'every hour' }, actor: OPERATOR })).to.throw(/cron/);
      updateSettings(store.db, { values: { 'rank.half_life_days': '45', 'build.schedule': 'off' }, actor: OPERATOR });
      expect(getSetting(store.db, 'rank.half_life_days')).to.equal('45');
      const { client } = await as('ala');
      const audit = await client.request('/audit');
      expect(audit.html).to.contain('<td>Wiersz poleceń lub harmonogram</td>');
      expect(audit.html).to.contain('keys: rank.half_life_days, build.schedule');
    });
  });

  describe('audit log', () => {
    it('shows administrators who published and merged, written by the use cases themselves', async () => {
      const editor = { id: ids.ewa, role: 'editor' as const };
      saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'Masz 14 dni.', publish: true, actor: editor });
      saveAnswer(store.db, { topicId: store.topicIds.delivery, question: 'Kiedy paczka?', bodyMd: 'Szkic.', publish: false, actor: editor });
      mergeTopics(store.db, { fromId: store.topicIds.invoice, intoId: store.topicIds.delivery, actor: editor });
      const entries = listAuditLog(store.db);
      expect(entries.map((entry) => [entry.action, entry.userName])).to.deep.equal([
        ['merge', 'ewa'],
        ['publish', 'ewa'],
      ]);
      const { client } = await as('ala');
      const page = await client.request('/audit');
      expect(page.html).to.contain('Opublikowanie odpowiedzi');
      expect(page.html).to.contain('Połączenie tematów');
      expect(page.html.match(/<td>ewa<\/td>/g)).to.have.length(2);
    });
  });

  describe('dashboard', () => {
    it('draws the weekly chart, the heat map in the shop\'s time zone and the unanswered topics, each with text', async () => {
      const { client } = await as('stefan');
      const page = await client.request('/dashboard');
      expect(page.status).to.equal(200);
      expect(page.html).to.contain('<svg class="chart"');
      // Six questions asked 11-16 April 2024 at 09:00 UTC: 11:00 in Warsaw (summer time).
      expect(page.html).to.contain('<title>czwartek, 11:00: 1 pytanie</title>');
      // 11-14 April fall in the week from Monday 8 April, 15-16 April in the next one.
      expect(page.html).to.contain('<title>Tydzień od 8 kwi 2024, E-mail: 4 pytania</title>');
      expect(page.html).to.contain('<title>Tydzień od 15 kwi 2024, E-mail: 2 pytania</title>');
      expect(page.html).to.contain(`href="/topics/${store.topicIds.returns}"`);
      expect(page.html).to.contain('0% pytań z ostatnich 30 dni ma odpowiedź w FAQ');
      expect(page.html).not.to.contain('style=');
    });

    it('shows how long customers waited for the shop\'s reply, per channel, from the imported replies', async () => {
      await importLogs(store.db, { paths: [fixture('chat')], shop: [] });
      const waits = store.db
        .prepare<[], { ms: number }>(
          `SELECT (julianday(reply.sent_at) - julianday(q.asked_at)) * 86400000 AS ms
           FROM questions q JOIN messages reply ON reply.id = q.reply_message_id WHERE q.channel = 'chat' ORDER BY ms`,
        )
        .all()
        .map((row) => row.ms);
      expect(waits.length, 'the chat fixtures hold replies').to.be.greaterThan(2);
      const middle = Math.floor(waits.length / 2);
      const median = waits.length % 2 === 1 ? waits[middle]! : (waits[middle - 1]! + waits[middle]!) / 2;
      const { client } = await as('stefan');
      const page = await client.request('/dashboard');
      const row = new RegExp(`<th scope="row">Czat na stronie</th><td class="num">${waits.length}</td><td class="num">([^<]+)</td><td class="num">([^<]+)</td>`).exec(page.html);
      expect(row, 'a row for the website chat').not.to.equal(null);
      expect(row![1]).to.equal(translator('pl').formatDuration(median));
      expect(row![2]).to.equal(translator('pl').formatPercent(waits.filter((ms) => ms <= 86400000).length / waits.length));
    });
  });
});

describe('faqtory config', function () {
  this.timeout(30000);
  let store: SeededStore;
  beforeEach(() => {
    store = seedStore();
  });
  afterEach(() => store.cleanup());

  it('refuses invalid values with exit code 2 and keeps valid ones', async () => {
    const db = join(store.dir, 'faqtory.sqlite');
    for (const [key, value, says] of [
      ['site.lang', 'de', 'pl, cs, en'],
      ['rank.half_life_days', 'banana', 'number of days'],
      ['build.schedule', 'every hour', 'not a cron pattern'],
      ['site.url', 'sklep', 'not a full web address'],
      ['no.such.key', 'x', 'There is no setting'],
    ] as const) {
      const run = await runCli(['--db', db, 'config', key, value]);
      expect(run.code, `${key} ${value}`).to.equal(2);
      expect(run.stderr).to.contain(says);
    }
    const ok = await runCli(['--db', db, '--json', 'config', 'build.schedule', '30 2 * * *']);
    expect(ok.code).to.equal(0);
    expect(JSON.parse(ok.stdout)).to.deep.equal([{ key: 'build.schedule', value: '30 2 * * *' }]);
  });
});
