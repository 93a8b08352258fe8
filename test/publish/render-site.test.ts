import { expect } from 'chai';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { renderSite, type SiteTemplates } from '../../src/publish/render-site.js';
import { TEMPLATES_DIR } from '../../src/publish/site-templates.js';
import { slugify, uniqueSlugs } from '../../src/publish/slug.js';

const templates: SiteTemplates = {
  page: readFileSync(`${TEMPLATES_DIR}site/index.hbs`, 'utf8'),
  css: readFileSync(`${TEMPLATES_DIR}site/style.css`, 'utf8'),
};

const entries = [
  { question: 'Jak zwrócić towar?', bodyMd: 'Masz **14 dni** na zwrot. Wypełnij [formularz](https://sklep.example/zwroty).' },
  { question: 'Ile kosztuje dostawa?', bodyMd: '- kurier: 15 zł\n- paczkomat: 10 zł' },
  { question: 'Jak zwrócić towar?', bodyMd: 'Druga odpowiedź </script><script>alert(1)</script> na to samo.' },
  { question: 'Płatność <b>kartą</b>', bodyMd: '<img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">klik</a> Tak.' },
];

function render() {
  return renderSite({ title: 'Pomoc — Sklep', lang: 'pl', entries, builtAt: new Date('2024-05-01T12:00:00Z') }, templates);
}

function jsonLdOf(html: string): { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] } {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'JSON-LD block').to.not.equal(null);
  return JSON.parse(match![1]!);
}

describe('renderSite', () => {
  it('writes index.html and style.css', () => {
    const site = render();
    expect([...site.files.keys()].sort()).to.deep.equal(['index.html', 'style.css']);
    expect(site.entries).to.equal(4);
  });

  it('is a complete HTML5 page in the site language', () => {
    const html = render().files.get('index.html')!;
    expect(html).to.match(/^<!doctype html>/i);
    expect(html).to.contain('<html lang="pl">');
    expect(html).to.contain('<meta charset="utf-8">');
    expect(html).to.match(/<meta name="viewport"[^>]*width=device-width/);
    expect(html).to.contain('<title>Pomoc — Sklep</title>');
  });

  it('passes an HTML validator with the recommended rules', async () => {
    // Self-closed void elements (<img />, as sanitize-html writes them) are valid HTML5: a style choice.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } });
    const report = await validator.validateString(render().files.get('index.html')!);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).to.deep.equal([]);
  });

  it('gives every question a unique anchor that the table of contents links to', () => {
    const html = render().files.get('index.html')!;
    const ids = [...html.matchAll(/<h2 id="([^"]+)"><a class="faq-anchor"/g)].map((m) => m[1]);
    expect(ids).to.deep.equal(['jak-zwrocic-towar', 'ile-kosztuje-dostawa', 'jak-zwrocic-towar-2', 'platnosc-b-karta-b']);
    for (const id of ids) expect(html).to.contain(`<a href="#${id}">`);
  });

  it('renders Markdown and escapes question headings', () => {
    const html = render().files.get('index.html')!;
    expect(html).to.contain('<strong>14 dni</strong>');
    expect(html).to.contain('<a href="https://sklep.example/zwroty">formularz</a>');
    expect(html).to.contain('<li>kurier: 15 zł</li>');
    expect(html).to.contain('Płatność &lt;b&gt;kartą&lt;/b&gt;');
  });

  it('strips scripts, event handlers and javascript: links from answers', () => {
    const html = render().files.get('index.html')!;
    const body = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
    expect(body).to.not.match(/<script/i);
    expect(body).to.not.contain('onerror');
    expect(body).to.not.contain('javascript:');
    expect(body).to.not.contain('alert(1)');
  });

  it('has a schema.org FAQPage JSON-LD block with every entry, safe inside <script>', () => {
    const html = render().files.get('index.html')!;
    const jsonLd = jsonLdOf(html);
    expect(jsonLd['@type']).to.equal('FAQPage');
    expect(jsonLd.mainEntity.map((q) => q.name)).to.deep.equal(entries.map((e) => e.question));
    expect(jsonLd.mainEntity[0]!.acceptedAnswer.text).to.contain('<strong>14 dni</strong>');
    const block = html.slice(html.indexOf('application/ld+json'), html.indexOf('</script>'));
    expect(block).to.not.contain('</');
    // Only the JSON-LD and the search script are scripts: nothing an editor wrote became one.
    expect(html.match(/<script/g)).to.have.length(2);
  });

  it('includes the offline search box and says when nothing is published', () => {
    expect(render().files.get('index.html')).to.contain('id="faq-search-input"');
    const empty = renderSite({ title: 'FAQ', lang: 'cs', entries: [], builtAt: new Date() }, templates);
    const html = empty.files.get('index.html')!;
    expect(html).to.contain('<html lang="cs">');
    expect(html).to.contain('Zatím nejsou zveřejněné žádné odpovědi.');
    expect(jsonLdOf(html).mainEntity).to.deep.equal([]);
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
