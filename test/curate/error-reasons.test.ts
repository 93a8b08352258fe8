import { expect } from 'chai';
import { MAX_TOPIC_LABEL_LENGTH, OPERATOR, renameTopic, updateSettings } from '../../src/app/index.js';
import { errorText } from '../../src/curate/error-text.js';
import { CATALOGUES, LOCALES, placeholdersOf, translator, type Message } from '../../src/curate/i18n/index.js';
import { ERROR_CODES, ERROR_REASONS } from '../../src/error-reasons.js';
import { ConfigError, FaqtoryError, InvalidInputError } from '../../src/errors.js';
import { seedStore, type SeededStore } from './seed.js';

const textsOf = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

describe('error reason codes', () => {
  for (const locale of LOCALES) {
    it(`has a ${locale} text for every code, showing only parameters the error carries`, () => {
      const catalogue: Readonly<Record<string, Message | undefined>> = CATALOGUES[locale];
      const missing = ERROR_CODES.filter((code) => catalogue[`reason.${code}`] === undefined);
      expect(missing, `codes without a ${locale} text`).to.deep.equal([]);
      for (const code of ERROR_CODES) {
        const carried = placeholdersOf(ERROR_REASONS[code]);
        for (const text of textsOf(catalogue[`reason.${code}`]!)) {
          const unknown = [...placeholdersOf(text)].filter((name) => !carried.has(name));
          expect(unknown, `${locale} reason.${code}`).to.deep.equal([]);
        }
      }
    });
  }

  it('keeps no catalogue text for a code that no longer exists', () => {
    const stale = Object.keys(CATALOGUES.pl).filter((key) => key.startsWith('reason.') && !(ERROR_CODES as readonly string[]).includes(key.slice('reason.'.length)));
    expect(stale).to.deep.equal([]);
  });

  it('shows a counted limit with the plural forms of the editor’s language', () => {
    const counted = ERROR_CODES.filter((code) => CATALOGUES.pl[`reason.${code}`] && textsOf(CATALOGUES.pl[`reason.${code}`]).some((text) => text.includes('{count}')));
    expect(counted).to.include('topic.label.tooLong');
    for (const code of counted) expect(typeof CATALOGUES.pl[`reason.${code}`], code).to.not.equal('string');
    const refusal = new InvalidInputError({ code: 'topic.label.tooLong', params: { count: 2 } }, 'label');
    const pl = translator('pl');
    expect(errorText(refusal, pl, () => undefined)).to.equal('Nazwa tematu jest za długa: może mieć najwyżej 2 znaki. Skróć ją.');
    expect(errorText(new InvalidInputError({ code: 'topic.label.tooLong', params: { count: 5 } }, 'label'), pl, () => undefined)).to.contain('najwyżej 5 znaków.');
    expect(errorText(new InvalidInputError({ code: 'topic.label.tooLong', params: { count: 3 } }, 'label'), translator('cs'), () => undefined)).to.contain('nejvýše 3 znaky.');
  });

  describe('errors of the use cases', () => {
    let store: SeededStore;
    beforeEach(() => {
      store = seedStore();
    });
    afterEach(() => store.cleanup());

    it('carry the code and parameters, and the English sentence built from them for the command line', () => {
      const label = 'Zwroty '.repeat(MAX_TOPIC_LABEL_LENGTH);
      const error = catchError(() => renameTopic(store.db, { topicId: store.topicIds.returns, label, actor: OPERATOR }));
      expect(error).to.be.instanceOf(InvalidInputError).and.to.include({ code: 'topic.label.tooLong', field: 'label' });
      expect(error.params).to.deep.equal({ count: MAX_TOPIC_LABEL_LENGTH });
      expect(error.message).to.equal(`The topic name is too long (over ${MAX_TOPIC_LABEL_LENGTH} characters). Shorten it.`);
    });

    it('carry each setting’s own reason inside a settings refusal', () => {
      const error = catchError(() => updateSettings(store.db, { values: { 'shop.time_zone': 'Mars/Olympus', 'site.url': 'https://sklep.example/faq/' }, actor: OPERATOR }));
      const problem = (error as FaqtoryError & { problems: ReadonlyMap<string, ConfigError> }).problems.get('shop.time_zone')!;
      expect(problem).to.include({ code: 'setting.timeZone.unknown', setting: 'shop.time_zone' });
      expect(problem.params).to.deep.equal({ value: 'Mars/Olympus' });
      expect(errorText(problem, translator('pl'), () => undefined)).to.equal(
        'Nieznana strefa czasowa „Mars/Olympus”. Wybierz na przykład Europe/Warsaw albo Europe/Prague.',
      );
    });
  });
});

function catchError(work: () => unknown): FaqtoryError {
  try {
    work();
  } catch (error) {
    if (error instanceof FaqtoryError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
