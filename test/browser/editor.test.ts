import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { importLogs, rescoreTopics } from '../../src/app/index.js';
import { createEditorApp } from '../../src/curate/app.js';
import { translator } from '../../src/curate/i18n/index.js';
import { listPublishedAnswers } from '../../src/store/answers.js';
import { createTopic } from '../../src/store/topic-edits.js';
import { getTopicSummary } from '../../src/store/topic-list.js';
import { assignQuestions } from '../../src/store/topic-plan.js';
import { createUser } from '../../src/store/users.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { axeViolations, launchChromium } from '../helpers/browser.js';
import { listenOnLoopback } from '../helpers/listen.js';

const SHOTS = join(tmpdir(), 'faqtory-editor-shots');
const REPLIES = fileURLToPath(new URL('../../../test/fixtures/replies/consistency/', import.meta.url));
const t = translator('pl').t;

/** How many pixels the page is wider than the window (0: no sideways scrolling). */
async function overflow(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
}

describe('editor in a real browser', function () {
  this.timeout(90000);
  let store: SeededStore;
  let server: Server;
  let browser: Browser;
  let base: string;
  let returnsWithReplies: number;

  before(async function () {
    browser = await launchChromium(this);
    mkdirSync(SHOTS, { recursive: true });
    store = seedStore();
    // A topic whose questions came with the shop's replies, imported from real exports.
    const known = new Set((store.db.prepare('SELECT id FROM questions').all() as { id: number }[]).map((row) => row.id));
    await importLogs(store.db, { paths: [join(REPLIES, 'zwroty.mbox'), join(REPLIES, 'zwroty-czat.json')], shop: ['sklep@sklep-rowerowy.example'] });
    const imported = (store.db.prepare('SELECT id FROM questions').all() as { id: number }[]).filter((row) => !known.has(row.id));
    returnsWithReplies = createTopic(store.db, 'Ile dni na zwrot?', new Date());
    assignQuestions(store.db, new Map(imported.map((row) => [row.id, returnsWithReplies])));
    rescoreTopics(store.db, new Date());
    await createUser(store.db, 'ewa', 'editor', 'tajne-haslo-1');
    ({ server, base } = await listenOnLoopback(createEditorApp(store.db, { outDir: store.outDir })));
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    store?.cleanup();
  });

  /** `bypassCSP` only to let axe-core in: the app's own pages must work under its strict policy. */
  async function loggedIn(width: number, bypassCSP = false): Promise<Page> {
    const context = await browser.newContext({ locale: 'pl-PL', viewport: { width, height: 900 }, bypassCSP });
    const page = await context.newPage();
    await page.goto(`${base}/topics`);
    expect(new URL(page.url()).pathname).to.equal('/login');
    expect(await page.locator('html').getAttribute('lang')).to.equal('pl');
    await page.getByLabel(t('login.name')).fill('ewa');
    await page.getByLabel(t('login.password')).fill('tajne-haslo-1');
    await page.getByRole('button', { name: t('login.submit') }).click();
    await page.waitForURL(`${base}/topics`);
    return page;
  }

  it('takes a Polish editor from an unclustered question to a published answer that drafts do not take down', async () => {
    const page = await loggedIn(1280);
    expect(await page.locator('h1').textContent()).to.equal(t('topics.title'));
    expect(await page.locator('table.topics tbody tr').count()).to.equal(4);

    // A question that fits no topic becomes a topic of its own.
    await page.getByRole('link', { name: t('topics.unclustered.count', { count: 2 }) }).click();
    await page.getByLabel('Czy mogę zapłacić przy odbiorze?').check();
    await page.getByLabel(t('topics.newTopicName')).fill('Płatność przy odbiorze');
    await page.getByRole('button', { name: t('topics.startNewTopic') }).click();
    await page.waitForURL(/\/topics\/\d+$/);
    expect(await page.locator('h1').textContent()).to.equal('Płatność przy odbiorze');
    expect(await page.locator('.flash').textContent()).to.equal(t('topic.createdFrom', { count: 1 }));
    const topicUrl = page.url();

    // The preview follows the typing (editor.js), then the answer is published.
    await page.getByLabel(t('answer.question'), { exact: true }).fill('Czy mogę zapłacić przy odbiorze?');
    await page.getByLabel(t('answer.text'), { exact: true }).fill('Tak, **za pobraniem** kurier przyjmie gotówkę i kartę.');
    await page.locator('#answer-preview strong').waitFor();
    expect(await page.locator('#answer-preview strong').textContent()).to.equal('za pobraniem');
    await page.getByLabel(t('answer.category')).fill('Płatności');
    await page.getByRole('button', { name: t('answer.publish'), exact: true }).click();
    await page.waitForURL(topicUrl);
    expect(await page.locator('.flash').textContent()).to.contain(t('answer.published'));
    await page.screenshot({ path: join(SHOTS, 'topic-1280.png'), fullPage: true });

    // A draft of the next version leaves the published one on the FAQ.
    await page.getByLabel(t('answer.text'), { exact: true }).fill('Niestety nie, płatność tylko z góry.');
    await page.getByRole('button', { name: t('answer.saveDraft') }).click();
    await page.waitForURL(topicUrl);
    expect(await page.locator('.flash').textContent()).to.equal(t('answer.draftSaved'));
    expect(await page.locator('.notice').first().textContent()).to.contain(t('answer.notice.draft', { date: '' }).split('{')[0]!.slice(0, 20));
    await page.getByRole('button', { name: t('builds.buildNow') }).click();
    await page.waitForURL(topicUrl);
    await page.goto(`${base}/faq/`);
    const faq = await page.locator('body').textContent();
    expect(faq).to.contain('za pobraniem');
    expect(faq).to.not.contain('płatność tylko z góry');

    // Restore the first version: it becomes the draft again.
    await page.goto(topicUrl);
    const oldest = page.locator('.history li').last();
    await oldest.locator('summary').click();
    await oldest.getByRole('button', { name: t('answer.restore') }).click();
    await page.waitForURL(topicUrl);
    expect(await page.locator('.flash').textContent()).to.equal(t('answer.restored', { number: 1 }));
    expect(await page.getByLabel(t('answer.text'), { exact: true }).inputValue()).to.contain('za pobraniem');
    expect(listPublishedAnswers(store.db).map((entry) => entry.category)).to.deep.equal(['Płatności']);
    await page.context().close();
  });

  it('starts an answer from the shop’s suggested reply and publishes it', async () => {
    const page = await loggedIn(1280);
    await page.goto(`${base}/topics/${returnsWithReplies}`);
    const suggested = getTopicSummary(store.db, returnsWithReplies).suggestedAnswer!.text;
    expect(await page.locator('.suggested .reply').textContent()).to.equal(suggested);
    await page.locator('.suggested').getByRole('link', { name: t('topic.startFromAnswer') }).click();
    // editor.js fills the editor in place (no reload) and the preview follows.
    expect(await page.getByLabel(t('answer.text'), { exact: true }).inputValue()).to.equal(suggested);
    await page.locator('#answer-preview p:not(.empty)').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'suggested-1280.png'), fullPage: true });
    await page.getByRole('button', { name: t('answer.publish'), exact: true }).click();
    await page.waitForURL(`${base}/topics/${returnsWithReplies}`);
    expect(listPublishedAnswers(store.db).find((entry) => entry.topicId === returnsWithReplies)?.bodyMd).to.equal(suggested);
    await page.goto(`${base}/faq/`);
    expect(await page.locator('body').textContent()).to.contain(suggested.slice(0, 40));
    await page.context().close();
  });

  it('shows an answer with markup as text, never running it', async () => {
    const page = await loggedIn(1280);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${base}/topics/${store.topicIds.invoice}`);
    await page.getByLabel(t('answer.text'), { exact: true }).fill('Faktura <img src=x onerror="alert(1)"> <script>alert(2)</script> **VAT**');
    await page.locator('#answer-preview strong').waitFor();
    await page.getByRole('button', { name: t('answer.saveDraft') }).click();
    await page.waitForLoadState();
    expect(await page.locator('#answer-preview script, #answer-preview [onerror]').count()).to.equal(0);
    expect(await page.getByLabel(t('answer.text'), { exact: true }).inputValue()).to.contain('<script>alert(2)</script>');
    expect(dialogs).to.equal(0);
    await page.context().close();
  });

  for (const width of [390, 1280]) {
    it(`fits every page into ${width} px without sideways scrolling, with no axe violations`, async () => {
      const page = await loggedIn(width, true);
      const pages = ['/topics', '/topics?q=paczka', '/topics/unclustered', `/topics/${store.topicIds.returns}`, `/topics/${returnsWithReplies}`, '/faq-order', '/builds'];
      for (const path of pages) {
        await page.goto(base + path);
        expect(await overflow(page), `${path} at ${width} px`).to.equal(0);
        expect(await axeViolations(page), path).to.deep.equal([]);
        await page.screenshot({ path: join(SHOTS, `${path.replace(/\W+/g, '-')}-${width}.png`), fullPage: true });
      }
      // The merge confirmation, reached through the topic chooser.
      await page.goto(`${base}/topics/${store.topicIds.returns}`);
      await page.getByLabel(t('topic.merge')).fill(`#${store.topicIds.delivery}`);
      await page.getByRole('button', { name: t('topic.merge.next') }).click();
      await page.waitForLoadState();
      expect(await page.locator('h1').textContent()).to.equal(t('topic.merge'));
      expect(await overflow(page)).to.equal(0);
      expect(await axeViolations(page)).to.deep.equal([]);
      const box = await page.locator('textarea, .narrow').first().boundingBox();
      expect(box!.width).to.be.greaterThan(width < 600 ? 300 : 400);
      await page.context().close();
      const anonymous = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await anonymous.goto(`${base}/login`);
      expect(await overflow(anonymous)).to.equal(0);
      expect(await axeViolations(anonymous)).to.deep.equal([]);
      await anonymous.close();
    });
  }
});
