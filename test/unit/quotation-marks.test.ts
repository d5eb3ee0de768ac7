import { describe, expect, it } from 'vitest';
import { QUOTATION_MARKS, quotationMarksFor } from '../../src/core/quotes/lang/quote-marks.js';

describe('a language’s own quotation marks, for a quote shown out of its text', () => {
  it('gives Persian and Arabic their guillemets, German its low-high marks, by primary subtag', () => {
    expect(quotationMarksFor('fa-IR')).toEqual(['«', '»']);
    expect(quotationMarksFor('ar')).toEqual(['«', '»']);
    expect(quotationMarksFor('de-DE')).toEqual(['„', '“']);
    expect(quotationMarksFor('EN')).toEqual(['“', '”']);
  });
  it('adds no marks for a language it does not know', () => {
    expect(quotationMarksFor('xx')).toBeNull();
    expect(quotationMarksFor(null)).toBeNull();
  });
  it('lists an opening and a closing mark for every language', () => {
    for (const [code, [open, close]] of Object.entries(QUOTATION_MARKS)) {
      expect(open.trim(), code).not.toBe('');
      expect(close.trim(), code).not.toBe('');
    }
  });
});
