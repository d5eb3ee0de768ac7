/** The eval's scorer: token F1, one-to-one matching, joined run-on pieces, loose speaker names. */
import { describe, expect, it } from 'vitest';
import { sameSpeaker, score, tokenF1, words } from '../eval/match.js';

describe('eval matching', () => {
  it('normalises quote marks, case and punctuation', () => {
    expect(words('“We’d rather,” she said.')).toEqual(["we'd", 'rather', 'she', 'said']);
    expect(tokenF1('Russia has sought closer ties,', 'russia has sought closer ties')).toBe(1);
    expect(tokenF1('a b c d', 'e f')).toBe(0);
  });

  it('counts each Chinese character as a word: a dropped clause costs its share, not the whole quote', () => {
    expect(words('我希望,中文節目')).toEqual(['我', '希', '望', '中', '文', '節', '目']);
    expect(tokenF1('我們如今更需要獨立的媒體。', '我們如今比任何時候都更需要獨立的媒體')).toBeGreaterThanOrEqual(0.8);
  });

  it('matches one to one, best overlap first', () => {
    const gold = [{ text: 'the goal is to undermine trust', speaker: 'Omar Nessar' }];
    const engine = [
      { text: 'the goal is to undermine trust', speaker: 'Nessar' },
      { text: 'the goal is to undermine trust', speaker: 'Nessar' },
    ];
    const s = score(engine, gold);
    expect(s.matches).toHaveLength(1);
    expect(s.spurious).toEqual([1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.speakerAccuracy).toBe(1);
  });

  it('joins consecutive run-on pieces that together make one gold quote', () => {
    const gold = [{ text: 'first part of the quote. second part of the quote', speaker: 'A' }];
    const engine = [
      { text: 'first part of the quote.', speaker: 'A', paragraph: 1 },
      { text: 'second part of the quote', speaker: 'A', paragraph: 2 },
    ];
    const s = score(engine, gold);
    expect(s.matches[0]!.engine).toEqual([0, 1]);
    expect(s.precision).toBe(1);
    expect(s.f1).toBe(1);
  });

  it('compares speakers loosely: surname, alias, both null', () => {
    expect(sameSpeaker({ text: '', speaker: 'Ahmad' }, { text: '', speaker: 'Javid Ahmad' })).toBe(true);
    expect(
      sameSpeaker(
        { text: '', speaker: 'le ministre des Affaires étrangères' },
        { text: '', speaker: 'Laurent Fabius', aliases: ['le ministre des Affaires étrangères'] },
      ),
    ).toBe(true);
    expect(sameSpeaker({ text: '', speaker: null }, { text: '', speaker: null })).toBe(true);
    expect(sameSpeaker({ text: '', speaker: null }, { text: '', speaker: 'X' })).toBe(false);
    expect(sameSpeaker({ text: '', speaker: 'Javid Ahmad' }, { text: '', speaker: 'Omar Nessar' })).toBe(false);
  });
});
