/**
 * The Saved quotes page, checked the same way in Chromium and Firefox. Each browser's test file
 * gives a driver (what differs between playwright-core and puppeteer-core: downloads, uploads,
 * selects, the viewport); the steps and assertions are here.
 *
 * The store is seeded the way the reading view will fill it: with the extension's runtime
 * messages (`save-quote`, `unsave-quote`), sent from an extension page and answered by the
 * background. Three quotes, from two real DW articles (the engine's own quotes of the fixtures).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { engineResult, PAGES, RESULTS, SEED_URL, shot } from './helpers.mjs';
import { waitFor } from './view-checks.mjs';

export const GERMAN_URL = Object.keys(PAGES)[1];

/** A saved quote as the view will send it: the engine's quote and its article's fields. */
async function quoteOf(url, pick, savedAt) {
  const { article, quotes } = await engineResult(url);
  const q = quotes.find(pick);
  assert.ok(q, `the engine finds the quote on ${url}`);
  return {
    text: q.text.replace(/\s+/g, ' ').trim(),
    speaker: q.speaker,
    role: q.role,
    title: article.title,
    site: 'DW',
    url,
    lang: article.lang,
    published: article.published,
    savedAt,
  };
}

/** The three quotes, oldest first: two from the English seed article, one from a German one. */
export async function threeQuotes() {
  return [
    await quoteOf(SEED_URL, (q) => q.speaker === 'Omar Nessar', '2025-03-01T09:00:00.000Z'),
    await quoteOf(GERMAN_URL, (q) => q.speaker === 'Dmitri Oreschkin', '2025-03-02T09:00:00.000Z'),
    await quoteOf(SEED_URL, (q) => q.text.startsWith("That's why they have embraced"), '2025-03-03T09:00:00.000Z'),
  ];
}

/** What the page shows: the count line and each listed quote. */
export function readPage(page) {
  return page.evaluate(() => ({
    count: document.querySelector('#count')?.textContent ?? '',
    status: document.querySelector('#status')?.textContent ?? '',
    statusError: document.querySelector('#status')?.classList.contains('error') ?? false,
    empty: document.querySelector('#list .empty')?.textContent ?? null,
    groups: [...document.querySelectorAll('#list section.group h2')].map((h) => h.textContent),
    quotes: [...document.querySelectorAll('#list li.quote')].map((li) => ({
      text: li.querySelector('.text')?.textContent ?? '',
      speaker: li.querySelector('.speaker')?.textContent ?? null,
      href: li.querySelector('.source a')?.href ?? '',
      title: li.querySelector('.source a')?.textContent ?? '',
    })),
  }));
}

/** Sends a runtime message from the extension page, as the reading view will. */
export function send(page, message) {
  return page.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
}

/**
 * Fills `storage.local` as another extension's worth of data would, up to a few bytes of Chrome's
 * stated quota (`QUOTA_BYTES`, counted in characters), so that no saved quote fits; a 64-character
 * write is then refused. Runs in an extension page (self-contained: it is sent as source); gives
 * the characters written and the browser's refusal.
 *
 * Not for Firefox: there the quota is the IndexedDB one, counted on disk (a profile's is
 * gigabytes; a test can lower it with the `dom.quotaManager.temporaryStorage.fixedLimit` pref).
 * Filled that way, a save right after a fill that ended in refusals was still taken (1 run of 5
 * for the view, 1 of 4 for the Saved quotes page), and a write after a refusal for the quota was
 * sometimes refused with "An unexpected error occurred" instead: no test could rely on it.
 */
