import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_LOGIN } from '../../src/app/index.js';
import { openDatabase } from '../../src/store/database.js';
import { createSession, findSessionUser } from '../../src/store/sessions.js';
import { authenticate, createUser } from '../../src/store/users.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

describe('faqtory user and the demo account', function () {
  this.timeout(30000);
  let dir: string;
  let dbPath: string;
  const sessionsOf = (tokens: string[]) => {
    const db = openDatabase(dbPath);
    try {
      return tokens.map((token) => findSessionUser(db, token)?.name ?? null);
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faqtory-users-'));
    dbPath = join(dir, 'faqtory.sqlite');
    const db = openDatabase(dbPath);
    await createUser(db, 'anna', 'editor', 'pierwsze-haslo');
    await createUser(db, 'piotr', 'staff', 'drugie-haslo');
    db.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function logInBoth(): string[] {
    const db = openDatabase(dbPath);
    try {
      const ids = db.prepare('SELECT id FROM users ORDER BY name').all() as { id: number }[];
      return ids.map(({ id }) => createSession(db, id));
    } finally {
      db.close();
    }
  }

  it('lists, changes the role of, sets the password of and removes accounts; passwd and remove end sessions', async () => {
    const [anna, piotr] = logInBoth();
    const listed = await runCliJson<{ name: string; role: string; sessions: number }[]>(['--db', dbPath, 'user', 'list']);
    expect(listed.map(({ name, role, sessions }) => ({ name, role, sessions }))).to.deep.equal([
      { name: 'anna', role: 'editor', sessions: 1 },
      { name: 'piotr', role: 'staff', sessions: 1 },
    ]);

    const passwd = await runCli(['--db', dbPath, 'user', 'passwd', 'anna', '--password-stdin'], { input: 'nowe-haslo-123\n' });
    expect(passwd.code).to.equal(0);
    expect(passwd.stderr).to.contain('1 session(s) logged out');
    expect(sessionsOf([anna!, piotr!])).to.deep.equal([null, 'piotr']);
    const db = openDatabase(dbPath);
    expect(await authenticate(db, 'anna', 'nowe-haslo-123')).to.include({ name: 'anna' });
    expect(await authenticate(db, 'anna', 'pierwsze-haslo')).to.equal(undefined);
    db.close();

    expect((await runCli(['--db', dbPath, 'user', 'set-role', 'piotr', 'admin'])).code).to.equal(0);
    const wrongRole = await runCli(['--db', dbPath, 'user', 'set-role', 'piotr', 'boss']);
    expect(wrongRole.code).to.equal(2);
    expect(wrongRole.stderr).to.contain('is not a role');

    const removed = await runCli(['--db', dbPath, 'user', 'remove', 'piotr']);
    expect(removed.code).to.equal(0);
    expect(sessionsOf([piotr!])).to.deep.equal([null]);
    const after = await runCliJson<{ name: string; role: string }[]>(['--db', dbPath, 'user', 'list']);
    expect(after.map((u) => u.name)).to.deep.equal(['anna']);
    const unknown = await runCli(['--db', dbPath, 'user', 'remove', 'nikt']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.contain('faqtory user list');
  });

  it('logs out all sessions, of one user or of everybody', async () => {
    const [anna, piotr] = logInBoth();
    expect((await runCli(['--db', dbPath, 'user', 'logout', 'anna'])).code).to.equal(0);
    expect(sessionsOf([anna!, piotr!])).to.deep.equal([null, 'piotr']);
    const again = logInBoth();
    const all = await runCli(['--db', dbPath, 'user', 'logout']);
    expect(all.stderr).to.contain('3 session(s) logged out');
    expect(sessionsOf([...again, piotr!])).to.deep.equal([null, null, null]);
  });

  it('refuses to serve on a network address while the demo account exists, and says how to remove it', async () => {
    const db = openDatabase(dbPath);
    await createUser(db, DEMO_LOGIN.name, 'editor', DEMO_LOGIN.password);
    db.close();
    const refused = await runCli(['--db', dbPath, 'serve', '--host', '0.0.0.0', '--port', '0', '--schedule', 'off']);
    expect(refused.code).to.equal(2);
    expect(refused.stderr).to.contain(`faqtory user remove ${DEMO_LOGIN.name}`);
  });
});
