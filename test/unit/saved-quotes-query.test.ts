import { describe, expect, it } from 'vitest';
import { facets, filterQuotes, fold, groupBySpeaker, indexQuotes } from '../../src/common/saved-quotes/query.js';
import { GERMAN, sample } from './saved-quotes-helpers.js';

const kabulov = sample();
const taliban = sample({ text: 'We need to talk to the Taliban', speaker: 'Omar Nessar', role: null });
const muller = sample({
  text: 'Wir müssen reden',
  speaker: 'Anna Müller',
  role: 'Ministerin',
  title: 'Russland-Wahl',
  url: GERMAN,
  lang: 'de',
  site: null,
});
const nobody = sample({ text: 'It was a deal', speaker: null, role: null });
const all = [muller, taliban, kabulov, nobody];
const index = indexQuotes(all);

describe('fold', () => {
  it('ignores case, accents and the kind of apostrophe or quote mark', () => {
    expect(fold('Müller’s „Plan“')).toBe(fold('MULLER\'s "plan"'));
  });
});

describe('filterQuotes', () => {
  it('finds every word of the search in the quote, speaker, role, title or site, keeping the order', () => {
    expect(filterQuotes(index, { search: 'taliban' })).toEqual([taliban]);
    expect(filterQuotes(index, { search: 'muller reden' })).toEqual([muller]);
    expect(filterQuotes(index, { search: "russia's envoy" })).toEqual([kabulov]);
    expect(filterQuotes(index, { search: 'foe' })).toEqual([taliban, kabulov, nobody]);
    expect(filterQuotes(index, { search: 'taliban reden' })).toEqual([]);
    expect(filterQuotes(index, { search: '  ' })).toEqual(all);
  });
  it('filters by speaker, site and language; null asks for the quotes without one', () => {
    expect(filterQuotes(index, { speaker: 'Omar Nessar' })).toEqual([taliban]);
    expect(filterQuotes(index, { speaker: null })).toEqual([nobody]);
    expect(filterQuotes(index, { site: null })).toEqual([muller]);
    expect(filterQuotes(index, { lang: 'en', search: 'deal' })).toEqual([nobody]);
  });
});

describe('facets', () => {
  it('counts speakers, sites and languages, alphabetically, the unknown last', () => {
    expect(facets(all, 'en')).toEqual({
      speaker: [
        { value: 'Anna Müller', count: 1 },
        { value: 'Omar Nessar', count: 1 },
        { value: 'Zamir Kabulov', count: 1 },
        { value: null, count: 1 },
      ],
      site: [
        { value: 'DW', count: 3 },
        { value: null, count: 1 },
      ],
      lang: [
        { value: 'de', count: 1 },
        { value: 'en', count: 3 },
      ],
    });
  });
});

describe('groupBySpeaker', () => {
  it("gives each speaker their quotes in the list's order, alphabetically, the unattributed last", () => {
    const again = sample({ text: 'Another one', savedAt: '2024-01-01T00:00:00.000Z' });
    expect(groupBySpeaker([nobody, kabulov, muller, again], 'en')).toEqual([
      { speaker: 'Anna Müller', quotes: [muller] },
      { speaker: 'Zamir Kabulov', quotes: [kabulov, again] },
      { speaker: null, quotes: [nobody] },
    ]);
  });
});
