import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, OPERATOR, recoverInterruptedBuild, saveAnswer } from '../../src/app/index.js';
import { BuildError } from '../../src/errors.js';
import { recoverSite, SITE_WRITE_STEPS, writeSite } from '../../src/publish/write-site.js';
import { listRecentBuilds } from '../../src/store/builds.js';
import { seedStore, type SeededStore } from '../curate/seed.js';

const CHILD = fileURLToPath(new URL('./build-child.js', import.meta.url));

/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('site builds that cannot lose the site', function () {
  this.timeout(30000);
  let store: SeededStore;
  let oldSite: Record<string, string>;

  beforeEach(async () => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'Masz 14 dni.', publish: true, actor: OPERATOR });
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    oldSite = snapshot(store.outDir);
    saveAnswer(store.db, { topicId: store.topicIds.delivery, question: 'Kiedy paczka?', bodyMd: 'Do 2 dni.', publish: true, actor: OPERATOR });
  });
  afterEach(() => store.cleanup());

  const onlyTheSite = () => expect(readdirSync(store.dir).filter((name) => name.includes('public'))).to.deep.equal(['public']);

  for (const failing of SITE_WRITE_STEPS) {
    it(`keeps a whole site when the build fails at "${failing}"`, async () => {
      const error = await buildSite(store.db, {
        outDir: store.outDir,
        trigger: 'test',
        onWriteStep: (step) => {
          if (step === failing) throw new Error(`disk full at ${step}`);
        },
      }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(BuildError);
      expect(listRecentBuilds(store.db)[0]).to.include({ status: 'failed' });
      const site = snapshot(store.outDir);
      // Before the swap the previous site stays; after it (only the clean-up failed) the new one stands.
      if (failing === 'clean') expect(site['/index.html']).to.contain('Do 2 dni.');
      else expect(site).to.deep.equal(oldSite);
      await recoverSite(store.outDir);
      onlyTheSite();
    });

    it(`recovers a whole site after the build process stops at "${failing}"`, async () => {
      // The write stops at this step for good, as if the process had been killed there.
      let reached!: () => void;
      const stopped = new Promise<void>((resolve) => (reached = resolve));
      void writeSite(store.outDir, new Map([['index.html', 'new site']]), {
        onStep: (step) => {
          if (step !== failing) return;
          reached();
          return new Promise<void>(() => undefined);
        },
      });
      await stopped;
      // The next start recovers: the site is the old one or the new one, whole, and nothing is left over.
      await recoverSite(store.outDir);
      const site = snapshot(store.outDir);
      if (failing === 'clean') expect(site['/index.html']).to.equal('new site');
      else expect(site).to.deep.equal(oldSite);
      onlyTheSite();
    });
  }

  it('recovers the site and the build lock after a real kill -9 between the two renames', async () => {
    const child = spawn(process.execPath, [CHILD, join(store.dir, 'faqtory.sqlite'), store.outDir, 'swap'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => text.includes('at swap') && resolve());
      child.once('exit', (code) => reject(new Error(`the build child ended early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // Killed between the renames: no site in place, the previous one waits aside.
    expect(existsSync(store.outDir)).to.equal(false);
    expect(listRecentBuilds(store.db)[0]).to.include({ status: 'running', trigger: 'child' });

    await recoverInterruptedBuild(store.db, store.outDir);
    expect(snapshot(store.outDir)).to.deep.equal(oldSite);
    expect(listRecentBuilds(store.db)[0]!.status).to.equal('failed');
    expect(listRecentBuilds(store.db)[0]!.error).to.contain('interrupted');
    // The dead build blocks nothing: the next build runs at once.
    const next = await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    expect(next.entries).to.equal(2);
    onlyTheSite();
    expect(readdirSync(dirname(store.outDir))).to.not.include('.public.old');
  });
});
