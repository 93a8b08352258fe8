import { expect } from 'chai';
import { HtmlValidate } from 'html-validate';
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSite, type FaqJsonEntry, type SiteInput, type SiteTemplates } from '../../src/publish/render-site.js';
import { searchOptions } from '../../src/publish/site/search-terms.js';
import type { SiteEntry, SiteSettings } from '../../src/publish/site/settings.js';
import { loadSiteTemplates } from '../../src/publish/site-templates.js';
import { slugify, uniqueSlugs } from '../../src/publish/slug.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/site/', import.meta.url));
const entries: SiteEntry[] = JSON.parse(readFileSync(`${FIXTURES}entries.json`, 'utf8'));

const settings: Partial<SiteSettings> = {
  title: 'Pomoc',
  shopName: 'Sklep Kowalski',
  logoUrl: 'https://sklep.example/logo.png',
  colours: { primary: '#aa3300', text: '#111111', background: '#fffdf8' },
  footerMarkdown: 'Sklep Kowalski, **pon.–pt. 9–17**',
  contactUrl: 'https://sklep.example/kontakt',
  siteUrl: 'https://sklep.example/pomoc/',
  defaultLang: 'pl',
};

let templates: SiteTemplates;
const builtAt = new Date('2024-05-10T12:00:00Z');

function render(input: Partial<SiteInput> = {}) {
  return renderSite({ entries, settings, builtAt, ...input }, templates);
}

function jsonLdOf(html: string): Record<string, unknown> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks, 'one JSON-LD block').to.have.length(1);
  return JSON.parse(blocks[0]![1]!);
}

