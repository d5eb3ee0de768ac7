/** Shared by the saved-quotes unit tests: sample quotes, a fake `storage.local`, an arbitrary. */
import fc from 'fast-check';
import type { StorageAreaLike } from '../../src/common/saved-quotes/store.js';
import type { SavedQuote } from '../../src/common/saved-quotes/saved-quote.js';

export const SEED = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
export const GERMAN = 'https://www.dw.com/de/russland-wahl-nadeschdin-setzt-auf-ein-ende-der-putin-%C3%A4ra/a-68117411';

export function sample(overrides: Partial<SavedQuote> = {}): SavedQuote {
  return {
    text: 'Russia and Afghanistan have become friends again',
    speaker: 'Zamir Kabulov',
    role: "Russia's special envoy",
    title: 'From foe to friend',
    site: 'DW',
    url: SEED,
    lang: 'en',
    published: '2016-02-15',
    savedAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

/**
 * An in-memory `storage.local` that counts bytes as Chrome does (key plus JSON of the value) and,
 * like Chrome, refuses a whole `set` that would pass `quota`, with Chrome's message.
 */
export function fakeArea(quota = Number.POSITIVE_INFINITY): StorageAreaLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const size = (map: Map<string, string>): number => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const pick = (keys?: string | string[] | null): string[] =>
    keys === null || keys === undefined ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
  return {
    items,
    QUOTA_BYTES: Number.isFinite(quota) ? quota : undefined,
    async get(keys) {
      return Object.fromEntries(pick(keys).flatMap((k) => (items.has(k) ? [[k, JSON.parse(items.get(k)!)]] : [])));
    },
    async set(values) {
      const next = new Map(items);
      for (const [k, v] of Object.entries(values)) next.set(k, JSON.stringify(v));
      if (size(next) > quota) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of next) items.set(k, v);
    },
    async remove(keys) {
      for (const k of pick(keys)) items.delete(k);
    },
    async getBytesInUse() {
      return size(items);
    },
  };
}

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/**
 * Saved quotes as the store holds them (already normalized): a few articles, several quotes
 * each, words of any script (right-to-left, emoji, quote marks, commas, line breaks).
 */
export const savedQuotesArb: fc.Arbitrary<SavedQuote[]> = fc
  .array(
    fc.record({
      title: text(60),
      site: nullable(text(20)),
      path: fc.webSegment(),
      lang: nullable(fc.constantFrom('en', 'de', 'ar', 'fa', 'pt-BR', 'zh-Hant')),
      published: nullable(isoDate.map((d) => d.slice(0, 10))),
      quotes: fc.array(
        fc.record({ text: text(120), speaker: nullable(text(30)), role: nullable(text(40)), savedAt: isoDate }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
    { maxLength: 5 },
  )
  .map((articles) =>
    articles.flatMap((a, i) =>
      a.quotes.map((q) => ({
        ...q,
        title: a.title,
        site: a.site,
        url: `https://example.org/${i}/${a.path}`,
        lang: a.lang,
        published: a.published,
      })),
    ),
  );
