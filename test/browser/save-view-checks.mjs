/**
 * Saving quotes from the reading view, checked the same way in Chromium and Firefox. Each
 * browser's test file gives a driver (how the view opens and closes, and how a real S key is
 * pressed); the steps and assertions are here.
 *
 * On two real DW articles: a quote saved with the bookmark after its highlight, one with the
 * panel's bookmark, one with S on the focused highlight; all three marked saved (filled bookmark,
 * aria-pressed) in the article and the panel; S again unsaves the first and its mark goes; a
 * reopened view shows what is saved; the store holds exactly the two left, with their speakers
 * and their articles' fields; a quote removed on the Saved quotes page in another tab loses its
 * mark in the open view, and gets it back with Undo. Synthetic clicks and keys save nothing.
 * With the storage full (Chromium only: see fillStorage), a save says so in the view (a line
 * everyone sees, and to screen readers), marks nothing and loses nothing.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { engineResult, MESSAGES_EN, normalize, PAGES, SEED_URL, shot } from './helpers.mjs';
import { fillStorage } from './saved-checks.mjs';
import { clickView, firstDifference, inView, pageState, waitFor } from './view-checks.mjs';

const GERMAN_URL = Object.keys(PAGES)[1];

/** The index of the engine's quote on `url` that `pick` chooses, with the quote and article. */
async function pickQuote(url, pick) {
  const result = await engineResult(url);
  const id = result.quotes.findIndex(pick);
  assert.ok(id >= 0, `the engine finds the quote on ${url}`);
  return { id, quote: result.quotes[id], article: result.article, url };
}

/** Which quotes the view shows saved: in the article (button, highlight) and in the panel. */
function savedMarks(page) {
  return inView(page, (root) => {
    const ids = (selector) =>
      Array.from(root.querySelectorAll(selector))
        .map((e) => Number(e.getAttribute('data-save-id') ?? e.getAttribute('data-quote-id')))
        .sort((a, b) => a - b);
    return {
      article: ids('.qr-article button.qr-save[aria-pressed="true"]'),
      panel: ids('.qr-panel button.qr-save[aria-pressed="true"]'),
      highlights: ids('mark[data-quote-first][data-saved]'),
      buttons: root.querySelectorAll('.qr-article button.qr-save').length,
      quotes: root.querySelectorAll('mark[data-quote-first]').length,
    };
  });
}

/** Waits until the view marks exactly `ids` saved, everywhere it shows them. */
async function waitMarked(page, ids, what) {
  const want = [...ids].sort((a, b) => a - b);
  let last;
  try {
    return await waitFor(
      async () => {
        last = await savedMarks(page).catch(() => null);
        const same = (list) => JSON.stringify(list) === JSON.stringify(want);
        return last && same(last.article) && same(last.panel) && same(last.highlights) ? last : null;
      },
      { what },
    );
  } catch (error) {
    throw new Error(`${error.message}: wanted ${JSON.stringify(want)}, saw ${JSON.stringify(last)}`);
  }
}

/** Every saved quote in `storage.local`, read in the view (an extension page), flattened. */
function storedQuotes(page) {
  return inView(page, async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const items = await api.storage.local.get(null);
    return Object.entries(items)
      .filter(([key]) => key.startsWith('saved-quotes:'))
      .flatMap(([key, shard]) =>
        shard.quotes.map((q) => ({
          text: q.text,
          speaker: q.speaker,
          role: q.role,
          savedAt: q.savedAt,
          title: shard.title,
          site: shard.site,
          url: key.slice('saved-quotes:'.length),
          lang: shard.lang,
          published: shard.published,
        })),
      );
  });
}

