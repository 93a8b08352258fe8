import { expect } from 'chai';
import { EDITOR_LANGUAGES, searchTopics } from '../../src/app/index.js';
import { LOCALES } from '../../src/curate/i18n/index.js';
import { lineDiff } from '../../src/curate/line-diff.js';
import { sparkline } from '../../src/curate/sparkline.js';

describe('workbench parts', () => {
  it('lets users choose exactly the languages the editor has texts for', () => {
    expect([...EDITOR_LANGUAGES]).to.deep.equal([...LOCALES]);
  });

  it('diffs two answer versions line by line, keeping the common lines in order', () => {
    const before = 'Masz 14 dni na zwrot.\n\n- wypełnij formularz\n- odeślij paczkę';
    const after = 'Masz 30 dni na zwrot.\n\n- wypełnij formularz\n- zadzwoń do nas\n- odeślij paczkę';
    expect(lineDiff(before, after)).to.deep.equal([
      { kind: 'removed', text: 'Masz 14 dni na zwrot.' },
      { kind: 'added', text: 'Masz 30 dni na zwrot.' },
      { kind: 'same', text: '' },
      { kind: 'same', text: '- wypełnij formularz' },
      { kind: 'added', text: '- zadzwoń do nas' },
      { kind: 'same', text: '- odeślij paczkę' },
    ]);
    expect(lineDiff('', 'Nowa odpowiedź.')).to.deep.equal([
      { kind: 'removed', text: '' },
      { kind: 'added', text: 'Nowa odpowiedź.' },
    ]);
  });

  it('draws a trend line scaled to its highest week and says which way it goes', () => {
    const rising = sparkline([0, 0, 1, 0, 2, 1, 3, 4, 2, 5, 6, 8]);
    const points = rising.points.split(' ').map((point) => point.split(',').map(Number));
    expect(points).to.have.length(12);
    // The highest week touches the top margin, an empty week the bottom one.
    expect(Math.min(...points.map(([, y]) => y!))).to.equal(2);
    expect(points[0]![1]).to.equal(rising.height - 2);
    expect(rising.direction).to.equal('rising');
    expect(sparkline([5, 4, 4, 1, 0, 0]).direction).to.equal('falling');
    expect(sparkline([0, 0, 0]).direction).to.equal('steady');
  });

  it('finds topics by inflected, diacritic-less words in each topic’s language', () => {
    const topics = [
      { id: 1, label: 'Jak zwrócić towar kupiony przez internet?', keywords: ['zwrot', 'towar'], lang: 'pl' },
      { id: 2, label: 'Kdy mi přijde balík?', keywords: ['balík', 'doprava'], lang: 'cs' },
      { id: 3, label: 'When will my parcel arrive?', keywords: ['parcel', 'delivery'], lang: 'en' },
      { id: 4, label: 'Zwrot pieniędzy za paczkę', keywords: ['zwrot', 'pieniądze'], lang: 'pl' },
    ];
    expect(searchTopics(topics, 'towaru')).to.deep.equal([1]);
    expect(searchTopics(topics, 'ZWROT')).to.deep.equal([1, 4]);
    expect(searchTopics(topics, 'zwrot pieniedzy')).to.deep.equal([4]);
    expect(searchTopics(topics, 'balíky')).to.deep.equal([2]);
    expect(searchTopics(topics, 'balik')).to.deep.equal([2]);
    expect(searchTopics(topics, 'parcels')).to.deep.equal([3]);
    // A word begun is enough, as when typing.
    expect(searchTopics(topics, 'deliv')).to.deep.equal([3]);
    expect(searchTopics(topics, 'reklamacja')).to.deep.equal([]);
  });
});