export async function fillStorage() {
  const api = globalThis.browser ?? globalThis.chrome;
  const quota = api.storage.local.QUOTA_BYTES;
  if (typeof quota !== 'number') throw new Error('this browser states no storage.local quota');
  await api.storage.local.set({ 'filler-0': '' });
  const room = quota - (await api.storage.local.getBytesInUse(null)) - 40;
  await api.storage.local.set({ 'filler-0': 'x'.repeat(room) });
  try {
    await api.storage.local.set({ 'filler-1': 'x'.repeat(64) });
    return { written: room + 64, refusal: null };
  } catch (error) {
    return { written: room, refusal: String(error?.message ?? error) };
  }
}

/** Takes away what fillStorage wrote (in an extension page, self-contained). */
export async function removeFiller() {
  const api = globalThis.browser ?? globalThis.chrome;
  const keys = Object.keys(await api.storage.local.get(null)).filter((key) => key.startsWith('filler-'));
  await api.storage.local.remove(keys);
}

const texts = (state) => state.quotes.map((q) => q.text);

/** Waits until the page lists `n` quotes (it follows storage changes by itself). */
async function listed(page, n) {
  return waitFor(
    async () => {
      const state = await readPage(page).catch(() => null); // null while it navigates
      if (!state) return null;
      return state.quotes.length === n ? state : null;
    },
    { what: `${n} quotes on the page` },
  );
}

/**
 * The checks. `driver()` gives { page, download(format), upload(path), select(name, value),
 * check(name, on), viewport(width, height), screenshot(name), followLink(selector), openFromMenu(),
 * openOptions() }; `prefix` names the screenshots ("chromium", "firefox"); `storageFull`: whether
 * the browser's storage can be filled for the storage-full check (see fillStorage).
 */
