import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromOptionValue, optionValue, readState, writeState } from '../../src/saved/state.js';

describe('the Saved quotes page state in its address', () => {
  it('reads a search, filters and grouping', () => {
    expect(readState('?q=peace%20talks&speaker=Javid%20Ahmad&lang=de&group=1')).toEqual({
      search: 'peace talks',
      speaker: 'Javid Ahmad',
      site: undefined,
      lang: 'de',
      group: true,
    });
  });

  it('tells "no filter" from "the quotes without one"', () => {
    expect(readState('').speaker).toBeUndefined();
    expect(readState('?speaker=').speaker).toBeNull();
    expect(writeState({ search: '', speaker: null, group: false })).toBe('?speaker=');
    expect(writeState({ search: '', group: false })).toBe('');
  });

  it('writes what it reads back, for any values (property)', () => {
    const value = fc.option(fc.string(), { nil: undefined }).map((v) => (v === '' ? null : v));
    fc.assert(
      fc.property(fc.string(), value, value, value, fc.boolean(), (search, speaker, site, lang, group) => {
        const state = { search, speaker, site, lang, group };
        expect(readState(writeState(state))).toEqual(state);
      }),
    );
  });

  it('keeps a select option for every value apart, "!" and "=" included', () => {
    for (const value of [undefined, null, '', '!', '=', '=x', 'DW'])
      expect(fromOptionValue(optionValue(value))).toBe(value);
    expect(new Set([undefined, null, '!', '='].map(optionValue)).size).toBe(4);
  });
});
