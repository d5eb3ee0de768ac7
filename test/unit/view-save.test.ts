/**
 * Saving from the view (src/view/save.ts) on the seed article drawn in jsdom, with everything
 * real but the browser: the polyfill is replaced only at its edge, so `runtime.sendMessage` goes to
 * the background's own answerer (messages.ts) and store (store.ts) over an in-memory
 * `storage.local` that refuses a write over its quota as Chrome does, and fires `onChanged`.
 * The browser tests (save-view-*) do the same in real Chromium and Firefox.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { answerStoreMessage } from '../../src/common/saved-quotes/messages.js';
import type { SavedQuote } from '../../src/common/saved-quotes/saved-quote.js';
import { savedQuotesStore, type StorageAreaLike } from '../../src/common/saved-quotes/store.js';
import { analyzePage, type PageAnalysis } from '../../src/core/pipeline.js';
import { QUOTE_ID_ATTR, renderArticle } from '../../src/core/render/render.js';
import { fakeArea } from './saved-quotes-helpers.js';

const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
const seed = readFileSync(new URL('../../examples/dw-from-foe-to-friend.html', import.meta.url), 'utf8');
const english = JSON.parse(
  readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** The one thing faked: the browser behind `webextension-polyfill`. */
const fake = vi.hoisted(() => ({
  area: null as unknown as StorageAreaLike,
  listeners: [] as Listener[],
  /** Set while a test wants the background out of reach. */
  unreachable: false,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      async sendMessage(message: unknown) {
        if (fake.unreachable) throw new Error('Could not establish connection. Receiving end does not exist.');
        // Messages cross a process: what the view keeps is not what the background gets.
        return answerStoreMessage(structuredClone(message), savedQuotesStore(fake.area));
      },
    },
    storage: { onChanged: { addListener: (l: Listener) => fake.listeners.push(l) } },
    i18n: {
      // The English strings, placeholders filled as the browser fills them.
      getMessage(key: string, substitutions: string[] = []) {
        const entry = english[key];
        if (!entry) return '';
        return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
          const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
          return substitutions[Number(content.slice(1)) - 1] ?? '';
        });
      },
    },
  },
}));

/** `fakeArea` that tells the listeners of every change, as `storage.onChanged` does. */
function watchedArea(quota?: number): ReturnType<typeof fakeArea> {
  const area = fakeArea(quota);
  const tell = (keys: string[]) => {
    const changes = Object.fromEntries(keys.map((k) => [k, {}]));
    for (const l of fake.listeners) l(changes, 'local');
  };
  return {
    ...area,
    async set(items) {
      await area.set(items);
      tell(Object.keys(items));
    },
    async remove(keys) {
      await area.remove(keys);
      tell(typeof keys === 'string' ? [keys] : keys);
    },
  };
}

/** jsdom's events are untrusted when a script makes them; the reader's own are trusted. */
function trusted(target: EventTarget, event: Event): void {
  const impl = Symbol.for('impl');
  const sym = Object.getOwnPropertySymbols(event).find((s) => s.description === 'impl') ?? impl;
  const e = event as unknown as Record<symbol, { isTrusted: boolean }>;
  const t = target as unknown as Record<symbol, { _dispatch(e: unknown): void }>;
  e[sym]!.isTrusted = true;
  t[sym]!._dispatch(e[sym]);
}

let analysis: PageAnalysis;
let view: JSDOM;

/** A fresh view of the seed article, over `area`: its main, the status line and the saving. */
async function openView(area: ReturnType<typeof fakeArea>) {
  fake.area = area;
  fake.listeners.length = 0;
  const doc = view.window.document;
  doc.body.replaceChildren();
  const main = renderArticle(view.window as unknown as Window, analysis);
  doc.body.append(main);
  const said: string[] = [];
  const alerts: string[] = [];
  const marksOf = (id: number) => Array.from(main.querySelectorAll<HTMLElement>(`mark[${QUOTE_ID_ATTR}="${id}"]`));
  const { quoteSaving } = await import('../../src/view/save.js');
  const saving = quoteSaving(analysis, main, {
    quoteText: (id) =>
      marksOf(id)
        .map((m) => m.textContent)
        .join(''),
    marksOf,
    announce: (text) => said.push(text),
    alert: (text) => alerts.push(text),
  });
  const buttonOf = (id: number) => main.querySelector<HTMLButtonElement>(`button[data-save-id="${id}"]`)!;
  const click = async (id: number) => {
    trusted(buttonOf(id), new view.window.MouseEvent('click', { bubbles: true, cancelable: true }));
    await settle();
  };
  /** Which quotes the view shows saved: pressed bookmark, and the mark on the first segment. */
  const shownSaved = () =>
    analysis.quotes.quotes
      .map((_, id) => id)
      .filter((id) => {
        const pressed = buttonOf(id).getAttribute('aria-pressed') === 'true';
        const marked = marksOf(id)[0]!.hasAttribute('data-saved');
        expect(marked, `quote ${id}: mark and bookmark agree`).toBe(pressed);
        return pressed;
      });
  await saving.refresh();
  return { main, said, alerts, saving, click, buttonOf, shownSaved };
}

