import { expect } from 'chai';
import Handlebars from 'handlebars';
import { ConfigError } from '../../src/errors.js';
import {
  CATALOGUES,
  INTL_TAGS,
  LOCALES,
  negotiateLocale,
  placeholdersOf,
  registerI18nHelpers,
  translator,
  type Message,
} from '../../src/curate/i18n/index.js';

/** Every `{name}` a message uses, across all its plural forms. */
function placeholdersOfMessage(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...placeholdersOf(text)]))].sort();
}

describe('i18n catalogue', () => {
  const polish = CATALOGUES.pl;
  const polishKeys = Object.keys(polish).sort();

  for (const locale of LOCALES) {
    describe(`${locale} catalogue`, () => {
      const catalogue: Readonly<Record<string, Message>> = CATALOGUES[locale];

      it('has exactly the Polish keys', () => {
        expect(Object.keys(catalogue).sort()).to.deep.equal(polishKeys);
      });

      it('uses the same placeholders as Polish in every message', () => {
        const mismatches = polishKeys.filter(
          (key) => placeholdersOfMessage(catalogue[key]!).join() !== placeholdersOfMessage(polish[key as keyof typeof polish]).join(),
        );
        expect(mismatches).to.deep.equal([]);
      });

      it("gives every plural message exactly the language's plural forms, and no empty text", () => {
        const categories = new Intl.PluralRules(INTL_TAGS[locale]).resolvedOptions().pluralCategories.slice().sort();
        for (const key of polishKeys) {
          const message = catalogue[key]!;
          const polishIsPlural = typeof polish[key as keyof typeof polish] !== 'string';
          expect(typeof message !== 'string', `${key} plural in pl and ${locale}`).to.equal(polishIsPlural);
          if (typeof message === 'string') {
            expect(message.trim(), key).not.to.equal('');
          } else {
            expect(Object.keys(message).sort(), key).to.deep.equal(categories);
            for (const text of Object.values(message)) expect(text, key).to.include('{count}');
          }
        }
      });
    });
  }
});

describe('translator', () => {
  const pl = translator('pl');
  const cs = translator('cs', 'Europe/Prague');
  const en = translator('en', 'Europe/London');

  it('chooses Polish, Czech and English plural forms by count', () => {
    expect([1, 2, 5, 12, 22, 1.5].map((count) => pl.t('count.questions', { count }))).to.deep.equal([
      '1 pytanie',
      '2 pytania',
      '5 pytań',
      '12 pytań',
      '22 pytania',
      '1,5 pytania',
    ]);
    expect([1, 2, 5, 1.5].map((count) => cs.t('count.questions', { count }))).to.deep.equal(['1 dotaz', '2 dotazy', '5 dotazů', '1,5 dotazu']);
    expect([1, 2, 0].map((count) => en.t('count.topics', { count }))).to.deep.equal(['1 topic', '2 topics', '0 topics']);
  });

  it('formats numbers inside messages with the locale’s grouping', () => {
    expect(pl.t('count.questions', { count: 12345 })).to.match(/^12\s345 pytań$/u);
    expect(en.t('count.questions', { count: 12345 })).to.equal('12,345 questions');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(pl.t('topic.merge.done', { source: 'Zwroty', target: 'Zwrot towaru' })).to.equal('Połączono „Zwroty” z „Zwrot towaru”.');
    expect(cs.t('nav.signedInAs')).to.equal('Přihlášený uživatel: {name}');
  });

  it('formats dates in the given time zone', () => {
    // 02:00 UTC is already 10 January in Warsaw but still 9 January in New York.
    const moment = new Date('2026-01-10T02:00:00Z');
    expect(pl.formatDate(moment)).to.equal('10 sty 2026, 03:00');
    expect(translator('pl', 'America/New_York').formatDate(moment, 'date')).to.equal('9 sty 2026');
    expect(cs.formatDate('2026-01-10T02:00:00Z', 'dateTime')).to.equal('10. 1. 2026 3:00');
    expect(en.formatDate(moment.getTime(), 'date')).to.equal('10 Jan 2026');
    expect(pl.formatDate('not a date')).to.equal('');
    expect(pl.formatDate(null)).to.equal('');
  });

  it('says how long ago something happened, by calendar days in the shop’s zone', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const threeDaysAgo = new Date('2026-11-27T12:00:00Z');
    expect([pl, cs, en].map((t) => t.relativeTime(threeDaysAgo, now))).to.deep.equal(['3 dni temu', 'před 3 dny', '3 days ago']);
    expect(pl.relativeTime(new Date('2026-11-30T11:55:00Z'), now)).to.equal('5 minut temu');
    expect(pl.relativeTime(new Date('2026-11-30T14:00:00Z'), now)).to.equal('za 2 godziny');
    // 00:30 in Warsaw on the 30th; the question came at 10:00 Warsaw time on the 29th.
    const justAfterMidnight = new Date('2026-11-29T23:30:00Z');
    const morningBefore = new Date('2026-11-29T09:00:00Z');
    expect(translator('pl', 'Europe/Warsaw').relativeTime(morningBefore, justAfterMidnight)).to.equal('wczoraj');
    expect(translator('pl', 'UTC').relativeTime(morningBefore, justAfterMidnight)).to.equal('dzisiaj');
  });

  it('formats durations, percentages, lists and weekday names', () => {
    expect(pl.formatDuration(135 * 60_000)).to.equal('2 godz. 15 min');
    expect(cs.formatDuration((3 * 24 + 4) * 3_600_000)).to.equal('3 dny 4 h');
    expect(en.formatDuration(3_600_000)).to.equal('1 hr');
    expect(en.formatDuration(45_000)).to.equal('45 secs');
    expect(pl.formatPercent(0.823)).to.equal('82%');
    expect(cs.formatPercent(0.823)).to.match(/^82\s%$/u);
    expect(pl.formatList(['e-mail', 'telefon', 'czat'])).to.equal('e-mail, telefon i czat');
    expect(pl.weekdayNames()).to.deep.equal(['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela']);
    expect(cs.weekdayNames('short')[0]).to.equal('po');
  });

  it('refuses a time zone the runtime does not know, with a settings error', () => {
    expect(() => translator('pl', 'Europe/Atlantis')).to.throw(ConfigError, /Europe\/Atlantis/);
  });
});

