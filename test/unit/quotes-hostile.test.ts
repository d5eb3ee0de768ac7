/**
 * Hostile text reads like prose to the engine's bookkeeping: a paragraph longer than any article
 * has is read in pieces whose offsets still index the paragraph, a wall of quotes keeps only as
 * many as prose could hold, and nothing overflows the stack. (Timings live in npm run bench.)
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';
import { MAX_PIECE_CHARS } from '../../src/core/quotes/pieces.js';

describe('hostile text', () => {
  it('reads a paragraph longer than a piece with offsets into the whole paragraph', () => {
    const filler = 'The council met again on Monday and talked for hours. '.repeat(Math.ceil(MAX_PIECE_CHARS / 50));
    const text = `${filler}"We will rebuild the bridge before winter," said Mayor Jane Doe. ${filler}`;
    const { quotes } = findQuotes([text], 'en');
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('We will rebuild the bridge before winter');
    expect(quotes[0]!.paragraph).toBe(0);
  });

  it('keeps no more quotes than prose could hold from a wall of quote marks', () => {
    const text = '“a”, “b” and '.repeat(20_000);
    const { quotes } = findQuotes([text], 'en');
    expect(quotes.length).toBeLessThanOrEqual(text.length / 100);
  });

  it('does not overflow the stack on a hundred thousand quotes in one paragraph', () => {
    expect(() => findQuotes(['“a” '.repeat(100_000)], 'en')).not.toThrow();
  });
});
