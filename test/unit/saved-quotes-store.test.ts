import { describe, expect, it } from 'vitest';
import { SHARD_PREFIX, listQuotes, mergeQuotes } from '../../src/common/saved-quotes/collection.js';
import { SavedQuotesError, savedQuotesStore } from '../../src/common/saved-quotes/store.js';
import { GERMAN, SEED, fakeArea, sample } from './saved-quotes-helpers.js';

const second = sample({ text: 'We need to talk to the Taliban', savedAt: '2025-03-02T08:00:00.000Z' });
const german = sample({
  text: 'Ich will den Krieg beenden',
  speaker: 'Boris Nadeschdin',
  role: null,
  title: 'Russland-Wahl',
  url: GERMAN,
  lang: 'de',
  published: '2024-01-25T10:00:00Z',
  savedAt: '2025-03-03T08:00:00.000Z',
});

describe('savedQuotesStore', () => {
  it('adds, lists newest first, says what is saved, removes', async () => {
    const store = savedQuotesStore(fakeArea());
    expect(await store.add(sample())).toBe(true);
    expect(await store.add(second)).toBe(true);
    expect(await store.add(german)).toBe(true);
    expect(await store.list()).toEqual([german, second, sample()]);
    expect(await store.has(`${SEED}#:~:text=x`, ' Russia and  Afghanistan have become friends again ')).toBe(true);
    expect(await store.has(SEED, 'Russia and Afghanistan')).toBe(false);
    expect((await store.inArticle(SEED)).map((q) => q.text)).toEqual([sample().text, second.text]);
    expect(await store.remove(SEED, second.text)).toBe(true);
    expect(await store.remove(SEED, second.text)).toBe(false);
    expect(await store.list()).toEqual([german, sample()]);
  });

  it('keeps the first save when the same quote is saved again', async () => {
    const store = savedQuotesStore(fakeArea());
    await store.add(sample());
    expect(await store.add(sample({ savedAt: '2026-01-01T00:00:00.000Z' }))).toBe(false);
    expect(await store.list()).toEqual([sample()]);
  });

  it('toggles: saving again unsaves', async () => {
    const store = savedQuotesStore(fakeArea());
    expect(await store.toggle(sample())).toBe(true);
    expect(await store.toggle(sample({ savedAt: '2026-01-01T00:00:00.000Z' }))).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('keeps one storage item an article and removes it with its last quote', async () => {
    const area = fakeArea();
    const store = savedQuotesStore(area);
    await Promise.all([store.add(sample()), store.add(second), store.add(german)]);
    expect([...area.items.keys()].sort()).toEqual([SHARD_PREFIX + GERMAN, SHARD_PREFIX + SEED]);
    await store.remove(GERMAN, german.text);
    expect([...area.items.keys()]).toEqual([SHARD_PREFIX + SEED]);
  });

  it('runs changes one after another: saves made at once all land', async () => {
    const store = savedQuotesStore(fakeArea());
    const many = Array.from({ length: 20 }, (_, i) => sample({ text: `quote ${i}` }));
    await Promise.all(many.map((q) => store.add(q)));
    expect((await store.list()).length).toBe(20);
  });

  it('gives an article the fields of its most recently saved quote', async () => {
    const store = savedQuotesStore(fakeArea());
    await store.add(sample({ title: 'New headline', savedAt: '2025-05-01T00:00:00.000Z' }));
    await store.add(sample({ text: 'older', title: 'Old headline', savedAt: '2025-01-01T00:00:00.000Z' }));
    expect((await store.list()).map((q) => q.title)).toEqual(['New headline', 'New headline']);
  });

  it('ignores other keys and damaged items in storage, and leaves them alone', async () => {
    const area = fakeArea();
    await area.set({
      theme: 'dark',
      [`${SHARD_PREFIX}https://example.org/x`]: 'not a shard',
      [`${SHARD_PREFIX}https://example.org/y`]: {
        title: 'T',
        quotes: [{ text: '' }, { text: 'ok', savedAt: '2025-01-01' }],
      },
    });
    const store = savedQuotesStore(area);
    expect((await store.list()).map((q) => q.text)).toEqual(['ok']);
    await store.add(sample());
    expect(area.items.get('theme')).toBe('"dark"');
    expect(area.items.get(`${SHARD_PREFIX}https://example.org/x`)).toBe('"not a shard"');
  });

  it('imports without duplicates, in one write', async () => {
    const area = fakeArea();
    const store = savedQuotesStore(area);
    await store.add(sample());
    expect(await store.importQuotes([sample({ savedAt: '2020-01-01T00:00:00.000Z' }), second, german, german])).toEqual(
      { added: 2, skipped: 2 },
    );
    expect(await store.list()).toEqual([german, second, sample()]);
    expect(await store.importQuotes([])).toEqual({ added: 0, skipped: 0 });
  });

  describe('near the quota', () => {
    it('refuses a save that does not fit with a quota error, and loses nothing', async () => {
      const area = fakeArea(1_000);
      const store = savedQuotesStore(area);
      await store.add(sample());
      const before = new Map(area.items);
      const error = await store.add(sample({ text: 'x'.repeat(900) })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SavedQuotesError);
      expect((error as SavedQuotesError).code).toBe('quota');
      expect(area.items).toEqual(before);
      expect(await store.list()).toEqual([sample()]);
      // The queue goes on after a refused change.
      expect(await store.remove(SEED, sample().text)).toBe(true);
    });

    it('refuses a whole import that does not fit: none of it is added', async () => {
      const area = fakeArea(2_000);
      const store = savedQuotesStore(area);
      await store.add(sample());
      const big = Array.from({ length: 20 }, (_, i) =>
        sample({ text: `quote number ${i} `.repeat(8), url: `https://example.org/${i}` }),
      );
      await expect(store.importQuotes(big)).rejects.toMatchObject({ code: 'quota' });
      expect(await store.list()).toEqual([sample()]);
    });

    it('reports how full the area is where the browser tells', async () => {
      const store = savedQuotesStore(fakeArea(10_000));
      await store.add(sample());
      const usage = await store.usage();
      expect(usage?.quota).toBe(10_000);
      expect(usage?.bytes).toBeGreaterThan(100);
      const { getBytesInUse: _, ...firefoxBefore131 } = fakeArea();
      expect(await savedQuotesStore(firefoxBefore131).usage()).toBeNull();
    });

    it("fits 10,000 quotes of 200 characters from 2,000 articles in well under Chrome's 10 MB", async () => {
      const quotes = Array.from({ length: 10_000 }, (_, i) =>
        sample({
          text: `${'Quoted words of a typical length, '.repeat(6)}${i}`,
          url: `https://www.dw.com/en/an-article-about-something/a-${60_000_000 + (i % 2_000)}`,
          savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        }),
      );
      const { changes } = mergeQuotes({}, quotes);
      const bytes = Object.entries(changes).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
      expect(listQuotes(changes)).toHaveLength(10_000);
      expect(bytes).toBeLessThan(4 * 1024 * 1024);
    });
  });
});