describe('negotiateLocale', () => {
  it('prefers the user’s own setting', () => {
    expect(negotiateLocale('cs-CZ,cs;q=0.9', 'en')).to.equal('en');
    expect(negotiateLocale('cs-CZ,cs;q=0.9', 'de')).to.equal('cs');
  });

  it('takes the browser’s best-weighted language the editor speaks', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).to.equal('en');
    expect(negotiateLocale('de-DE, en;q=0.5, cs;q=0.7')).to.equal('cs');
    expect(negotiateLocale('cs;q=0, en')).to.equal('en');
    expect(negotiateLocale('sk-SK,sk;q=0.9,en;q=0.5')).to.equal('cs');
  });

  it('falls back to Polish', () => {
    expect(negotiateLocale(undefined)).to.equal('pl');
    expect(negotiateLocale('de, fr;q=0.8, *;q=0.1')).to.equal('pl');
    expect(negotiateLocale(';q=abc,,en;q=nope')).to.equal('pl');
  });
});

describe('registerI18nHelpers', () => {
  const handlebars = Handlebars.create();
  registerI18nHelpers(handlebars);
  handlebars.registerPartial('row', '<li>{{label}}: {{t "count.questions" count=size}}, {{t "status" status}}</li>');
  const page = handlebars.compile(
    '<p>{{t "nav.signedInAs" name=user}}</p><ul>{{#each topics}}{{> row}}{{/each}}</ul>' +
      '<p>{{formatDate importedAt "date"}} {{relativeTime importedAt}} {{formatNumber total}} {{formatPercent coverage}}</p>' +
      '<p>{{#each (weekdayNames "short")}}{{this}} {{/each}}</p>',
  );
  const data = {
    user: '<b>Ewa</b>',
    topics: [
      { label: 'Zwroty', size: 5, status: 'published' },
      { label: 'Dostawa', size: 2, status: 'new' },
    ],
    importedAt: '2026-01-10T02:00:00Z',
    total: 1234,
    coverage: 0.5,
  };

  it('renders in the root context’s locale and time zone, inside partials and loops', () => {
    const html = page({ ...data, locale: 'cs', timeZone: 'America/New_York' });
    expect(html).to.include('<li>Zwroty: 5 dotazů, Zveřejněné</li><li>Dostawa: 2 dotazy, Nové</li>');
    expect(html).to.include('<p>9. 1. 2026 ');
    expect(html).to.match(/ 1\s234 50\s%<\/p>/u);
    expect(html).to.include('po út st čt pá so ne');
  });

  it('speaks Polish when the page sets no locale, and escapes parameters', () => {
    const html = page(data);
    expect(html).to.include('<p>Zalogowano jako &lt;b&gt;Ewa&lt;/b&gt;</p>');
    expect(html).to.include('<li>Zwroty: 5 pytań, Opublikowany</li>');
    expect(html).to.include('<p>10 sty 2026 ');
  });

  it('fails loudly on a key that no catalogue has', () => {
    expect(() => handlebars.compile('{{t "nav.nowhere"}}')({ locale: 'en' })).to.throw(/nav\.nowhere/);
  });
});