export function savedQuotesChecks(driver, prefix, { storageFull = true } = {}) {
  let quotes;
  let exported;

  it('opens empty, then lists quotes saved through runtime messages, newest first', async () => {
    const { page } = driver();
    quotes = await threeQuotes();
    const empty = await readPage(page);
    assert.equal(empty.quotes.length, 0);
    assert.match(empty.empty ?? '', /No saved quotes yet/);
    for (const quote of quotes)
      assert.deepEqual(await send(page, { type: 'save-quote', quote }), { ok: true, saved: true });
    // A second save of the same words is no second quote; a toggle of a new one saves, then unsaves it.
    assert.deepEqual(await send(page, { type: 'save-quote', quote: quotes[0] }), { ok: true, saved: true });
    const extra = { ...quotes[0], text: 'A quote saved and unsaved again.' };
    assert.deepEqual(await send(page, { type: 'toggle-saved-quote', quote: extra }), { ok: true, saved: true });
    assert.deepEqual(await send(page, { type: 'toggle-saved-quote', quote: extra }), { ok: true, saved: false });
    const bad = await send(page, { type: 'save-quote', quote: { ...quotes[0], url: 'javascript:alert(1)' } });
    assert.equal(bad.ok, false, 'an invalid quote is refused');
    assert.deepEqual(await send(page, { type: 'is-quote-saved', url: SEED_URL, text: quotes[2].text }), {
      ok: true,
      saved: true,
    });
    const state = await listed(page, 3);
    assert.deepEqual(
      texts(state),
      [...quotes].reverse().map((q) => q.text),
      'newest first',
    );
    assert.equal(state.count, '3 saved quotes');
    assert.deepEqual(
      state.quotes.map((q) => q.speaker),
      ['Javid Ahmad', 'Dmitri Oreschkin', 'Omar Nessar'],
    );
    assert.equal(state.quotes[1].title, 'Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära');
    for (const [i, q] of state.quotes.entries()) {
      const link = new URL(q.href);
      assert.equal(`${link.origin}${link.pathname}`, new URL(quotes[2 - i].url).href, 'links to its article');
      assert.match(link.hash, /^#:~:text=/, 'at the quote, with a text fragment');
    }
  });

  it('searches as you type and filters by speaker, site and language', async () => {
    const { page, select, typeSearch } = driver();
    await typeSearch('taliban');
    let state = await waitFor(async () => ((await readPage(page)).quotes.length === 1 ? readPage(page) : null), {
      what: 'the search to narrow the list',
    });
    assert.deepEqual(texts(state), [quotes[2].text]);
    assert.equal(state.count, '1 of 3 saved quotes');
    await typeSearch('nessar'); // a speaker's name, in lower case
    state = await readPage(page);
    assert.deepEqual(texts(state), [quotes[0].text]);
    await typeSearch('no such words anywhere');
    state = await readPage(page);
    assert.equal(state.quotes.length, 0);
    assert.match(state.empty ?? '', /No saved quote matches/);
    await typeSearch('');
    assert.equal((await readPage(page)).quotes.length, 3);

    const options = await page.evaluate(() =>
      Object.fromEntries(
        ['speaker', 'site', 'lang'].map((name) => [
          name,
          [...document.querySelectorAll(`select[name="${name}"] option`)].map((o) => o.textContent),
        ]),
      ),
    );
    assert.deepEqual(options.speaker, ['All speakers', 'Dmitri Oreschkin (1)', 'Javid Ahmad (1)', 'Omar Nessar (1)']);
    assert.deepEqual(options.site, ['All sites', 'DW (3)']);
    assert.deepEqual(options.lang, ['All languages', 'German (de) (1)', 'English (en) (2)']);

    await select('speaker', '=Javid Ahmad');
    assert.deepEqual(texts(await readPage(page)), [quotes[2].text]);
    await select('speaker', '');
    await select('lang', '=de');
    assert.deepEqual(texts(await readPage(page)), [quotes[1].text]);
    await select('site', '=DW');
    assert.deepEqual(texts(await readPage(page)), [quotes[1].text], 'filters combine');
    await select('lang', '=en');
    assert.deepEqual(texts(await readPage(page)), [quotes[2].text, quotes[0].text]);
    assert.match(await page.evaluate(() => location.search), /lang=en/, 'the filter is in the address');
    await select('lang', '');
    await select('site', '');
    assert.equal((await readPage(page)).quotes.length, 3);
  });

  it('groups by speaker on demand', async () => {
    const { page, check } = driver();
    await check('group', true);
    const state = await readPage(page);
    assert.deepEqual(state.groups, ['Dmitri Oreschkin1 quote', 'Javid Ahmad1 quote', 'Omar Nessar1 quote']);
    assert.equal(state.quotes.length, 3);
    await check('group', false);
    assert.deepEqual((await readPage(page)).groups, []);
  });

  it('removes a quote, and Undo brings it back', async () => {
    const { page } = driver();
    const before = await readPage(page);
    await page.click('#list li.quote:nth-child(2) button.remove');
    let state = await listed(page, 2);
    assert.equal(state.status, 'Quote removed. Undo');
    assert.deepEqual(texts(state), [before.quotes[0].text, before.quotes[2].text]);
    await page.click('#status button');
    state = await listed(page, 3);
    assert.deepEqual(state.quotes, before.quotes, 'the same quote, in the same place (its date is kept)');
  });

  it('exports Markdown, CSV and JSON that read back to the same quotes', async () => {
    const { download } = driver();
    const newestFirst = [...quotes].reverse();

    const md = await download('md');
    assert.match(md.name, /^quote-reader-saved-quotes-\d{4}-\d{2}-\d{2}\.md$/);
    const citations = md.text.split('\n').filter((line) => line.startsWith('“'));
    assert.equal(citations.length, 3, md.text);
    assert.ok(md.text.startsWith('# Saved quotes\n'));
    assert.match(
      citations[0],
      /^“That's why they have embraced .*” — Javid Ahmad, South Asia expert at Yale University \(DW, March 2, 2016\) <https:\/\/www\.dw\.com\/en\/from-foe-to-friend\/a-19084123#:~:text=That's%20why%20they%20have%20embraced/,
    );
    assert.match(citations[1], /— Dmitri Oreschkin, Politologe \(DW, 30\. Januar 2024\) <https:\/\/www\.dw\.com\/de\//);

    const csv = await download('csv');
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFF'), 'UTF-8 with a byte order mark');
    const records = parse(csv.text, { bom: true, columns: true, skip_empty_lines: true });
    assert.deepEqual(Object.keys(records[0]), [
      'text',
      'speaker',
      'role',
      'title',
      'site',
      'url',
      'lang',
      'published',
      'savedAt',
    ]);
    assert.deepEqual(
      records,
      newestFirst.map((q) => Object.fromEntries(Object.entries(q).map(([k, v]) => [k, v ?? '']))),
      'every field, cell for cell',
    );

    const json = await download('json');
    assert.match(json.name, /\.json$/);
    const file = JSON.parse(json.text);
    assert.equal(file.format, 'quote-reader-saved-quotes');
    assert.equal(file.version, 1);
    assert.deepEqual(file.quotes, newestFirst);
    exported = json;
    for (const f of [md, csv, json])
      writeFileSync(join(RESULTS, `${prefix}-saved-export.${f.name.split('.').pop()}`), f.text);
  });

  it('imports a JSON export into an empty store and lists the same quotes', async () => {
    const { page, upload } = driver();
    const before = await readPage(page);
    for (const q of quotes)
      assert.deepEqual(await send(page, { type: 'unsave-quote', url: q.url, text: q.text }), {
        ok: true,
        saved: false,
      });
    await listed(page, 0);
    const path = join(RESULTS, `${prefix}-saved-export.json`);
    writeFileSync(path, exported.text);
    await upload(path);
    const after = await listed(page, 3);
    assert.deepEqual(after.quotes, before.quotes);
    assert.equal(after.status, 'Imported 3 quotes (0 were saved already).');
    // The same file again adds nothing.
    await upload(path);
    await waitFor(async () => /Nothing new/.test((await readPage(page)).status), { what: 'the second import' });
    assert.deepEqual((await readPage(page)).quotes, before.quotes);
  });

  it('refuses a broken file with a clear message and loses nothing', async () => {
    const { page, upload } = driver();
    const before = await readPage(page);
    const cases = [
      ['broken.json', exported.text.slice(0, exported.text.length / 2), /not JSON\. Nothing was imported or changed\./],
      ['other.json', '{"quotes": []}', /not a Quote Reader export of saved quotes/],
      [
        'one-bad.json',
        JSON.stringify({
          ...JSON.parse(exported.text),
          quotes: [
            { ...quotes[0], text: 'A new quote that must not be added.' },
            { ...quotes[1], url: 'ftp://x' },
          ],
        }),
        /Quote 2 in this file is not valid \(url is not an http\(s\) address\)\. Nothing was imported or changed\./,
      ],
    ];
    for (const [name, text, message] of cases) {
      const path = join(RESULTS, `${prefix}-saved-${name}`);
      writeFileSync(path, text);
      await upload(path);
      const state = await waitFor(
        async () => {
          const s = await readPage(page);
          return message.test(s.status) ? s : null;
        },
        { what: `the message for ${name}` },
      );
      assert.ok(state.statusError, 'shown as an error');
      assert.deepEqual(state.quotes, before.quotes, `${name}: every quote is still there, and only those`);
    }
    const file = JSON.parse((await driver().download('json')).text);
    assert.deepEqual(file.quotes, [...quotes].reverse(), 'storage holds exactly the three quotes');
  });

  if (storageFull)
    it('says the storage is full, saves and imports nothing, and loses nothing', async () => {
      const { page, upload } = driver();
      const before = await listed(page, 3);
      const { written, refusal } = await page.evaluate(fillStorage);
      assert.match(refusal ?? '', /quota/i, `the browser refused a write for its quota after ${written} characters`);
      const fourth = {
        ...quotes[0],
        text: 'A fourth quote, for which there is no room.',
        savedAt: '2025-03-04T09:00:00.000Z',
      };
      const refused = await send(page, { type: 'save-quote', quote: fourth });
      assert.equal(refused.ok, false);
      assert.equal(refused.error, 'quota', refused.message);

      const path = join(RESULTS, `${prefix}-saved-quota.json`);
      writeFileSync(path, JSON.stringify({ ...JSON.parse(exported.text), quotes: [fourth] }));
      await upload(path);
      const state = await waitFor(
        async () => {
          const s = await readPage(page);
          return /storage for this extension is full/.test(s.status) ? s : null;
        },
        { what: 'the storage-full message' },
      );
      assert.ok(state.statusError, 'shown as an error');
      assert.deepEqual(state.quotes, before.quotes, 'the three quotes are still there, and no fourth');
      await page.evaluate(() => location.reload());
      await listed(page, 3);
      const notice = await page.evaluate(() => document.querySelector('#notice:not([hidden])')?.textContent ?? '');
      assert.match(notice, /Saved quotes use 10\.0 MB of the 10\.0 MB your browser gives this extension/);
      await driver().screenshot(shot(`${prefix}-saved-quota`));
      await page.evaluate(removeFiller);
      await listed(page, 3);
    });

  for (const theme of ['light', 'dark'])
    for (const width of [1280, 360])
      it(`fits ${width} px in the ${theme} theme (screenshot)`, async () => {
        const { page, viewport, screenshot } = driver();
        await page.evaluate((t) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ theme: t }), theme);
        await waitFor(async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === theme, {
          what: `the ${theme} theme`,
        });
        await viewport(width, 900);
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          background: getComputedStyle(document.documentElement).backgroundColor,
          controlsSize: getComputedStyle(document.querySelector('#import')).fontSize,
          text: getComputedStyle(document.querySelector('.quote .text')).color,
          overflowing: [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((e) => e.className || e.tagName),
        }));
        assert.ok(layout.scrollWidth <= width, `no sideways scrolling at ${width} px (${layout.scrollWidth})`);
        assert.deepEqual(layout.overflowing, [], 'nothing sticks out');
        // Chromium's own stylesheet for extension pages makes their body 12px: the page's 16px wins.
        assert.equal(layout.controlsSize, '16px', 'buttons and labels in the page’s text size');
        const dark = layout.background !== 'rgb(255, 255, 255)' && /^rgb\((\d+)/.exec(layout.background)[1] < 80;
        assert.equal(dark, theme === 'dark', `background ${layout.background}`);
        await screenshot(shot(`${prefix}-saved-${theme}-${width}`));
      });

  it('is reachable from the options page', async () => {
    const { page, viewport } = driver();
    await viewport(1280, 900);
    await page.evaluate(() => {
      location.href = 'options.html';
    });
    // Evaluating while the page navigates fails: that is "not yet".
    const link = await waitFor(
      () => page.evaluate(() => document.querySelector('a[href="saved.html"]')?.textContent ?? null).catch(() => null),
      { what: 'the link on the options page' },
    );
    assert.equal(link, 'Your saved quotes: search, export and import them');
    await page.click('a[href="saved.html"]');
    await listed(page, 3);
  });

  it('follows a saved quote back to its article, at the quote', async () => {
    const { page, followLink } = driver();
    const state = await listed(page, 3);
    const target = state.quotes[0]; // the Taliban quote, far down the seed article
    const article = await followLink('#list li.quote:first-child .source a');
    assert.equal(article.url.split('#')[0], SEED_URL);
    assert.ok(article.text.includes(target.text.slice(0, 60)), 'the article page is there');
    const scrolled = await waitFor(
      async () => {
        const y = await article.page.evaluate(() => window.scrollY);
        return y > 0 ? y : null;
      },
      { what: 'the browser to scroll to the text fragment' },
    );
    assert.ok(scrolled > 0);
  });
}
