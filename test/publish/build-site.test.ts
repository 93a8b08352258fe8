import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { buildSite, OPERATOR, saveAnswer, siteDigest } from '../../src/app/index.js';
import { searchOptions } from '../../src/publish/index.js';
import { setSetting, SETTING } from '../../src/store/settings.js';
import { assignQuestions } from '../../src/store/topic-plan.js';
import { seedStore, type SeededStore } from '../curate/seed.js';
import { seedImport } from '../helpers/seed-import.js';

const SHOP_TEMPLATES = fileURLToPath(new URL('../../../test/fixtures/site/shop-templates/', import.meta.url));

describe('building the site from the store', () => {
  let store: SeededStore;
  beforeEach(() => {
    store = seedStore();
    saveAnswer(store.db, { topicId: store.topicIds.returns, question: 'Jak zwrócić towar?', bodyMd: 'W **14 dni**.', publish: true, actor: OPERATOR });
  });
  afterEach(() => store.cleanup());

  it('shows the shop as the administrator set it: name, logo, colours, footer, contact link, address, own templates', async () => {
    const settings: [string, string][] = [
      [SETTING.shopName, 'Sklep Kasia'],
      [SETTING.siteTitle, 'Pomoc'],
      [SETTING.siteLogo, 'https://sklep-kasia.example/logo.svg'],
      [SETTING.siteColourPrimary, '#8a1538'],
      [SETTING.siteFooter, 'Sklep Kasia, ul. Długa 1, Kraków — pon.–pt. *9–17*'],
      [SETTING.siteContact, 'mailto:pomoc@sklep-kasia.example'],
      [SETTING.siteUrl, 'https://sklep-kasia.example/pomoc'],
      [SETTING.siteTemplates, SHOP_TEMPLATES],
    ];
    for (const [key, value] of settings) setSetting(store.db, key, value);
    const result = await buildSite(store.db, { outDir: store.outDir, trigger: 'cli' });
    expect(result.entries).to.equal(1);
    const page = readFileSync(join(store.outDir, 'pl', 'index.html'), 'utf8');
    expect(page).to.contain('Sklep Kasia').and.contain('https://sklep-kasia.example/logo.svg').and.contain('#8a1538');
    expect(page).to.contain('<em>9–17</em>').and.contain('href="mailto:pomoc@sklep-kasia.example"');
    expect(page).to.contain('<link rel="canonical" href="https://sklep-kasia.example/pomoc/pl/">');
    expect(readFileSync(join(store.outDir, 'sitemap.xml'), 'utf8')).to.contain('<loc>https://sklep-kasia.example/pomoc/pl/</loc>');
    // The shop's own entry template and style sheet replace the built-in ones; the rest stays built-in.
    const entryPage = readFileSync(join(store.outDir, 'pl', `${store.topicIds.returns}-jak-zwrocic-towar`, 'index.html'), 'utf8');
    expect(entryPage).to.contain('<h1 class="shop-own-entry">Jak zwrócić towar?</h1>');
    expect(readFileSync(join(store.outDir, 'style.css'), 'utf8')).to.equal(readFileSync(join(SHOP_TEMPLATES, 'style.css'), 'utf8'));
  });

  it('builds a site per configured language, and a chooser at the root', async () => {
    setSetting(store.db, SETTING.siteLanguages, 'pl, cs');
    await buildSite(store.db, { outDir: store.outDir, trigger: 'cli' });
    const root = readFileSync(join(store.outDir, 'index.html'), 'utf8');
    expect(root).to.contain('href="pl/"').and.contain('href="cs/"');
    expect(readFileSync(join(store.outDir, 'cs', 'index.html'), 'utf8')).to.not.contain('Jak zwrócić towar?');
    expect(readFileSync(join(store.outDir, 'pl', 'index.html'), 'utf8')).to.contain('Jak zwrócić towar?');
  });

  it('indexes the wordings several customers used for search, never one customer\'s own sentence', async () => {
    const ids = seedImport(store.db, [
      { text: 'Jak oddać zamówienie?', customer: 'anna@poczta.example' },
      { text: 'jak oddać zamówienie?', customer: 'piotr@poczta.example' },
      { text: 'Chcę oddać kurtkę po praniu w pralce Bosch', customer: 'ola@poczta.example' },
      { text: 'Jak oddać zamówienie [order]?', customer: 'ewa@poczta.example' },
      { text: 'Jak oddać zamówienie [order]?', customer: 'jan@poczta.example' },
    ]);
    assignQuestions(store.db, new Map(ids.map((id) => [id, store.topicIds.returns])));
    await buildSite(store.db, { outDir: store.outDir, trigger: 'cli' });
    const index = MiniSearch.loadJSON(readFileSync(join(store.outDir, 'pl', 'search-index.json'), 'utf8'), searchOptions('pl'));
    expect(index.search('zamówienie').map((hit) => hit.id)).to.deep.equal([`t${store.topicIds.returns}`]);
    expect(index.search('pralce Bosch')).to.deep.equal([]);
    expect(readFileSync(join(store.outDir, 'pl', 'index.html'), 'utf8')).to.not.contain('oddać zamówienie');
  });

  it('changes its digest when what the site shows changes, and only then', async () => {
    const first = await siteDigest(store.db);
    seedImport(store.db, [{ text: 'Czy mogę zapłacić kartą?' }]);
    expect(await siteDigest(store.db)).to.equal(first, 'a new question without a topic changes nothing on the site');
    setSetting(store.db, SETTING.shopName, 'Sklep Kasia');
    const named = await siteDigest(store.db);
    expect(named).to.not.equal(first);
    expect(await siteDigest(store.db, '/faq/helpful')).to.not.equal(named, 'the vote buttons change the pages');
    // A shop that edits its own copy of a template gets the site rebuilt.
    const own = join(store.dir, 'templates');
    mkdirSync(own);
    setSetting(store.db, SETTING.siteTemplates, own);
    const builtIn = await siteDigest(store.db);
    writeFileSync(join(own, 'style.css'), 'body { font-family: Georgia, serif; }\n');
    expect(await siteDigest(store.db)).to.not.equal(builtIn);
  });
});