/** Quote `id`'s words as the view shows them, white space collapsed (as they are saved). */
const textOf = (main: HTMLElement, id: number): string =>
  Array.from(main.querySelectorAll(`mark[${QUOTE_ID_ATTR}="${id}"]`), (m) => m.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Lets every message, write and change event of a click run to its end. */
const settle = () => new Promise((r) => setTimeout(r, 10));

/** The article's saved quotes as the store gives them, with their article's fields. */
const stored = (area: StorageAreaLike): Promise<SavedQuote[]> => savedQuotesStore(area).inArticle(SEED_URL);

beforeAll(() => {
  analysis = analyzePage(new JSDOM(seed, { url: SEED_URL }).window.document, SEED_URL);
  view = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://quote-reader/view.html' });
  // save.ts and what it imports use the view's globals, as in its frame.
  Object.assign(globalThis, { document: view.window.document, window: view.window });
});

describe('saving quotes from the view', () => {
  it('saves on the reader’s click with the quote’s speaker and article; saving again unsaves', async () => {
    const area = watchedArea();
    const v = await openView(area);
    expect(analysis.quotes.quotes.length).toBeGreaterThan(3);
    expect(v.shownSaved()).toEqual([]);

    await v.click(1);
    const [saved] = await stored(area);
    const quote = analysis.quotes.quotes[1]!;
    const speaker = analysis.quotes.speakers.find((s) => s.id === quote.speakerId);
    expect(saved).toMatchObject({
      speaker: speaker?.name ?? null,
      title: analysis.result.article!.title,
      url: SEED_URL,
      lang: 'en',
    });
    expect(saved!.text).toBe(textOf(v.main, 1));
    expect(v.shownSaved()).toEqual([1]);
    expect(v.buttonOf(1).title).toBe(english.unsaveQuote!.message);
    expect(v.said.at(-1)).toBe(english.quoteSaved!.message);

    await v.click(1);
    expect(await stored(area)).toEqual([]);
    expect(v.shownSaved()).toEqual([]);
    expect(v.said.at(-1)).toBe(english.quoteUnsaved!.message);
  });

  it('ignores a click or S key a script makes', async () => {
    const area = watchedArea();
    const v = await openView(area);
    v.buttonOf(0).click();
    v.buttonOf(0).focus();
    view.window.dispatchEvent(new view.window.KeyboardEvent('keydown', { key: 's', bubbles: true }));
    await settle();
    expect(await stored(area)).toEqual([]);
    // The reader's own S on the focused bookmark saves.
    trusted(view.window, new view.window.KeyboardEvent('keydown', { key: 's', code: 'KeyS', bubbles: true }));
    await settle();
    expect((await stored(area)).length).toBe(1);
    expect(v.shownSaved()).toEqual([0]);
  });

  it('keeps one copy of a quote saved in two views of the article, and both show it', async () => {
    const area = watchedArea();
    const first = await openView(area);
    await first.click(2);
    // A second view (another tab) opens on the same store: it shows the saved quote at once.
    const firstListeners = [...fake.listeners];
    const second = await openView(area);
    fake.listeners.push(...firstListeners);
    expect(second.shownSaved()).toEqual([2]);
    // Saving another quote there, and the same quote once more through the store (an import
    // merges without duplicates), leaves each quote once.
    await second.click(3);
    const store = savedQuotesStore(area);
    expect(await store.importQuotes(await store.list())).toEqual({ added: 0, skipped: 2 });
    expect((await stored(area)).length).toBe(2);
    expect(second.shownSaved()).toEqual([2, 3]);
  });

  it('loses the mark when the quote is removed elsewhere (the Saved quotes page, another tab)', async () => {
    const area = watchedArea();
    const v = await openView(area);
    await v.click(0);
    await v.click(4);
    expect(v.shownSaved()).toEqual([0, 4]);
    // The page removes one quote through the store; the view hears storage change and asks again.
    const fourth = textOf(v.main, 4);
    await savedQuotesStore(area).remove(SEED_URL, fourth);
    await settle();
    expect(v.shownSaved()).toEqual([0]);
    // Removing the article's last quote removes its storage item: the mark goes too.
    await savedQuotesStore(area).remove(SEED_URL, (await stored(area))[0]!.text);
    await settle();
    expect(v.shownSaved()).toEqual([]);
  });

  it('near the quota: a save that does not fit says the storage is full and loses nothing', async () => {
    // Room for the first saved quote and little more.
    const probe = watchedArea();
    const sizing = await openView(probe);
    await sizing.click(0);
    const oneQuote = [...probe.items].reduce((n, [k, v]) => n + k.length + v.length, 0);

    const area = watchedArea(oneQuote + 40);
    const v = await openView(area);
    await v.click(0);
    const before = await stored(area);
    expect(before.length).toBe(1);
    await v.click(5);
    expect(await stored(area)).toEqual(before);
    expect(v.shownSaved()).toEqual([0]);
    expect(v.said.at(-1)).toBe(english.savedQuotaFull!.message);
    expect(v.alerts.at(-1)).toBe(english.savedQuotaFull!.message);
    // Unsaving still works at the quota, and makes room: the next save fits, the message goes.
    await v.click(0);
    await v.click(5);
    expect(v.shownSaved()).toEqual([5]);
    expect(v.alerts.at(-1)).toBe('');
  });

  it('says why when the background cannot be reached, and marks nothing', async () => {
    const v = await openView(watchedArea());
    fake.unreachable = true;
    try {
      await v.click(0);
    } finally {
      fake.unreachable = false;
    }
    expect(v.shownSaved()).toEqual([]);
    expect(v.said.at(-1)).toMatch(/^The quote could not be saved: Could not establish connection/);
    expect(v.alerts.at(-1)).toBe(v.said.at(-1));
  });
});
