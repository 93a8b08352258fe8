import { expect } from 'chai';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { createEditorApp } from '../../src/curate/app.js';
import { createUser } from '../../src/store/users.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { launchChromium } from '../helpers/browser.js';

describe('editor in a real browser', function () {
  this.timeout(60000);
  let store: SeededStore;
  let server: Server;
  let browser: Browser;
  let base: string;

  before(async function () {
    browser = await launchChromium(this);
    store = seedStore();
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    server = createEditorApp(store.db, { outDir: store.outDir }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    store?.cleanup();
  });

  it('logs in, answers the top topic, publishes it and finds it on the FAQ page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/topics`);
    expect(new URL(page.url()).pathname).to.equal('/login');

    await page.getByLabel('Name').fill('ewa');
    await page.getByLabel('Password').fill('tajne-haslo-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/topics`);

    // The first row of the ranked list is the most asked topic.
    await page.locator('table.topics tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/topics\/\d+$/);
    expect(await page.locator('h1').textContent()).to.equal('Jak zwrócić towar kupiony przez internet?');

    await page.getByLabel(/^Question/).fill('Jak zwrócić towar?');
    await page.getByLabel(/^Answer/).fill('Masz **14 dni** na zwrot.\n\n- wypełnij formularz\n- odeślij paczkę');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.preview strong').textContent()).to.equal('14 dni');

    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.flash').textContent()).to.contain('published');

    await page.goto(`${base}/faq/`);
    expect(await page.locator('html').getAttribute('lang')).to.equal('pl');
    const entry = page.locator('.faq-entry').first();
    expect(await entry.textContent()).to.contain('Jak zwrócić towar?');
    expect(await page.locator('.faq-answer li').allTextContents()).to.deep.equal(['wypełnij formularz', 'odeślij paczkę']);

    // The search box filters the entries in the page itself.
    const search = page.getByLabel('Szukaj w pytaniach');
    await search.fill('zwrot');
    expect(await page.locator('.faq-entry').first().isVisible()).to.equal(true);
    await search.fill('reklamacja gwarancja');
    expect(await page.locator('.faq-entry').first().isVisible()).to.equal(false);
    expect(await page.locator('.faq-no-match').isVisible()).to.equal(true);
    await page.close();
  });
});
