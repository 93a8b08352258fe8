import { expect } from 'chai';
import Handlebars from 'handlebars';
import { createHmac, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSite } from '../../src/app/index.js';
import { createEditorApp, type EditorAppOptions } from '../../src/curate/app.js';
import { translator } from '../../src/curate/i18n/index.js';
import { currentProcess, isProcessAlive } from '../../src/process-identity.js';
import { failBuild, startBuild } from '../../src/store/builds.js';
import { createSession, findSessionUser, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, touchSession } from '../../src/store/sessions.js';
import { createTopic } from '../../src/store/topic-edits.js';
import { createUser } from '../../src/store/users.js';
import { Client } from '../helpers/http-client.js';
import { runCliJson } from '../helpers/run-cli.js';
import { seedStore, type SeededStore } from './seed.js';
import { listenOnLoopback } from '../helpers/listen.js';

describe('editor safety at the edge', function () {
  this.timeout(30000);
  let store: SeededStore;
  let server: Server;
  let base: string;
  let logged: string[];

  async function start(options: EditorAppOptions = {}): Promise<void> {
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir, log: (line) => logged.push(line), ...options })));
  }

  beforeEach(async () => {
    logged = [];
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    await createUser(store.db, 'jan', 'editor', 'tajne-haslo-3');
  });
  afterEach(async () => {
    if (server) await new Promise((resolve) => server.close(resolve));
    store.cleanup();
  });

  it('limits failed logins per account and per address with a 429, and logs them', async () => {
    await start({ loginThrottle: { perAccount: 3, perAddress: 5, windowMs: 60_000 } });
    const client = new Client(base);
    for (let i = 0; i < 3; i++) expect((await client.logIn('ewa', `zle-haslo-${i}`)).status).to.equal(401);
    // Even the right password waits now: the guesser cannot tell a hit from the limit.
    const limited = await client.logIn('ewa', 'tajne-haslo-1');
    expect(limited.status).to.equal(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).to.be.within(1, 60);
    expect(limited.html).to.contain(translator('pl').t('login.error.tooManyAttempts', { count: Math.ceil(retryAfter / 60) }));
    expect(logged).to.have.length(3);
    expect(logged[0]).to.equal('faqtory editor: failed login for "ewa" from "127.0.0.1"');

    // Another account from the same address: two more failures reach the address limit.
    for (let i = 0; i < 2; i++) expect((await client.logIn('jan', `zle-haslo-${i}`)).status).to.equal(401);
    expect((await client.logIn('jan', 'tajne-haslo-3')).status).to.equal(429);
  });

  it('keeps the public site fast during a login flood: password hashing takes one thread', async () => {
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    await start({ loginThrottle: { perAccount: 1000, perAddress: 1000, windowMs: 60_000 } });
    const page = await new Client(base).request('/login');
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
    const form = new URLSearchParams({ _csrf: Client.csrfOf(page.html), name: 'ewa', password: 'zle-haslo-123' }).toString();
    // Each request on its own connection, as a flood from many clients arrives (fetch would queue them).
    const send = (path: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const headers = body ? { cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } : {};
        const request = httpRequest(`${base}${path}`, { method: body ? 'POST' : 'GET', agent: false, headers }, (response) => {
          response.resume().on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject).end(body);
      });
    const finished: string[] = [];
    const logins = Array.from({ length: 32 }, () => send('/login', form).then(() => finished.push('login')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const faq = send('/faq/').then((status) => {
      finished.push('faq');
      return status;
    });
    await Promise.all([...logins, faq]);
    expect(await faq).to.equal(200);
    // With every pool thread hashing, the site's file reads would queue behind the waiting logins.
    expect(finished.indexOf('faq')).to.be.below(10);
  });

  it('ends sessions after idle time and after the absolute limit', () => {
    const userId = (store.db.prepare("SELECT id FROM users WHERE name = 'ewa'").get() as { id: number }).id;
    const t0 = new Date('2025-01-06T08:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const idle = createSession(store.db, userId, t0);
    expect(findSessionUser(store.db, idle, at(SESSION_IDLE_MS - 1000))?.name).to.equal('ewa');
    expect(findSessionUser(store.db, idle, at(SESSION_IDLE_MS + 1000))).to.equal(undefined);

    const busy = createSession(store.db, userId, t0);
    // Used every few hours, the session lives on, but not past the absolute limit.
    let now = 0;
    for (; now + SESSION_IDLE_MS / 2 < SESSION_ABSOLUTE_MS; now += SESSION_IDLE_MS / 2) {
      expect(findSessionUser(store.db, busy, at(now))?.name).to.equal('ewa');
      touchSession(store.db, busy, at(now));
    }
    expect(findSessionUser(store.db, busy, at(SESSION_ABSOLUTE_MS + 1000))).to.equal(undefined);
  });

  it('refuses a login token that the server did not sign', async () => {
    await start();
    const client = new Client(base);
    // A value planted by someone else (any 32 characters) in both the cookie and the form.
    const planted = randomBytes(24).toString('base64url');
    client.cookies.set('faqtory_login_csrf', planted);
    const forged = await client.request('/login', { _csrf: planted, name: 'ewa', password: 'tajne-haslo-1', next: '/topics' });
    expect(forged.status).to.equal(403);
    // Signed with another secret: refused too.
    const nonce = 'abcdefghijklmnopqrstuvwx';
    const other = `${nonce}.${createHmac('sha256', randomBytes(32)).update(`faqtory login ${nonce}`).digest('base64url')}`;
    client.cookies.set('faqtory_login_csrf', other);
    expect((await client.request('/login', { _csrf: other, name: 'ewa', password: 'tajne-haslo-1' })).status).to.equal(403);
    // The server's own token works.
    client.cookies.delete('faqtory_login_csrf');
    expect((await client.logIn('ewa', 'tajne-haslo-1')).status).to.equal(303);
  });

  it('sends security headers on the editor and on /faq/, and HSTS and Secure cookies only behind a trusted TLS proxy', async () => {
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    await start({ trustProxy: 'loopback' });
    const client = new Client(base);
    for (const path of ['/login', '/faq/']) {
      const page = await client.request(path);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp, path).to.match(/script-src 'self'(;|$)/);
      expect(csp, path).to.contain('frame-ancestors');
      expect(page.headers.get('x-frame-options'), path).to.match(/^(DENY|SAMEORIGIN)$/);
      expect(page.headers.get('x-content-type-options'), path).to.equal('nosniff');
      expect(page.headers.get('strict-transport-security'), path).to.equal(null);
    }
    const tls = { 'x-forwarded-proto': 'https' };
    const login = await new Client(base).logIn('ewa', 'tajne-haslo-1', tls);
    expect(login.headers.get('strict-transport-security')).to.contain('max-age=');
    expect(login.headers.getSetCookie().find((c) => c.startsWith('faqtory_session='))).to.match(/; Secure/i);
  });

  it('answers an unknown /faq/ path with the site 404 page, and an old entry address with its entry', async () => {
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    await start();
    const client = new Client(base);
    const missing = await client.request('/faq/no-such-page/');
    expect(missing.status).to.equal(404);
    expect(missing.location).to.equal(null);
    expect(missing.html).to.contain('<meta name="robots" content="noindex">');
    const moved = await client.request('/faq/pl/7-stare-pytanie/');
    expect(moved.status).to.equal(302);
    expect(moved.location).to.equal('/faq/pl/#t7');
  });

  it('shows builds without server paths', async () => {
    const id = startBuild(store.db, 'editor', store.outDir, { process: currentProcess(), isAlive: isProcessAlive });
    failBuild(store.db, id, `EACCES: permission denied, mkdir '${join(store.outDir, '..', '.public.new-x')}'`);
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    await start();
    const client = new Client(base);
    await client.logIn('ewa', 'tajne-haslo-1');
    const builds = await client.request('/builds');
    expect(builds.status).to.equal(200);
    expect(builds.html).to.contain('permission denied');
    expect(builds.html).to.not.contain(store.dir);
  });

  it('creates the database file readable by its owner only, and the site folder readable by the web server', async () => {
    expect(statSync(join(store.dir, 'faqtory.sqlite')).mode & 0o777).to.equal(0o600);
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    expect(statSync(store.outDir).mode & 0o777).to.equal(0o755);
  });

  it('logs the user out of every session with "log out everywhere"', async () => {
    await start();
    const phone = new Client(base);
    const laptop = new Client(base);
    await phone.logIn('ewa', 'tajne-haslo-1');
    await laptop.logIn('ewa', 'tajne-haslo-1');
    const page = await laptop.request('/topics');
    expect(page.html).to.contain('<button type="submit" name="everywhere" value="1">');
    expect((await laptop.request('/logout', { _csrf: Client.csrfOf(page.html), everywhere: '1' })).status).to.equal(303);
    expect((await phone.request('/topics')).status).to.equal(303);
  });
});

