import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { createEditorApp } from '../../src/curate/app.js';
import { createUser } from '../../src/store/users.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { axeViolations, launchChromium } from '../helpers/browser.js';
import { listenOnLoopback } from '../helpers/listen.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHOTS = join(tmpdir(), 'faqtory-workbench-shots');
const PAGES = ['/import', '/dashboard', '/users', '/settings', '/audit'];

describe('workbench pages in a real browser (import, dashboard, team, settings, audit)', function () {
  this.timeout(90000);
  let store: SeededStore;
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  before(async function () {
    browser = await launchChromium(this);
    mkdirSync(SHOTS, { recursive: true });
    store = seedStore();
    await createUser(store.db, 'ala', 'admin', 'haslo-admina-1');
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir })));
    // axe is injected as a script of its own; the editor's CSP would rightly refuse it.
    context = await browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    store?.cleanup();
  });

  it('logs in in Polish, uploads logs, shows each file\'s result and then the topics of its questions', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/import`);
    expect(new URL(page.url()).pathname).to.equal('/login');
    expect(await page.locator('html').getAttribute('lang')).to.not.equal(null);
    await page.locator('input[name="name"]').fill('ala');
    await page.locator('input[name="password"]').fill('haslo-admina-1');
    await page.locator('form[action="/login"] button[type="submit"]').click();
    await page.waitForURL(`${base}/import`);
    expect(await page.locator('h1').textContent()).to.equal('Import rozmów');

    await page.getByLabel('Pliki lub archiwum ZIP').setInputFiles([
      join(ROOT, 'test/fixtures/upload/pytania-klientow.txt'),
      join(ROOT, 'test/fixtures/upload/eksport-sklepu.zip'),
      join(ROOT, 'test/fixtures/email/broken.mbox'),
    ]);
    await page.getByRole('button', { name: 'Importuj' }).click();
    await page.waitForLoadState();
    const rows = page.locator('table.import-results tbody tr');
    expect(await rows.count()).to.equal(4);
    const text = (await rows.allTextContents()).join('\n');
    expect(text).to.match(/pytania-klientow\.txt[\s\S]*Zaimportowano 21 pytań\./);
    expect(text).to.contain('eksport-sklepu/telefon/hovory-cs.csv');
    expect(text).to.contain('Plik odrzucony, nic z niego nie zapisano');
    await page.screenshot({ path: join(SHOTS, 'import-results-1280.png'), fullPage: true });
    expect(await axeViolations(page)).to.deep.equal([]);

    await page.getByRole('button', { name: 'Dopisz nowe pytania do istniejących tematów' }).click();
    await page.waitForURL(`${base}/topics`);
    await page.goto(`${base}/import`);
    const row = page.locator('table.imports tbody tr', { hasText: 'pytania-klientow.txt' });
    const topicLinks = row.locator('a[href^="/topics/"]');
    expect(await topicLinks.count()).to.be.greaterThan(0);
    const label = (await topicLinks.first().textContent())!;
    await topicLinks.first().click();
    await page.waitForURL(/\/topics\/\d+$/);
    expect(await page.locator('h1').textContent()).to.contain(label.trim());
    await page.close();
  });

  it('has no axe violations and no horizontal overflow at 390 px on every workbench page', async () => {
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await page.goto(`${base}${path}`);
        expect(new URL(page.url()).pathname, path).to.equal(path);
        await page.screenshot({ path: join(SHOTS, `${path.slice(1)}-${width}.png`), fullPage: true });
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        expect(overflow, `${path} at ${width} px overflows by ${overflow} px`).to.be.at.most(0);
        expect(await axeViolations(page), `${path} at ${width} px`).to.deep.equal([]);
      }
    }
    // The charts are drawn on the server: they are there with scripts off too.
    const noScript = await browser.newContext({ locale: 'pl-PL', javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto(`${base}/dashboard`);
    expect(await plain.locator('svg.chart rect').count()).to.be.greaterThan(24);
    await noScript.close();
    await page.close();
  });
});
