import { describe, expect, it } from 'vitest';
import { quoteLink, quoteStart, textFragment } from '../../src/common/saved-quotes/text-fragment.js';
import { SEED } from './saved-quotes-helpers.js';

describe('quoteStart', () => {
  it('keeps a short quote whole, up to its last word', () => {
    expect(quoteStart('We are friends again.')).toBe('We are friends again');
  });
  it('takes the first eight words of a long quote', () => {
    expect(quoteStart('one two three four five six seven eight nine ten')).toBe(
      'one two three four five six seven eight',
    );
  });
  it('ends at a word boundary within 100 characters', () => {
    const start = quoteStart(`${'Donaudampfschifffahrtsgesellschaft '.repeat(4)}end`, 'de');
    expect(start).toBe('Donaudampfschifffahrtsgesellschaft Donaudampfschifffahrtsgesellschaft');
    expect(quoteStart('x'.repeat(150))).toBe('x'.repeat(150));
  });
  it('collapses white space', () => {
    expect(quoteStart('  We\n  are\tfriends ')).toBe('We are friends');
  });
  it('cuts text written without spaces between words, not inside one', () => {
    const start = quoteStart('我们希望两国之间的关系能够继续发展并且变得更加紧密和友好我们对未来充满信心', 'zh');
    expect(start.length).toBeGreaterThan(0);
    expect(start.length).toBeLessThan(30);
    expect('我们希望两国之间的关系能够继续发展并且变得更加紧密和友好我们对未来充满信心'.startsWith(start)).toBe(true);
  });
  it('keeps right-to-left words in their logical order', () => {
    expect(quoteStart('روسیه و افغانستان دوباره دوست شده‌اند', 'fa')).toBe('روسیه و افغانستان دوباره دوست شده‌اند');
  });
});

describe('textFragment', () => {
  it("percent-encodes the directive's own characters: - , &", () => {
    expect(textFragment('Well-known, loved & hated')).toBe(':~:text=Well%2Dknown%2C%20loved%20%26%20hated');
  });
  it('encodes what a URL fragment may not hold, and non-ASCII as UTF-8', () => {
    expect(textFragment('„Wir sind #1“ sagt Müller')).toBe(
      ':~:text=%E2%80%9EWir%20sind%20%231%E2%80%9C%20sagt%20M%C3%BCller',
    );
    expect(textFragment("It's 100% (sic)")).toBe(":~:text=It's%20100%25%20(sic");
  });
  it('decodes back to the start of the quote', () => {
    const text = 'Afghanistan, Pakistan & Co. - a "new" era: 50/50?';
    const fragment = textFragment(text);
    expect(decodeURIComponent(fragment.slice(':~:text='.length))).toBe(quoteStart(text));
    expect(fragment.slice(':~:text='.length)).not.toMatch(/[-,&#\s]/);
  });
  it('survives a lone surrogate instead of throwing', () => {
    expect(() => textFragment('bad \uD800 text')).not.toThrow();
  });
});

describe('quoteLink', () => {
  it("replaces the address's own fragment by the text fragment", () => {
    expect(quoteLink(`${SEED}#comments`, 'Russia and Afghanistan have become friends again')).toBe(
      `${SEED}#:~:text=Russia%20and%20Afghanistan%20have%20become%20friends%20again`,
    );
  });
  it('gives what is not an http(s) address back untouched', () => {
    expect(quoteLink('javascript:alert(1)', 'x')).toBe('javascript:alert(1)');
  });
});
