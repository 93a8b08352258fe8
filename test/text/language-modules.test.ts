import { expect } from 'chai';
import { foldKeepingOffsets } from '../../src/text/fold.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageModule } from '../../src/text/lang/index.js';

/** Every regex-fragment list of a module, by field path. */
function fragmentLists(language: LanguageModule): [string, readonly string[]][] {
  const lists: [string, readonly string[]][] = [];
  for (const [group, fields] of Object.entries(language)) {
    if (typeof fields !== 'object' || fields === null) continue;
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) lists.push([`${group}.${field}`, value]);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, list] of Object.entries(value as Record<string, unknown>)) {
          if (Array.isArray(list)) lists.push([`${group}.${field}.${inner}`, list as string[]]);
        }
      }
    }
  }
  return lists;
}

describe('language modules', () => {
  it('registers each language once, under its ISO 639-1 code', () => {
    expect(new Set(LANGUAGE_CODES).size).to.equal(LANGUAGES.length);
    for (const code of LANGUAGE_CODES) expect(code).to.match(/^[a-z]{2}$/);
  });

  for (const language of LANGUAGES) {
    it(`${language.name}: every entry is a folded regex fragment without capturing groups`, () => {
      expect(language.months, 'one entry per month').to.have.length(12);
      const lists = fragmentLists(language);
      expect(lists.length).to.be.greaterThan(20);
      for (const [field, entries] of lists) {
        // Library stop-word lists are folded when loaded; everything else is matched as written.
        if (field === 'terms.stopWords') continue;
        for (const entry of entries) {
          const where = `${language.code} ${field}: ${entry}`;
          expect(() => new RegExp(entry, 'u'), where).not.to.throw();
          // Builders rely on group numbers of their own; a capturing group here would shift them.
          expect(new RegExp(`${entry}|`, 'u').exec('')!.length, where).to.equal(1);
          // Patterns run on folded text; an upper-case or accented letter would never match.
          const letters = entry.replace(/\\[a-zA-Z]/g, '').replace(/\\p\{\w+\}/g, '');
          if (field.startsWith('detection.cues')) continue;
          expect(foldKeepingOffsets(letters), where).to.equal(letters);
        }
      }
    });
  }
});