/** The background's answer to a runtime message sent from the view. */
function ask(page, message) {
  return inView(page, (_, m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
}

/**
 * The checks. `driver()` gives { openView(url, { settle }), closeView(), pressS(), openSavedPage(),
 * closeSavedPage(page) }: `openView` opens the view on a fixture page and waits for it to be
 * drawn, and gives `{ page, before }` (`before`: the page's settled state before the view, when
 * `settle`); `pressS` presses a real S in the focused view; `openSavedPage` opens the Saved quotes
 * page with the view's toolbar button and gives its tab, `closeSavedPage` closes it and goes back
 * to the view's tab;
 * `prefix` names the screenshot; `storageFull`: whether the browser's storage can be filled for
 * the storage-full check (see fillStorage in saved-checks.mjs).
 */
export function saveInViewChecks(driver, prefix, { storageFull = true } = {}) {
  let a;
  let b;
  let c;
  let startedAt;

  it('saves by bookmark, panel and S key, marks the saved quotes, and unsaves on a second press', async () => {
    a = await pickQuote(SEED_URL, (q) => q.speaker === 'Omar Nessar');
    b = await pickQuote(SEED_URL, (q) => q.text.startsWith("That's why they have embraced"));
    c = await pickQuote(GERMAN_URL, (q) => q.speaker === 'Dmitri Oreschkin');
    startedAt = Date.now();
    const { page, before } = await driver().openView(SEED_URL, { settle: true });

    const initial = await waitMarked(page, [], 'nothing saved yet');
    assert.equal(initial.buttons, initial.quotes, 'a bookmark after every quote');

    // Synthetic clicks and keys from a script in the view itself do nothing.
    await inView(
      page,
      (root, id) => {
        root.querySelector(`.qr-article button[data-save-id="${id}"]`).click();
        const mark = root.querySelector(`mark[data-quote-id="${id}"][data-quote-first]`);
        mark.focus();
        mark.dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', bubbles: true }));
      },
      a.id,
    );

    await clickView(page, `.qr-article button[data-save-id="${b.id}"]`);
    await waitMarked(page, [b.id], 'the quote saved by its bookmark to be marked');
    // Nothing came of the synthetic click and key, sent before the trusted click (the store
    // answers in order).
    assert.deepEqual(await ask(page, { type: 'is-quote-saved', url: SEED_URL, text: a.quote.text }), {
      ok: true,
      saved: false,
    });

    await clickView(page, `.qr-panel button[data-save-id="${a.id}"]`);
    await waitMarked(page, [a.id, b.id], 'the quote saved from the panel to be marked');

    await inView(
      page,
      (root, id) => root.querySelector(`mark[data-quote-id="${id}"]`).scrollIntoView({ block: 'center' }),
      b.id,
    );
    await page.screenshot({ path: shot(`${prefix}-view-saved`) });

    // S on the focused highlight (focused by the panel's jump, as a reader would) unsaves it.
    await clickView(page, `.qr-panel .qr-jump[data-quote-id="${a.id}"]`);
    await waitFor(
      () => inView(page, (root, id) => root.activeElement?.getAttribute('data-quote-id') === String(id), a.id),
      { what: 'the highlight to take the focus' },
    );
    await driver().pressS();
    await waitMarked(page, [b.id], 'the mark of the unsaved quote to go');

    await driver().closeView();
    const after = (await pageState(page)).html;
    assert.equal(after, before.html, `the page markup is unchanged: ${firstDifference(before.html, after)}`);

    // The second article: S on a highlight saves it.
    const german = await driver().openView(GERMAN_URL);
    await waitMarked(german.page, [], 'nothing saved on the German article yet');
    await clickView(german.page, `.qr-panel .qr-jump[data-quote-id="${c.id}"]`);
    await waitFor(
      () => inView(german.page, (root, id) => root.activeElement?.getAttribute('data-quote-id') === String(id), c.id),
      { what: 'the highlight to take the focus' },
    );
    await driver().pressS();
    await waitMarked(german.page, [c.id], 'the quote saved with S to be marked');
    await driver().closeView();
  });

  it('shows what is saved when the view opens, and the store holds exactly the saved quotes', async () => {
    assert.ok(a && b && c, 'the saving test ran');
    const { page } = await driver().openView(SEED_URL);
    await waitMarked(page, [b.id], 'the saved quote to be marked in a reopened view');
    assert.deepEqual(await ask(page, { type: 'saved-in-article', url: SEED_URL }), {
      ok: true,
      texts: [normalize(b.quote.text)],
    });

    const stored = await storedQuotes(page);
    const expected = [b, c].map(({ quote, article, url }) => ({
      text: normalize(quote.text),
      speaker: quote.speaker,
      role: quote.role,
      title: article.title,
      site: 'DW',
      url,
      lang: article.lang,
      published: article.published,
    }));
    const byText = (x, y) => x.text.localeCompare(y.text);
    assert.deepEqual(
      stored.map(({ savedAt, ...rest }) => rest).sort(byText),
      expected.sort(byText),
      'the store holds the two quotes left saved, with their speakers and articles',
    );
    for (const q of stored) {
      const savedAt = Date.parse(q.savedAt);
      assert.ok(savedAt >= startedAt && savedAt <= Date.now(), `dated when it was saved: ${q.savedAt}`);
    }
    assert.equal(stored.find((q) => q.speaker === 'Dmitri Oreschkin')?.lang, 'de');

    // Removed on the Saved quotes page in another tab, the quote loses its mark in the open view;
    // Undo there brings it back.
    const saved = await driver().openSavedPage();
    const row = await waitFor(
      () =>
        saved.evaluate((words) => {
          const rows = Array.from(document.querySelectorAll('#list li.quote'));
          return rows.length === 2 ? rows.findIndex((li) => li.textContent.includes(words)) + 1 : null;
        }, 'why they have embraced'),
      { what: 'the Saved quotes page to list the two quotes' },
    );
    assert.ok(row > 0, 'the Saved quotes page lists the quote saved in the view');
    await saved.click(`#list li.quote:nth-child(${row}) button.remove`);
    await waitMarked(page, [], 'the mark of the quote removed on the Saved quotes page to go');
    await saved.click('#status button');
    await waitMarked(page, [b.id], 'the mark to come back with Undo');
    await driver().closeSavedPage(saved);
    await driver().closeView();
  });

  if (storageFull)
    it('says in the view that the storage is full, saves nothing and loses nothing', async () => {
      assert.ok(a && b && c, 'the saving test ran');
      const { page } = await driver().openView(SEED_URL);
      await waitMarked(page, [b.id], 'the saved quote to be marked');
      const before = await storedQuotes(page);
      const { written, refusal } = await inView(page, fillStorage);
      assert.match(refusal ?? '', /quota/i, `the browser refused a write for its quota after ${written} characters`);

      await clickView(page, `.qr-panel button[data-save-id="${a.id}"]`);
      const full = MESSAGES_EN.savedQuotaFull.message;
      let status = '';
      const shown = await waitFor(
        async () => {
          const state = await inView(page, (root) => {
            const line = root.querySelector('p.qr-notice[role="alert"]:not([hidden])');
            const box = line?.getBoundingClientRect();
            return {
              text: line?.textContent ?? '',
              status: root.querySelector('.qr-status')?.textContent ?? '',
              seen: !!box && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
            };
          });
          status = state.status;
          return state.text ? state : null;
        },
        { what: 'the storage-full line in the view' },
      ).catch((error) => {
        throw new Error(`${error.message}; the view said "${status}"`);
      });
      assert.equal(shown.text, full);
      assert.equal(shown.status, full, 'screen readers hear it too');
      assert.ok(shown.seen, 'the line is on screen');
      await page.screenshot({ path: shot(`${prefix}-view-storage-full`) });
      await waitMarked(page, [b.id], 'no new mark');
      assert.deepEqual(await storedQuotes(page), before, 'the saved quotes are all there, and no new one');
      await inView(page, async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.local.remove(
          Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('filler-')),
        );
      }).catch(() => undefined); // the browser closes after this test anyway
      await driver().closeView();
    });
}
