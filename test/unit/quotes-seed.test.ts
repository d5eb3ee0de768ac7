/** The seed article end to end through the whole pipeline: all ten quotes, right speakers, nothing else. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../eval/pages.js';
import { score } from '../eval/match.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const gold = JSON.parse(readFileSync(`${FIXTURES}/quotes-seed/dw-from-foe-to-friend.quotes.json`, 'utf8')) as {
  quotes: { text: string; speaker: string }[];
  speakers: { name: string; role: string; aliases: string[] }[];
};

describe('seed: From foe to friend (DW)', () => {
  const {
    result,
    quotes: analysis,
    extraction,
  } = analyzeFile(`${FIXTURES}/dw-en-foe-to-friend/source.html`, 'https://www.dw.com/en/from-foe-to-friend/a-19084123');

  it('finds exactly the ten gold quotes', () => {
    const s = score(
      result.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
      gold.quotes,
    );
    expect(s.missed).toEqual([]);
    expect(s.spurious).toEqual([]);
  });

  it('gives every quote its gold speaker by full name', () => {
    expect(result.quotes.map((q) => q.speaker)).toEqual(gold.quotes.map((q) => q.speaker));
  });

  it('names the three speakers with their roles and counts', () => {
    expect(result.speakers).toEqual([
      { name: 'Omar Nessar', role: gold.speakers[0]!.role, quotes: 4 },
      { name: 'Javid Ahmad', role: gold.speakers[1]!.role, quotes: 4 },
      { name: 'Zamir Kabulov', role: gold.speakers[2]!.role, quotes: 2 },
    ]);
    const nessar = analysis.speakers.find((s) => s.name === 'Omar Nessar')!;
    expect(nessar.aliases).toEqual(expect.arrayContaining(['Nessar', 'he', 'the expert', 'CISA analyst Nessar']));
  });

  it('uses the gold cues and kinds', () => {
    expect(result.quotes.map((q) => q.kind)).toEqual([
      'direct',
      'direct',
      'direct',
      'partial',
      'direct',
      'direct',
      'direct',
      'direct',
      'direct',
      'direct',
    ]);
    expect(result.quotes[0]!.cue).toBe('he told DW');
    expect(result.quotes[2]!.cue).toBe('continuation');
    expect(result.quotes[6]!.cue).toBe('said the expert');
  });

  it('points offsets at exactly the quoted words, and marks nothing else ("so-called" stays plain)', () => {
    for (const q of analysis.quotes) {
      const text = extraction!.paragraphs[q.paragraph]!.textContent ?? '';
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    expect(analysis.terms).toEqual([]);
    expect(analysis.quotes.some((q) => q.text.includes('so-called'))).toBe(false);
  });
});
