import { describe, expect, it } from 'vitest';
import { LIMITS, articleAddress, parseSavedQuote, quoteKey } from '../../src/common/saved-quotes/saved-quote.js';
import { SEED, sample } from './saved-quotes-helpers.js';

describe('articleAddress', () => {
  it('drops the fragment, text fragments included, and keeps the query', () => {
    expect(articleAddress(`${SEED}#:~:text=Russia`)).toBe(SEED);
    expect(articleAddress('https://example.org/a?id=3#top')).toBe('https://example.org/a?id=3');
  });
  it('refuses what is not an http(s) address', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'no address', ''])
      expect(articleAddress(url)).toBeNull();
  });
});

describe('quoteKey', () => {
  it('is the same for the same words in the same article, whatever the fragment and white space', () => {
    expect(quoteKey(`${SEED}#x`, ' Russia  and\nAfghanistan ')).toBe(quoteKey(SEED, 'Russia and Afghanistan'));
  });
  it('compares Unicode composed: "é" typed either way is one key', () => {
    expect(quoteKey(SEED, 'caf\u00e9')).toBe(quoteKey(SEED, 'cafe\u0301'));
  });
  it('differs for other words or another article', () => {
    expect(quoteKey(SEED, 'a b')).not.toBe(quoteKey(SEED, 'a c'));
    expect(quoteKey(SEED, 'a b')).not.toBe(quoteKey('https://www.dw.com/en/other/a-1', 'a b'));
  });
});

describe('parseSavedQuote', () => {
  it('keeps a valid quote as it is', () => {
    expect(parseSavedQuote(sample())).toEqual({ ok: true, quote: sample() });
  });
  it('normalizes: white space collapsed, fragment dropped, savedAt in UTC, unknown fields dropped', () => {
    const parsed = parseSavedQuote({
      ...sample(),
      text: '  Russia and\n Afghanistan ',
      url: `${SEED}#:~:text=Russia`,
      savedAt: '2025-03-01T10:30:00+01:00',
      role: '',
      extra: '<script>',
    });
    expect(parsed).toEqual({
      ok: true,
      quote: sample({ text: 'Russia and Afghanistan', role: null, savedAt: '2025-03-01T09:30:00.000Z' }),
    });
  });
  it('is idempotent', () => {
    const once = parseSavedQuote({ ...sample(), text: ' a\tb ' });
    expect(once.ok && parseSavedQuote(once.quote)).toEqual(once);
  });
  it('dates a quote without savedAt with the default given, and refuses one without either', () => {
    const { savedAt: _, ...rest } = sample();
    expect(parseSavedQuote(rest, '2025-01-02T00:00:00.000Z')).toMatchObject({
      ok: true,
      quote: { savedAt: '2025-01-02T00:00:00.000Z' },
    });
    expect(parseSavedQuote(rest)).toMatchObject({ ok: false, problem: /savedAt/ });
  });
  it.each([
    ['not an object', 'quote'],
    ['no text', { ...sample(), text: undefined }],
    ['empty text', { ...sample(), text: ' \n ' }],
    ['a text too long', { ...sample(), text: 'x'.repeat(LIMITS.text + 1) }],
    ['a number for a speaker', { ...sample(), speaker: 3 }],
    ['a role too long', { ...sample(), role: 'r'.repeat(LIMITS.role + 1) }],
    ['a javascript: address', { ...sample(), url: 'javascript:alert(1)' }],
    ['no title', { ...sample(), title: undefined }],
    ['a language that is no tag', { ...sample(), lang: 'en_US; drop' }],
    ['a date that is no date', { ...sample(), published: 'yesterday' }],
    ['an impossible date', { ...sample(), savedAt: '2025-13-45T00:00:00Z' }],
    ['an array', [sample()]],
  ])('refuses %s', (_, value) => {
    expect(parseSavedQuote(value).ok).toBe(false);
  });
});
