import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderSite } from '../../src/publish/render-site.js';
import type { SiteEntry } from '../../src/publish/site/settings.js';
import { loadSiteTemplates } from '../../src/publish/site-templates.js';
import { writeSite } from '../../src/publish/write-site.js';
import { axeViolations, launchChromium } from '../helpers/browser.js';
import { listenOnLoopback } from '../helpers/listen.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/site/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` at /faq/ the way a plain static host does, with the site's own 404 page. */
function serveSite(dir: string): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith('/faq/') ? normalize(path.slice('/faq/'.length)) : '..';
    const file = join(dir, inside.endsWith('/') || inside === '.' ? join(inside, 'index.html') : inside);
    if (!inside.startsWith('..') && existsSync(file) && extname(file)) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } else {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      response.end(readFileSync(join(dir, '404.html')));
    }
  });
}

describe('FAQ site in a real browser', function () {
  this.timeout(60000);
  let dir: string;
  let server: Server;
  let browser: Browser;
  let base: string;

  before(async function () {
    browser = await launchChromium(this);
    dir = join(mkdtempSync(join(tmpdir(), 'faqtory-site-')), 'site');
    ({ server, base } = await listenOnLoopback(serveSite(dir)));
    base += '/faq/';
    const entries: SiteEntry[] = JSON.parse(readFileSync(`${FIXTURES}entries.json`, 'utf8'));
    const site = renderSite(
      { entries, settings: { title: 'Pomoc', shopName: 'Sklep Kowalski', contactUrl: 'mailto:pomoc@sklep.example', siteUrl: base }, builtAt: new Date() },
      await loadSiteTemplates(),
    );
    await writeSite(dir, site.files);
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  /** The anchors of the entries a customer sees now. */
  async function visibleEntries(page: Page): Promise<string[]> {
    return page.locator('.faq-entry:visible').evaluateAll((sections) => sections.map((s) => s.id));
  }

  async function searchFor(page: Page, label: string, query: string): Promise<string[]> {
    await page.getByLabel(label).fill(query);
    return visibleEntries(page);
  }

  it('finds Polish entries by inflected, diacritic-less, misspelt words and customer wordings', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) external.push(request.url());
    });
    await page.goto(`${base}pl/`);
    await page.getByLabel('Szukaj w pytaniach').waitFor();
    const search = (query: string) => searchFor(page, 'Szukaj w pytaniach', query);
    expect(await search('reklamacja')).to.deep.equal(['t12']);
    // Both are in the "Dostawa" category; the customers' wording "koszt dostawy" is only one's.
    expect(await search('dostawy')).to.deep.equal(['t9', 't7']);
    expect(await search('koszty dostawy')).to.deep.equal(['t7']);
    expect(await search('kurierem')).to.deep.equal(['t9', 't7']);
    // "paczkomatu" (a parcel locker) in t7's answer starts like "paczka".
    expect(await search('paczka')).to.deep.equal(['t9', 't7']);
    expect(await search('faktury')).to.deep.equal(['t15']);
    // "wysyłka" (shipping) in t7's question, "wysyłamy" (we ship) in t9's answer.
    expect(await search('wysylka')).to.deep.equal(['t9', 't7']);
    expect(await search('reklamcja')).to.deep.equal(['t12']);
    expect(await search('wadliwy towar')).to.deep.equal(['t12']);
    expect(await search('hulajnoga elektryczna')).to.deep.equal([]);
    expect(await page.locator('.faq-no-match').isVisible()).to.equal(true);
    expect(await page.locator('.faq-category:visible').count()).to.equal(0);
    expect(new URL(page.url()).searchParams.get('q')).to.equal('hulajnoga elektryczna');
    expect(await search('')).to.deep.equal(['t9', 't7', 't12', 't15']);
    expect(external).to.deep.equal([]);
    await page.close();
  });

  it('finds Czech entries by inflected, diacritic-less and misspelt words', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}cs/`);
    const search = (query: string) => searchFor(page, 'Hledat v otázkách', query);
    expect(await search('reklamace')).to.deep.equal(['t12']);
    expect(await search('kuryrem')).to.deep.equal(['t7']);
    expect(await search('dopravy')).to.deep.equal(['t7']);
    expect(await search('objednavky')).to.deep.equal(['t12']);
    expect(await search('reklamce')).to.deep.equal(['t12']);
    await page.close();
  });

  it('searches for ?q= from the address on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}pl/?q=${encodeURIComponent('faktura na firmę')}`);
    await page.waitForFunction("document.querySelectorAll('.faq-entry[hidden]').length > 0");
    expect(await visibleEntries(page)).to.deep.equal(['t15']);
    expect(await page.getByLabel('Szukaj w pytaniach').inputValue()).to.equal('faktura na firmę');
    await page.close();
  });

  it('shows every entry without JavaScript, with the search box hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}pl/?q=faktury`);
    expect(await visibleEntries(page)).to.deep.equal(['t9', 't7', 't12', 't15']);
    expect(await page.locator('.faq-search').isVisible()).to.equal(false);
    expect(await page.locator('.faq-toc a').count()).to.equal(4);
    await context.close();
  });

  it('switches language, opens entry pages and follows anchors back', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByRole('link', { name: 'Polski' }).click();
    await page.waitForURL(`${base}pl/`);
    await page.getByRole('navigation', { name: 'Język' }).getByRole('link', { name: 'Čeština' }).click();
    await page.waitForURL(`${base}cs/`);
    expect(await page.locator('html').getAttribute('lang')).to.equal('cs');
    expect(await page.locator('h1').textContent()).to.equal('Pomoc');

    await page.getByRole('heading', { name: 'Jak podat reklamaci?' }).getByRole('link').click();
    await page.waitForURL(`${base}cs/12-jak-podat-reklamaci/`);
    expect(await page.locator('h1').textContent()).to.equal('Jak podat reklamaci?');
    expect(await page.locator('.faq-answer strong').textContent()).to.equal('2 let');
    await page.getByRole('link', { name: /Všechny otázky/ }).click();
    await page.waitForURL(`${base}cs/#t12`);
    expect(await page.locator('#t12').isVisible()).to.equal(true);

    await page.goto(`${base}pl/`);
    await page.getByRole('navigation', { name: 'Spis pytań' }).getByRole('link', { name: 'Czy wystawiacie faktury VAT?' }).click();
    expect(new URL(page.url()).hash).to.equal('#t15');
    expect(await page.locator('#t15').isVisible()).to.equal(true);
    await page.close();
  });

  it('reaches the search box and the questions with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}pl/`);
    await page.getByLabel('Szukaj w pytaniach').waitFor();
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate<string>("document.activeElement.id || document.activeElement.textContent.trim()"));
    }
    expect(focused).to.include('faq-search-input');
    expect(focused).to.include('Kiedy dotrze moja paczka?');
    await page.close();
  });

  it('answers unknown paths with its own 404 page, and old entry addresses with the entry', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}no/such/page`);
    expect(response!.status()).to.equal(404);
    expect(await page.locator('h1').textContent()).to.equal('Nie ma takiej strony');
    await page.getByRole('link', { name: 'Všechny otázky (Čeština)' }).click();
    await page.waitForURL(`${base}cs/`);

    await page.goto(`${base}pl/12-jak-reklamowac-towar/`);
    await page.waitForURL(`${base}pl/#t12`);
    expect(await page.locator('#t12 h3').textContent()).to.equal('Jak złożyć reklamację?');
    await page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const page = await browser.newPage();
    for (const path of ['', 'pl/', 'cs/?q=reklamace', 'pl/9-kiedy-dotrze-moja-paczka/', 'missing']) {
      await page.goto(`${base}${path}`);
      expect(await axeViolations(page), path || 'root').to.deep.equal([]);
    }
    await page.close();
  });
});
