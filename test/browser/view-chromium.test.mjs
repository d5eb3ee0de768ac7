/**
 * The reading view in real Chromium, on the seed and two more real DW pages: the quotes it
 * highlights are the engine's, with their speakers; themes, settings, the panel, copy, keyboard
 * use and the options page work; screenshots of each go to test-results/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { engineResult, LAUNCH, PAGES, SEED_URL, shot, SUITE } from './helpers.mjs';
import {
  adoptPageSheets,
  assertShowsEngine,
  clickView,
  firstDifference,
  inView as inViewOf,
  pageSheets,
  pageState,
  readView,
  settledState,
  viewFrame,
  waitFor,
  pressEscape,
  openTypeMenu,
  closeTypeMenu,
} from './view-checks.mjs';

const [, GERMAN_URL, COLONIAL_URL] = Object.keys(PAGES);

describe('Chromium: the reading view', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  async function openView(url) {
    if (page.url() !== url) await page.goto(url);
    if ((await pageState(page)).hasRoot) await closeView(); // a failed test before may have left it open
    await browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return readView(page);
  }
  async function closeView() {
    await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  }
  const inView = (fn, arg) => inViewOf(page, fn, arg);
  const click = (selector, index) => clickView(page, selector, index);

  for (const url of [SEED_URL, GERMAN_URL, COLONIAL_URL]) {
    it(`highlights exactly the engine's quotes and speakers on ${url.split('/').at(-2)}, and gives the page back intact`, async () => {
      const expected = await engineResult(url);
      await page.goto(url);
      const before = await settledState(page);
      const view = await openView(url);
      assertShowsEngine(view, expected);
      await page.screenshot({ path: shot(`chromium-view-${url.split('/').at(-2).slice(0, 40)}`), caret: 'initial' });
      await closeView();
      const afterHtml = (await pageState(page)).html;
      assert.equal(afterHtml, before.html, `the page markup is unchanged: ${firstDifference(before.html, afterHtml)}`);
    });
  }

  it("keeps the page still beneath it and gives the page's own adopted stylesheets back", async () => {
    await page.goto(SEED_URL);
    await adoptPageSheets(page);
    await openView(SEED_URL);
    assert.deepEqual(await pageSheets(page), { count: 3, ownFirst: true, overflow: 'hidden' }, 'while open');
    await closeView();
    assert.deepEqual(await pageSheets(page), { count: 2, ownFirst: true, overflow: 'visible' }, 'after closing');
  });

  it("shows the seed page's ten quotes with their speakers", async () => {
    const view = await openView(SEED_URL);
    assert.equal(view.quotes.length, 10);
    const speakers = new Set(view.quotes.map((q) => q.speaker));
    assert.deepEqual([...speakers].sort(), ['Javid Ahmad', 'Omar Nessar', 'Zamir Kabulov']);
    await closeView();
  });

  it('draws each theme with its own colours and saves the choice', async () => {
    await openView(SEED_URL);
    await openTypeMenu(page);
    const colours = {};
    for (const theme of ['light', 'sepia', 'dark', 'system']) {
      await click(`button[data-theme="${theme}"]`);
      colours[theme] = await inView((root) => getComputedStyle(root.querySelector('.qr-page')).backgroundColor);
      await page.screenshot({ path: shot(`chromium-theme-${theme}`), caret: 'initial' });
    }
    assert.equal(colours.light, 'rgb(255, 255, 255)');
    assert.equal(colours.sepia, 'rgb(244, 236, 216)');
    assert.equal(colours.dark, 'rgb(28, 27, 34)');
    const stored = await browser.worker.evaluate(() => chrome.storage.sync.get('theme'));
    assert.equal(stored.theme, 'system');
    await click('button[data-theme="sepia"]');
    await closeTypeMenu(page);
    await closeView();
    await openView(SEED_URL);
    await openTypeMenu(page);
    assert.equal(
      await inView((root) => getComputedStyle(root.querySelector('.qr-page')).backgroundColor),
      'rgb(244, 236, 216)',
      'the theme persists across openings',
    );
    await click('button[data-theme="light"]');
    await closeTypeMenu(page);
    await closeView();
  });

  it('keeps the line length between 60 and 75 characters at the default settings', async () => {
    await openView(SEED_URL);
    // Characters on each full line (a paragraph's last line is short by nature), from where each
    // word lands; highlights and their labels add boxes that a height-based count would misread.
    const perLine = await inView((root) => {
      const range = document.createRange();
      const lines = [];
      for (const p of Array.from(root.querySelectorAll('.qr-body p')).filter((x) => x.textContent.length > 200)) {
        const perTop = new Map();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of n.data.matchAll(/\S+\s*/g)) {
            range.setStart(n, m.index);
            range.setEnd(n, m.index + m[0].length);
            const top = Math.round(range.getClientRects()[0]?.top ?? -1);
            perTop.set(top, (perTop.get(top) ?? 0) + m[0].length);
          }
        }
        lines.push(...[...perTop.values()].slice(0, -1));
      }
      return lines.reduce((a, b) => a + b, 0) / lines.length;
    });
    assert.ok(perLine >= 60 && perLine <= 75, `average characters a line: ${perLine.toFixed(1)}`);
    await closeView();
  });

  it('changes text size and width at once, and the panel jumps to a quote and focuses it', async () => {
    await openView(SEED_URL);
    const size = () => inView((root) => getComputedStyle(root.querySelector('.qr-body p')).fontSize);
    const before = await size();
    await openTypeMenu(page);
    await click('button[aria-label="Larger text"]');
    assert.notEqual(await size(), before, 'larger text applies at once');
    await click('button[aria-label="Smaller text"]');
    assert.equal(await size(), before);
    await click('.qr-type-button');
    assert.equal(
      await inView((root) => !root.querySelector('.qr-panel').hidden),
      true,
      'the panel is open on a wide window',
    );
    await page.screenshot({ path: shot('chromium-panel'), caret: 'initial' });
    await click('.qr-panel .qr-jump', -1);
    const focused = await inView((root) => root.activeElement?.getAttribute('data-quote-id'));
    const lastId = await inView((root) => {
      const j = root.querySelectorAll('.qr-panel .qr-jump');
      return j[j.length - 1].getAttribute('data-quote-id');
    });
    assert.equal(focused, lastId, "the quote's highlight has the focus");
    await page.screenshot({ path: shot('chromium-jump'), caret: 'initial' });
    await closeView();
  });

  it('shows one speaker only, hides all highlights, and copies a quote with its attribution', async () => {
    await openView(SEED_URL);
    const visible = () =>
      inView((root) =>
        Array.from(root.querySelectorAll('mark[data-quote-first]'))
          .filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)')
          .map((m) => m.getAttribute('data-quote-speaker')),
      );
    assert.equal((await visible()).length, 10);
    const kabulov = await inView((root) =>
      Array.from(root.querySelectorAll('.qr-filter-button')).findIndex((b) => b.textContent.includes('Kabulov')),
    );
    await click('.qr-filter-button', kabulov);
    assert.deepEqual([...new Set(await visible())], ['Zamir Kabulov']);
    await page.screenshot({ path: shot('chromium-only-speaker'), caret: 'initial' });
    await click('.qr-filter-button', 0);
    await click('button[aria-label="Highlights"]');
    assert.equal((await visible()).length, 0, 'highlights hidden');
    await click('button[aria-label="Highlights"]');
    assert.equal((await visible()).length, 10, 'highlights back');
    await click('.qr-panel .qr-copy');
    const clip = await waitFor(() => page.evaluate(() => navigator.clipboard.readText()), { what: 'the clipboard' });
    assert.match(
      clip,
      /^“Russia has sought closer ties .*” — Omar Nessar, director of .* \(DW, .*2016\) https:\/\/www\.dw\.com\/en\/from-foe-to-friend\/a-19084123$/,
    );
    await closeView();
  });

  it('moves focus into the view, keeps Tab inside a sensible order, and gives focus back on close', async () => {
    await page.goto(SEED_URL);
    await page.evaluate(() => {
      const a = document.querySelector('main a[href], a[href]');
      a.id ||= 'qr-test-focus';
      a.focus();
    });
    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    await openView(SEED_URL);
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('#quote-reader-root') !== null),
      true,
      "the view's frame has the page's focus",
    );
    assert.equal(
      await inView((root) => root.activeElement?.classList.contains('qr-page')),
      true,
      'focus is in the view',
    );
    await page.keyboard.press('Tab');
    const first = await inView((root) => root.activeElement?.getAttribute('aria-label'));
    assert.ok(first, "Tab reaches the view's first control");
    await closeView();
    assert.equal(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)), focusedBefore);
  });

  it('tells screen readers who said each quote, and steps from quote to quote', async () => {
    await openView(SEED_URL);
    const snapshot = await (await viewFrame(page)).locator('.qr-body').ariaSnapshot();
    assert.match(snapshot, /quote by Omar Nessar/);
    assert.match(snapshot, /quote by Zamir Kabulov/);
    const ids = [];
    for (let i = 0; i < 3; i++) {
      await click('button[aria-label="Next quote"]');
      ids.push(await inView((root) => root.activeElement?.getAttribute('data-quote-id')));
    }
    assert.deepEqual(ids, ['0', '1', '2'], 'Next quote walks the highlights in order');
    await click('button[aria-label="Previous quote"]');
    assert.equal(await inView((root) => root.activeElement?.getAttribute('data-quote-id')), '1');
    await closeView();
  });

  it('prints the article alone', async () => {
    await openView(SEED_URL);
    await page.emulateMedia({ media: 'print' });
    const body = await page.evaluate(() => getComputedStyle(document.body).display);
    const shown = await inView((root) => {
      const display = (el) => getComputedStyle(el).display;
      return {
        print: matchMedia('print').matches,
        toolbar: display(root.querySelector('.qr-toolbar')),
        panel: display(root.querySelector('.qr-panel')),
        article: display(root.querySelector('article')),
        scrolls: getComputedStyle(root.querySelector('.qr-page')).overflowY,
      };
    });
    await page.emulateMedia({ media: 'screen' });
    assert.equal(body, 'none', "the page's own body is not printed");
    assert.deepEqual(shown, { print: true, toolbar: 'none', panel: 'none', article: 'block', scrolls: 'visible' });
    await closeView();
  });

  it('applies settings from the options page', async () => {
    await openView(SEED_URL);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.selectOption('select[name="theme"]', 'dark');
    await options.screenshot({ path: shot('chromium-options') });
    await waitFor(
      async () => (await browser.worker.evaluate(() => chrome.storage.sync.get('theme'))).theme === 'dark',
      { what: 'the saved theme' },
    );
    await options.close();
    assert.equal(
      await inView((root) => getComputedStyle(root.querySelector('.qr-page')).backgroundColor),
      'rgb(28, 27, 34)',
      'an open view follows the options page at once',
    );
    await closeView();
    await browser.worker.evaluate(() => chrome.storage.sync.set({ theme: 'light' }));
  });
});
