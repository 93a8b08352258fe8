import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildError } from '../../src/errors.js';
import { buildSite, OPERATOR, saveAnswer } from '../../src/app/index.js';
import { loadSiteTemplates } from '../../src/publish/site-templates.js';
import { SITE_MARKER, writeSite } from '../../src/publish/write-site.js';
import { listRecentBuilds } from '../../src/store/builds.js';
import { seedStore, type SeededStore } from '../curate/seed.js';

/** Every file under `dir` with its content, for byte-for-byte comparisons. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

describe('writeSite', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'faqtory-site-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the whole previous site, leaving no temporary folders', async () => {
    const out = join(dir, 'public');
    await writeSite(out, new Map([['index.html', 'one'], ['old.css', 'x']]));
    await writeSite(out, new Map([['index.html', 'two'], ['assets/style.css', 'y']]));
    expect(snapshot(out)).to.deep.equal({
      '/index.html': 'two',
      '/assets/style.css': 'y',
      [`/${SITE_MARKER}`]: readFileSync(join(out, SITE_MARKER), 'latin1'),
    });
    expect(readdirSync(dir)).to.deep.equal(['public']);
  });

  it('leaves the previous site byte-identical when writing fails half-way', async () => {
    const out = join(dir, 'public');
    await writeSite(out, new Map([['index.html', 'Zażółć gęślą jaźń'], ['style.css', 'body{}']]));
    const before = snapshot(out);
    // 'page' is written as a file, so 'page/index.html' cannot be: the write fails mid-way.
    const broken = new Map([['index.html', 'new'], ['page', 'file'], ['page/index.html', 'nested']]);
    let failed: unknown;
    await writeSite(out, broken).catch((error: unknown) => (failed = error));
    expect(failed).to.be.instanceOf(Error);
    expect(snapshot(out)).to.deep.equal(before);
    expect(readdirSync(dir)).to.deep.equal(['public']);
  });

  it('refuses to replace a folder of files it did not write', async () => {
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const error = await writeSite(out, new Map([['index.html', 'x']])).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BuildError);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).to.equal('keep me');
  });

  it('refuses paths outside the output folder', async () => {
    const error = await writeSite(join(dir, 'public'), new Map([['../escape.html', 'x']])).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BuildError);
    expect(readdirSync(dir)).to.deep.equal([]);
  });
});

describe('buildSite', () => {
  let store: SeededStore;
  beforeEach(() => (store = seedStore()));
  afterEach(() => store.cleanup());

  function publish(topicId: number, question: string, bodyMd: string): void {
    saveAnswer(store.db, { topicId, question, bodyMd, publish: true, actor: OPERATOR });
  }

  it('writes only published answers and records the build', async () => {
    publish(store.topicIds.returns, 'Jak zwrócić towar?', 'Masz 14 dni na zwrot.');
    saveAnswer(store.db, { topicId: store.topicIds.delivery, question: 'Kiedy paczka?', bodyMd: 'Szkic.', publish: false, actor: OPERATOR });
    const result = await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    expect(result.entries).to.equal(1);
    const html = readFileSync(join(store.outDir, 'index.html'), 'utf8');
    expect(html).to.contain('Masz 14 dni na zwrot.');
    expect(html).to.not.contain('Szkic.');
    // Customers' own words are never published.
    expect(html).to.not.contain('Jak mogę zwrócić buty');
    const [build] = listRecentBuilds(store.db);
    expect(build).to.include({ id: result.buildId, status: 'ok', trigger: 'test', entries: 1 });
  });

  it('keeps the previous site byte-identical and records the failure when rendering fails', async () => {
    publish(store.topicIds.returns, 'Jak zwrócić towar?', 'Masz 14 dni na zwrot.');
    await buildSite(store.db, { outDir: store.outDir, trigger: 'test' });
    const before = snapshot(store.outDir);
    publish(store.topicIds.delivery, 'Kiedy paczka?', 'Do 2 dni.');
    const templates = await loadSiteTemplates();
    const broken = { ...templates, page: templates.page.replace('{{/each}}', '') };
    const error = await buildSite(store.db, { outDir: store.outDir, trigger: 'test', templates: broken }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BuildError);
    expect((error as Error).message).to.contain('unchanged');
    expect(snapshot(store.outDir)).to.deep.equal(before);
    const [failed] = listRecentBuilds(store.db);
    expect(failed!.status).to.equal('failed');
    expect(failed!.error).to.be.a('string').and.not.equal('');
  });
});
