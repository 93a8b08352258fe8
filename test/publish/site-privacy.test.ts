import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, OPERATOR, saveAnswer } from '../../src/app/index.js';
import { BuildError, PersonalDataInSiteError } from '../../src/errors.js';
import { listRecentBuilds } from '../../src/store/builds.js';
import { setSetting, SETTING } from '../../src/store/settings.js';
import { seedStore, type SeededStore } from '../curate/seed.js';

function siteFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('the site builder refuses personal data', function () {
  this.timeout(20000);
  let store: SeededStore;
  beforeEach(async () => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'Masz **14 dni** na zwrot.', publish: true, actor: OPERATOR });
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
  });
  afterEach(() => store.cleanup());

  const publish = (topicId: number, question: string, bodyMd: string) => saveAnswer(store.db, { topicId, question, bodyMd, publish: true, actor: OPERATOR });

  for (const { rule, question, body } of [
    { rule: 'rodne-cislo', question: 'Kiedy dotrze paczka dla 7801233540?', body: 'Do 2 dni roboczych.' },
    { rule: 'pesel', question: 'Kiedy dotrze moja paczka?', body: 'Pani zamówienie (PESEL 44051401359) wysłaliśmy wczoraj.' },
    { rule: 'phone', question: 'Kiedy dotrze moja paczka?', body: 'Kurier zadzwoni do klienta na 601 202 303.' },
  ]) {
    it(`fails the build on a ${rule} in an entry, naming the entry and the rule, and keeps the old site`, async () => {
      const before = siteFiles(store.outDir);
      publish(store.topicIds.delivery, question, body);
      const error = (await buildSite(store.db, { outDir: store.outDir, trigger: 'test' }).catch((e: unknown) => e)) as BuildError;
      expect(error).to.be.instanceOf(BuildError);
      const cause = error.cause as PersonalDataInSiteError;
      expect(cause).to.be.instanceOf(PersonalDataInSiteError);
      expect(cause.leaks.map((leak) => [leak.topicId, leak.rule])).to.deep.include([store.topicIds.delivery, rule]);
      expect(error.message).to.contain(`topic ${store.topicIds.delivery}`).and.contain(rule);
      expect(siteFiles(store.outDir)).to.deep.equal(before);
      expect(listRecentBuilds(store.db)[0]).to.include({ status: 'failed' });
      // The message does not spread the data it found.
      expect(listRecentBuilds(store.db)[0]!.error).to.not.match(/7801233540|44051401359|601 202 303/);
    });
  }

  it("publishes the shop's own configured contact data", async () => {
    publish(store.topicIds.delivery, 'Jak się z wami skontaktować?', 'Zadzwoń: +48 22 123 45 67 albo napisz na obsluga@elektron.example.');
    const refused = await buildSite(store.db, { outDir: store.outDir, trigger: 'test' }).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(BuildError);
    setSetting(store.db, SETTING.importShop, 'elektron.example, 22 123 45 67');
    const built = await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    expect(built.entries).to.equal(2);
    expect(readFileSync(join(store.outDir, 'index.html'), 'utf8')).to.contain('obsluga@elektron.example');
  });
});
