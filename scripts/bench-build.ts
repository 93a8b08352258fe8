import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSite } from '../src/publish/render-site.js';
import type { SiteEntry } from '../src/publish/site/settings.js';
import { loadSiteTemplates } from '../src/publish/site-templates.js';
import { writeSite } from '../src/publish/write-site.js';
import { printTable } from './table.js';

/**
 * Building the FAQ site from 100 / 1,000 / 10,000 published entries in three languages (and 100
 * in one, the page-weight target): render time (pure), write time (atomic swap on disk), the
 * heaviest language page, an entry page, and the search index. Target: 1,000 entries in < 2 s.
 * The machine is shared, so the build's CPU time is shown beside its wall-clock time.
 */
const WORDS: Record<string, { questions: string[]; nouns: string[]; categories: string[]; filler: string[] }> = {
  pl: {
    questions: ['Jak', 'Kiedy', 'Czy mogę', 'Ile kosztuje', 'Gdzie sprawdzić'],
    nouns: ['zwrot towaru', 'reklamację butów', 'dostawę kurierem', 'paczkę do paczkomatu', 'fakturę VAT', 'płatność kartą', 'rabat', 'gwarancję'],
    categories: ['Dostawa', 'Zwroty i reklamacje', 'Płatności', 'Konto', 'Produkty'],
    filler: ['Zamówienie wysyłamy w ciągu 24 godzin.', 'Formularz znajdziesz w zakładce **Moje konto**.', 'Dołącz numer zamówienia.', 'Zwrot pieniędzy trwa do 14 dni.'],
  },
  cs: {
    questions: ['Jak', 'Kdy', 'Mohu', 'Kolik stojí', 'Kde zjistím'],
    nouns: ['vrácení zboží', 'reklamaci bot', 'dopravu kurýrem', 'balík na výdejní místo', 'fakturu', 'platbu kartou', 'slevu', 'záruku'],
    categories: ['Doprava', 'Vrácení a reklamace', 'Platby', 'Účet', 'Zboží'],
    filler: ['Objednávky odesíláme do 24 hodin.', 'Formulář najdete v sekci **Můj účet**.', 'Přiložte číslo objednávky.', 'Peníze vracíme do 14 dnů.'],
  },
  en: {
    questions: ['How do I get', 'When will I get', 'Can I change', 'How much is', 'Where do I find'],
    nouns: ['a refund', 'a replacement', 'delivery by courier', 'my parcel', 'an invoice', 'card payment', 'a discount', 'the warranty'],
    categories: ['Delivery', 'Returns', 'Payments', 'Account', 'Products'],
    filler: ['We ship orders within 24 hours.', 'The form is under **My account**.', 'Add your order number.', 'Refunds take up to 14 days.'],
  },
};

function generateEntries(count: number, languages: readonly string[]): SiteEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const lang = languages[i % languages.length]!;
    const words = WORDS[lang]!;
    const pick = <T>(list: readonly T[], salt: number) => list[(i * 7 + salt * 13 + Math.floor(i / 5)) % list.length]!;
    const category = i % words.categories.length;
    return {
      topicId: i + 1,
      lang,
      question: `${pick(words.questions, 1)} ${pick(words.nouns, 2)} (${i + 1})?`,
      answerMarkdown: `${pick(words.filler, 3)} ${pick(words.filler, 4)}\n\n- ${pick(words.filler, 5)}\n- [${pick(words.nouns, 6)}](https://shop.example/help/${i})\n\n${pick(words.filler, 7)}`,
      category: words.categories[category]!,
      categoryPosition: category,
      position: i,
      updatedAt: new Date(Date.UTC(2024, 0, 1 + (i % 300))).toISOString(),
      wordings: [pick(words.nouns, 8), `${pick(words.questions, 9)} ${pick(words.nouns, 10)}`],
    };
  });
}

const kb = (text: string | undefined) => ((text === undefined ? 0 : Buffer.byteLength(text)) / 1024).toFixed(1);

export async function main(): Promise<void> {
  const templates = await loadSiteTemplates();
  const cases = [
    { count: 100, languages: ['pl'] },
    { count: 100, languages: ['pl', 'cs', 'en'] },
    { count: 1000, languages: ['pl', 'cs', 'en'] },
    { count: 10000, languages: ['pl', 'cs', 'en'] },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-build-'));
  const rows: string[][] = [];
  try {
    for (const { count, languages } of cases) {
      const entries = generateEntries(count, languages);
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const site = renderSite({ entries, settings: { title: 'FAQ', shopName: 'Bench Shop' }, builtAt: new Date() }, templates);
      const rendered = performance.now();
      await writeSite(join(dir, `site-${count}-${languages.length}`), site.files);
      const written = performance.now();
      const cpu = process.cpuUsage(cpuStart);
      const pages = languages.map((lang) => site.files.get(`${lang}/index.html`)!);
      const heaviest = pages.reduce((a, b) => (Buffer.byteLength(a) >= Buffer.byteLength(b) ? a : b));
      const entryPage = [...site.files].find(([path]) => /^pl\/\d+-/.test(path))?.[1];
      const indexes = languages.map((lang) => site.files.get(`${lang}/search-index.json`)!);
      const totalBytes = [...site.files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0);
      rows.push([
        count.toLocaleString('en'),
        languages.join(','),
        ((rendered - start) / 1000).toFixed(2),
        ((written - rendered) / 1000).toFixed(2),
        ((written - start) / 1000).toFixed(2),
        ((cpu.user + cpu.system) / 1e6).toFixed(2),
        site.files.size.toLocaleString('en'),
        `${kb(heaviest)} (${Math.round(count / languages.length)})`,
        kb(entryPage),
        kb(indexes.reduce((a, b) => (a.length >= b.length ? a : b))),
        (totalBytes / 1024 / 1024).toFixed(1),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const assets = Object.values(templates.assets).reduce((sum, content) => sum + Buffer.byteLength(content), 0) + Buffer.byteLength(templates.css);
  printTable(
    `Site build (target: 1,000 entries in < 2 s, < 100 KB per page for 100 entries; CSS + scripts ${(assets / 1024).toFixed(1)} KB, loaded once)`,
    ['entries', 'languages', 'render s', 'write s', 'build s', 'build CPU s', 'files', 'language page KB (entries)', 'entry page KB', 'search index KB', 'site MB'],
    rows,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