function anchorsOf(html: string): string[] {
  return [...html.matchAll(/<article class="faq-entry" id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('renderSite', () => {
  before(async () => {
    templates = await loadSiteTemplates();
  });

  it('writes a site per language with entry pages, indexes, sitemap, robots, faq.json and 404', () => {
    const files = [...render().files.keys()].filter((path) => !path.startsWith('assets/')).sort();
    expect(files).to.deep.equal([
      '404.html',
      'cs/12-jak-podat-reklamaci/index.html',
      'cs/7-kolik-stoji-doprava/index.html',
      'cs/index.html',
      'cs/search-index.json',
      'en/21-do-you-ship-abroad/index.html',
      'en/index.html',
      'en/search-index.json',
      'faq.json',
      'index.html',
      'pl/12-jak-zlozyc-reklamacje/index.html',
      'pl/15-czy-wystawiacie-faktury-vat/index.html',
      'pl/7-ile-kosztuje-wysylka/index.html',
      'pl/9-kiedy-dotrze-moja-paczka/index.html',
      'pl/index.html',
      'pl/search-index.json',
      'robots.txt',
      'sitemap.xml',
      'style.css',
    ]);
    expect(render().entries).to.equal(entries.length);
  });

  it('ships the search script with the modules it imports, and nothing that needs Node', () => {
    const site = render().files;
    const scripts = [...site.keys()].filter((path) => path.endsWith('.js'));
    for (const path of scripts) {
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      for (const [, target] of site.get(path)!.matchAll(/^import .* from '([^']+)';$/gm)) {
        expect(target, `${path} imports`).to.match(/^\.\.?\//);
        const resolved = new URL(target!, `https://x/${dir}`).pathname.slice(1);
        expect(site.has(resolved), `${path} imports ${resolved}`).to.equal(true);
      }
      expect(site.get(path), path).to.not.match(/from 'node:|require\(/).and.not.contain('sourceMappingURL');
    }
    expect(scripts).to.include.members(['assets/search.js', 'assets/minisearch.js', 'assets/publish/site/search-terms.js']);
  });

  it('puts each language on its own page, under its own chrome, in the editor order', () => {
    const site = render().files;
    const pl = site.get('pl/index.html')!;
    const cs = site.get('cs/index.html')!;
    expect(pl).to.contain('<html lang="pl">').and.contain('Szukaj w pytaniach').and.not.contain('Jak podat reklamaci');
    expect(cs).to.contain('<html lang="cs">').and.contain('Hledat v otázkách').and.not.contain('Jak złożyć reklamację');
    // Categories by position (Dostawa 0, Zwroty 1, Płatności 2), entries by position inside one.
    expect(anchorsOf(pl)).to.deep.equal(['t9', 't7', 't12', 't15']);
    const headings = [...pl.matchAll(/<h2 id="c\d">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).to.deep.equal(['Dostawa', 'Zwroty i reklamacje', 'Płatności']);
    // An entry without a category is listed under the language's "general" heading.
    expect(site.get('en/index.html')).to.contain('<h2 id="c1">General</h2>');
  });

  it('lists the languages on the root page, switches language and links translations with hreflang', () => {
    const site = render().files;
    const root = site.get('index.html')!;
    for (const lang of ['pl', 'cs', 'en']) expect(root).to.contain(`<a href="${lang}/" hreflang="${lang}">`);
    const pl = site.get('pl/index.html')!;
    expect(pl).to.contain('<a href="../cs/" hreflang="cs" lang="cs">Čeština</a>');
    expect(pl).to.contain('<a href="../pl/" hreflang="pl" lang="pl" aria-current="page">Polski</a>');
    expect(pl).to.contain('<link rel="alternate" hreflang="cs" href="https://sklep.example/pomoc/cs/">');
    expect(pl).to.contain('<link rel="alternate" hreflang="x-default" href="https://sklep.example/pomoc/">');
    const entryPage = site.get('pl/12-jak-zlozyc-reklamacje/index.html')!;
    expect(entryPage).to.contain('<link rel="alternate" hreflang="cs" href="https://sklep.example/pomoc/cs/12-jak-podat-reklamaci/">');
    expect(site.get('pl/15-czy-wystawiacie-faktury-vat/index.html')).to.not.contain('hreflang="cs" href');
  });

  it('renders only the configured languages, and one language as the root page itself', () => {
    const site = render({ settings: { ...settings, languages: ['cs'], defaultLang: 'cs' } }).files;
    expect(site.has('pl/index.html')).to.equal(false);
    expect(site.get('index.html')).to.contain('<html lang="cs">').and.contain('Jak podat reklamaci');
    expect(site.get('index.html')).to.contain('href="cs/12-jak-podat-reklamaci/"');
    expect(render({ settings: { ...settings, languages: ['cs'] } }).entries).to.equal(2);
  });

  it('passes an HTML validator with the recommended rules on every page', async () => {
    // Self-closed void elements (<img />, as sanitize-html writes them) are valid HTML5: a style choice.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } });
    const withFeedback = render({ settings: { ...settings, feedbackUrl: '/faq/feedback' } }).files;
    const pages = [...withFeedback].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).to.equal(12);
    for (const [path, html] of pages) {
      const report = await validator.validateString(html);
      const problems = report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(problems).to.deep.equal([]);
    }
  });

  it('has a schema.org FAQPage JSON-LD block on each language page, field by field', () => {
    const site = render().files;
    for (const lang of ['pl', 'cs', 'en']) {
      const jsonLd = jsonLdOf(site.get(`${lang}/index.html`)!);
      expect(jsonLd['@context']).to.equal('https://schema.org');
      expect(jsonLd['@type']).to.equal('FAQPage');
      expect(jsonLd.url).to.equal(`https://sklep.example/pomoc/${lang}/`);
      const mainEntity = jsonLd.mainEntity as Record<string, unknown>[];
      const own = entries.filter((entry) => entry.lang === lang);
      expect(mainEntity).to.have.length(own.length);
      for (const question of mainEntity) {
        expect(Object.keys(question).sort()).to.deep.equal(['@type', 'acceptedAnswer', 'name']);
        expect(question['@type']).to.equal('Question');
        expect(own.map((entry) => entry.question)).to.include(question.name);
        const answer = question.acceptedAnswer as Record<string, unknown>;
        expect(answer['@type']).to.equal('Answer');
        expect(answer.text).to.be.a('string').and.match(/^<p>|^<ul>/);
      }
    }
    const pl = jsonLdOf(site.get('pl/index.html')!).mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    expect(pl.find((q) => q.name === 'Jak złożyć reklamację?')!.acceptedAnswer.text).to.contain('<strong>2 lat</strong>');
  });

  it('keeps editor HTML out of scripts and the JSON-LD inside its <script>', () => {
    const hostile: SiteEntry = {
      ...entries[0]!,
      question: 'Płatność <b>kartą</b>',
      answerMarkdown: 'Tak </script><script>alert(1)</script> <img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">klik</a>',
    };
    const html = render({ entries: [hostile] }).files.get('pl/index.html')!;
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(body).to.not.match(/<script/i).and.not.contain('onerror').and.not.contain('javascript:');
    expect(body).to.contain('Płatność &lt;b&gt;kartą&lt;/b&gt;');
    const block = html.slice(html.indexOf('application/ld+json'), html.indexOf('</script>'));
    expect(block).to.not.contain('</');
    expect(html.match(/<script/g)).to.have.length(2);
  });

  it('writes a well-formed sitemap with every page, and robots.txt naming it', () => {
    const site = render().files;
    const xml = site.get('sitemap.xml')!;
    expect(xml).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n/);
    const urls = [...xml.matchAll(/ {2}<url><loc>([^<]+)<\/loc><lastmod>(\d{4}-\d\d-\d\d)<\/lastmod><\/url>\n/g)];
    // Nothing but <url> elements between the root tags.
    expect(xml.replace(/ {2}<url>.*<\/url>\n/g, '')).to.equal(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n',
    );
    const pages = [...site.keys()].filter((path) => path.endsWith('index.html') && path.includes('/'));
    expect(urls.map((m) => m[1]).sort()).to.deep.equal(pages.map((path) => `https://sklep.example/pomoc/${path.replace(/index\.html$/, '')}`).sort());
    expect(urls.find((m) => m[1] === 'https://sklep.example/pomoc/pl/')![2]).to.equal('2024-05-02');
    expect(site.get('robots.txt')).to.contain('Sitemap: https://sklep.example/pomoc/sitemap.xml');
  });

  it('writes faq.json with every published entry in the agreed shape', () => {
    const faq: FaqJsonEntry[] = JSON.parse(render().files.get('faq.json')!);
    expect(faq).to.have.length(entries.length);
    for (const item of faq) {
      expect(Object.keys(item).sort()).to.deep.equal(['answer', 'category', 'id', 'lang', 'question', 'updated', 'url']);
      expect(Object.keys(item.answer).sort()).to.deep.equal(['html', 'markdown']);
    }
    const cs = faq.find((item) => item.question === 'Jak podat reklamaci?')!;
    expect(cs).to.deep.include({ id: 'cs-12', lang: 'cs', category: 'Vrácení a reklamace', url: 'https://sklep.example/pomoc/cs/12-jak-podat-reklamaci/', updated: '2024-05-03T10:00:00.000Z' });
    expect(cs.answer.markdown).to.equal(entries[4]!.answerMarkdown);
    expect(cs.answer.html).to.contain('<strong>2 let</strong>');
  });

  it('keeps an entry anchor when its question is reworded', () => {
    const reworded = entries.map((entry) => (entry.topicId === 12 && entry.lang === 'pl' ? { ...entry, question: 'Jak mogę złożyć reklamację?' } : entry));
    const before = render().files.get('pl/index.html')!;
    const after = render({ entries: reworded }).files.get('pl/index.html')!;
    expect(anchorsOf(after)).to.deep.equal(anchorsOf(before));
    expect(after).to.contain('<a href="#t12">Jak mogę złożyć reklamację?</a>');
    expect(render({ entries: reworded }).files.has('pl/12-jak-moge-zlozyc-reklamacje/index.html')).to.equal(true);
    // The 404 page sends an entry page's old address to the same anchor.
    // (a script file, not inline, so that a strict Content-Security-Policy lets it run).
    expect(render().files.get('404.html')).to.contain('<script src="/pomoc/assets/moved.js" data-site-path="/pomoc/"></script>');
    expect(render().files.get('assets/moved.js')).to.contain("location.replace(sitePath + old[1] + '/#t' + old[2])");
  });

  it('shows the shop: name, logo, colours, footer, contact link, canonical URL, Open Graph', () => {
    const pl = render().files.get('pl/index.html')!;
    expect(pl).to.contain('<img src="https://sklep.example/logo.png" alt="" height="40"> Sklep Kowalski');
    expect(pl).to.contain('--accent: #aa3300; --text: #111111; --bg: #fffdf8;');
    expect(pl).to.contain('<strong>pon.–pt. 9–17</strong>');
    expect(pl).to.contain('Nie ma tu Twojego pytania? <a href="https://sklep.example/kontakt">Napisz do nas</a>');
    expect(pl).to.contain('<link rel="canonical" href="https://sklep.example/pomoc/pl/">');
    expect(pl).to.contain('<meta property="og:url" content="https://sklep.example/pomoc/pl/">');
    expect(pl).to.contain('<meta name="description" content="Odpowiedzi na pytania, które klienci sklepu Sklep Kowalski zadają najczęściej.">');
    const entryPage = render().files.get('pl/9-kiedy-dotrze-moja-paczka/index.html')!;
    expect(entryPage).to.contain('<h1>Kiedy dotrze moja paczka?</h1>');
    expect(entryPage).to.contain('<meta name="description" content="Zamówienia wysyłamy w ciągu 24 godzin.');
    expect(entryPage).to.contain('<a href="../#t9">');
    expect(() => render({ settings: { ...settings, colours: { primary: 'red;} body{display:none', text: '#000', background: '#fff' } } })).to.throw(
      /not a CSS colour/,
    );
  });

  it('shows "Was this helpful?" only when the site is served with a feedback address', () => {
    expect(render().files.get('pl/index.html')).to.not.contain('faq-feedback');
    const served = render({ settings: { ...settings, feedbackUrl: '/faq/feedback' } }).files;
    const forms = served.get('pl/index.html')!.match(/<form class="faq-feedback" method="post" action="\/faq\/feedback">/g);
    expect(forms).to.have.length(4);
    expect(served.get('pl/index.html')).to.contain('<input type="hidden" name="topic" value="9">');
    expect(served.get('cs/7-kolik-stoji-doprava/index.html')).to.contain('Pomohla vám tato odpověď?');
  });

  it('writes a 404 page in the default language linking to each language', () => {
    const html = render().files.get('404.html')!;
    expect(html).to.contain('<html lang="pl">').and.contain('<h1>Nie ma takiej strony</h1>');
    expect(html).to.contain('<meta name="robots" content="noindex">');
    expect(html).to.contain('<a href="/pomoc/cs/" hreflang="cs">Všechny otázky (Čeština)</a>');
    expect(html).to.contain('<link rel="stylesheet" href="/pomoc/style.css">');
  });

  it('indexes the customer wordings without showing them', () => {
    const site = render().files;
    expect(site.get('pl/index.html')).to.not.contain('chcę reklamować buty');
    const index = MiniSearch.loadJSON(site.get('pl/search-index.json')!, searchOptions('pl'));
    expect(index.search('reklamować buty').map((r) => r.id)).to.deep.equal(['t12']);
    expect(index.search('reklamacja').map((r) => r.id)).to.deep.equal(['t12']);
  });

  it("uses a shop's own templates from templatesDir and the built-in ones for the rest", async () => {
    const own = await loadSiteTemplates(`${FIXTURES}shop-templates/`);
    const site = renderSite({ entries, settings, builtAt }, own).files;
    expect(site.get('pl/9-kiedy-dotrze-moja-paczka/index.html')).to.contain('<h1 class="shop-own-entry">Kiedy dotrze moja paczka?</h1>');
    expect(site.get('style.css')).to.equal('body { font-family: Georgia, serif; }\n');
    expect(site.get('pl/index.html')).to.equal(render().files.get('pl/index.html'));
  });

  it('says when nothing is published yet, in the default language', () => {
    const site = render({ entries: [], settings: { ...settings, defaultLang: 'cs' } }).files;
    expect(site.get('index.html')).to.contain('<html lang="cs">').and.contain('Zatím nejsou zveřejněné žádné odpovědi.');
    expect((jsonLdOf(site.get('cs/index.html')!).mainEntity as unknown[])).to.deep.equal([]);
    expect(JSON.parse(site.get('faq.json')!)).to.deep.equal([]);
  });
});

describe('slugs', () => {
  it('folds Polish and Czech letters to ASCII', () => {
    expect(slugify('Żółta łódź — ile kosztuje?')).to.equal('zolta-lodz-ile-kosztuje');
    expect(slugify('Příliš žluťoučký kůň')).to.equal('prilis-zlutoucky-kun');
    expect(slugify('???')).to.equal('question');
  });

  it('numbers repeated slugs', () => {
    expect(uniqueSlugs(['A b', 'a-b', 'A B'])).to.deep.equal(['a-b', 'a-b-2', 'a-b-3']);
  });
});