describe('topic labels on their way out', function () {
  this.timeout(30000);
  // A label stored by an older redactor that missed a rodné číslo written without the slash and a name.
  const LEAKY_LABEL = 'Jmenuji se Jana Dvořáková, rodné číslo 7801233540, kdy přijde balík?';
  let store: SeededStore;
  let topicId: number;
  beforeEach(async () => {
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    topicId = createTopic(store.db, LEAKY_LABEL, new Date('2024-05-02T10:00:00Z'), ['balík']);
  });
  afterEach(() => store.cleanup());

  it('redacts labels again in the editor and asks to rewrite a heading pre-filled from customers', async () => {
    const server = createEditorApp(store.db, { outDir: store.outDir, log: () => undefined }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const client = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await client.logIn('ewa', 'tajne-haslo-1');
      for (const path of ['/topics', `/topics/${topicId}`, `/topics/${store.topicIds.returns}`]) {
        const page = await client.request(path);
        expect(page.status, path).to.equal(200);
        expect(page.html, path).to.not.contain('7801233540');
        expect(page.html, path).to.not.contain('Dvořáková');
      }
      const page = await client.request(`/topics/${topicId}`);
      expect(page.html).to.match(/<input [^>]*name="question" value="[^"]*\[rodne-cislo\][^"]*"/);
      expect(page.html).to.contain(Handlebars.escapeExpression(translator('pl').t('answer.question.fromCustomers')));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('redacts labels again in topics --json', async () => {
    const topics = await runCliJson<{ id: number; label: string }[]>(['--db', join(store.dir, 'faqtory.sqlite'), 'topics', '--limit', '10']);
    const leaky = topics.find((topic) => topic.id === topicId);
    expect(leaky?.label).to.contain('[rodne-cislo]').and.not.contain('7801233540');
    expect(JSON.stringify(topics)).to.not.contain('Dvořáková');
  });
});
