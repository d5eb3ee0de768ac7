import { describe, expect, it } from 'vitest';
import { answerStoreMessage, isStoreMessage, openSavedQuotesRequest } from '../../src/common/saved-quotes/messages.js';
import { savedQuotesStore } from '../../src/common/saved-quotes/store.js';
import { SEED, fakeArea, sample } from './saved-quotes-helpers.js';

const NOW = () => new Date('2025-06-01T12:00:00.000Z');
const { savedAt: _, ...fromView } = sample();

describe('saved-quote messages', () => {
  it('tells store messages from others', () => {
    expect(isStoreMessage({ type: 'save-quote' })).toBe(true);
    expect(isStoreMessage({ type: 'qr:toggle' })).toBe(false);
    expect(isStoreMessage({ type: 'open-saved-quotes' })).toBe(false);
    expect(isStoreMessage(null)).toBe(false);
    expect(openSavedQuotesRequest({ type: 'open-saved-quotes' })).toEqual({});
    expect(openSavedQuotesRequest({ type: 'open-saved-quotes', speaker: 'Omar Nessar' })).toEqual({
      speaker: 'Omar Nessar',
    });
    expect(openSavedQuotesRequest({ type: 'save-quote' })).toBeNull();
  });

  it('saves (dated now when the view gives no date), answers "is it saved?", unsaves', async () => {
    const store = savedQuotesStore(fakeArea());
    const ask = (message: unknown) => answerStoreMessage(message, store, NOW);
    expect(await ask({ type: 'save-quote', quote: fromView })).toEqual({ ok: true, saved: true });
    expect(await store.list()).toEqual([sample({ savedAt: '2025-06-01T12:00:00.000Z' })]);
    expect(await ask({ type: 'save-quote', quote: fromView })).toEqual({ ok: true, saved: true });
    expect(await ask({ type: 'is-quote-saved', url: `${SEED}#x`, text: fromView.text })).toEqual({
      ok: true,
      saved: true,
    });
    expect(await ask({ type: 'saved-in-article', url: SEED })).toEqual({ ok: true, texts: [fromView.text] });
    expect(await ask({ type: 'unsave-quote', url: SEED, text: fromView.text })).toEqual({ ok: true, saved: false });
    expect(await ask({ type: 'is-quote-saved', url: SEED, text: fromView.text })).toEqual({ ok: true, saved: false });
  });

  it('toggles: a second press unsaves', async () => {
    const store = savedQuotesStore(fakeArea());
    const ask = (message: unknown) => answerStoreMessage(message, store, NOW);
    expect(await ask({ type: 'toggle-saved-quote', quote: fromView })).toEqual({ ok: true, saved: true });
    expect(await ask({ type: 'toggle-saved-quote', quote: fromView })).toEqual({ ok: true, saved: false });
    expect(await store.list()).toEqual([]);
  });

  it.each([
    ['no quote', { type: 'save-quote' }],
    ['a quote that is a string', { type: 'save-quote', quote: 'Russia and Afghanistan' }],
    ['a javascript: address', { type: 'save-quote', quote: { ...fromView, url: 'javascript:alert(1)' } }],
    ['a huge text', { type: 'toggle-saved-quote', quote: { ...fromView, text: 'x'.repeat(20_000) } }],
    ['an object for a speaker', { type: 'save-quote', quote: { ...fromView, speaker: { name: 'x' } } }],
    ['no text to unsave', { type: 'unsave-quote', url: SEED }],
    ['no url to ask about', { type: 'saved-in-article' }],
  ])('refuses %s and changes nothing', async (_, message) => {
    const area = fakeArea();
    const answer = await answerStoreMessage(message, savedQuotesStore(area), NOW);
    expect(answer).toMatchObject({ ok: false, error: 'invalid' });
    expect(area.items.size).toBe(0);
  });

  it('says when the storage is full', async () => {
    const answer = await answerStoreMessage(
      { type: 'save-quote', quote: { ...fromView, text: 'x'.repeat(5_000) } },
      savedQuotesStore(fakeArea(1_000)),
      NOW,
    );
    expect(answer).toMatchObject({ ok: false, error: 'quota', message: /quota/i });
  });
});
