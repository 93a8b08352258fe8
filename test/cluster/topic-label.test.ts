import { expect } from 'chai';
import { topicKeywords } from '../../src/cluster/keywords.js';
import { resolveOptions } from '../../src/cluster/options.js';
import { countFeatures, inverseDocumentFrequency } from '../../src/cluster/vectorize.js';
import { readableLabel, withinOneEdit } from '../../src/cluster/topic-label.js';
import type { ClusterItem } from '../../src/model.js';

const items = (lang: ClusterItem['lang'], texts: readonly string[]): ClusterItem[] =>
  texts.map((text, i) => ({ id: i + 1, text, lang }));

describe('readableLabel', () => {
  it('passes over a central question with a typo, missing diacritics and no question mark', () => {
    const members = items('pl', [
      'zwrot toawru jak',
      'jak zwrocic towar',
      'Jak zwrócić towar?',
      'Jak zwrócić towar kupiony w sklepie internetowym?',
      'chce zwrócić towar, jak to zrobić',
      'Zwrot towaru – jak zwrócić?',
    ]);
    expect(readableLabel(members).text).to.equal('Jak zwrócić towar?');
  });

  it('prefers one short sentence to a story, and sentence case to shouting or lower case', () => {
    const members = items('cs', [
      'koupila jsem sluchátka před týdnem a nehrají. Jak je mám reklamovat? Děkuji moc za odpověď.',
      'JAK REKLAMOVAT SLUCHÁTKA?',
      'jak reklamovat sluchátka?',
      'Jak reklamovat sluchátka?',
    ]);
    expect(readableLabel(members).text).to.equal('Jak reklamovat sluchátka?');
  });

  it('keeps the most central question when all are equally well written', () => {
    const members = items('en', ['How do I return an item?', 'How can I return my order?', 'Can I return a gift?']);
    expect(readableLabel(members).id).to.equal(1);
  });

  it('does not call a word a typo when several members spell it so', () => {
    const members = items('pl', ['Czy wysyłacie paczkomatem?', 'czy wysylacie paczkomatem', 'Wysyłacie paczkomatem?', 'paczkomatem wysyłka?']);
    expect(readableLabel(members).text).to.equal('Czy wysyłacie paczkomatem?');
  });
});

describe('withinOneEdit', () => {
  it('accepts one substitution, insertion, deletion or swap and nothing more', () => {
    expect(withinOneEdit('towaru', 'toawru')).to.equal(true);
    expect(withinOneEdit('towar', 'towaru')).to.equal(true);
    expect(withinOneEdit('towaru', 'towar')).to.equal(true);
    expect(withinOneEdit('towaru', 'tovaru')).to.equal(true);
    expect(withinOneEdit('towaru', 'tovary')).to.equal(false);
    expect(withinOneEdit('zwrot', 'zwrotu')).to.equal(true);
    expect(withinOneEdit('paczka', 'paczkomat')).to.equal(false);
  });
});

describe('topic keywords leave out names and product models', () => {
  it('keeps what was asked, not which town, shop or model', () => {
    const members = items('pl', [
      'Ile kosztuje dostawa do Krakowa?',
      'Ile kosztuje dostawa odkurzacza Dyson V15 do Krakowa?',
      'Ile kosztuje dostawa do Gdańska w Elektronie?',
      'Jaki jest koszt dostawy do Gdańska?',
      'Ile kosztuje dostawa do Krakowa z Elektronu?',
      'Ile kosztuje dostawa Dyson V15 do Gdańska?',
    ]);
    const { features } = resolveOptions();
    const idf = inverseDocumentFrequency(countFeatures(members, features), features.bits);
    const keywords = topicKeywords(members, idf, features, 10);
    expect(keywords).to.include('dostawa');
    for (const noise of ['krakowa', 'gdańska', 'dyson', 'v15', 'elektronie', 'elektronu']) expect(keywords).to.not.include(noise);
  });
});
