/**
 * Broken and huge pages in real Chromium (issue 6): the generated pages of
 * test/fixtures/broken/pages.mjs at DW addresses. The view opens within a bound and shows either
 * the article or the guard's message, with no page error and no error from the extension (on an
 * SVG image, where Firefox cannot draw the view, the toolbar icon says why instead); and
 * a single-page-app navigation (history.pushState) while the view is open closes it cleanly.
 * One browser launch for the file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SEED_URL, SVG_TITLE, shot, SUITE } from './helpers.mjs';
import { pageState, readView, waitFor } from './view-checks.mjs';
import { BROKEN_PAGES } from '../fixtures/broken/pages.mjs';

/** From the toggle to the view (message or article) on the screen, at most. */
const VIEW_BOUND_MS = 10_000;
/** The view polls the address every 500 ms: it must be gone soon after. */
const SPA_CLOSE_BOUND_MS = 2_000;
/**
 * The pages tried in the browser: every kind of refusal that a browser can show, including an
 * XML feed (the view builds XHTML elements, so it mounts there too) and an SVG image (the icon
 * says why), and the two that are read.
 */
const SUBSET = [
  'no-body',
  'empty',
  'frameset',
  'xml',
  'svg',
  'binary',
  'huge-5mb',
  'elements-50k',
  'deep-5000',
  'quotes-10k',
  'mixed-direction',
];

describe('Chromium: broken and huge pages', SUITE, () => {
  let browser;
  const workerErrors = [];
  before(async () => {
    browser = await launchChromium();
    for (const page of BROKEN_PAGES.filter((p) => SUBSET.includes(p.slug))) {
      const body = page.body();
      await browser.context.route(page.url, (route) =>
        route.fulfill({
          status: 200,
          body,
          contentType: page.contentType === 'text/html' ? 'text/html; charset=utf-8' : page.contentType,
        }),
      );
    }
    browser.worker.on('console', (m) => {
      if (m.type() === 'error') workerErrors.push(m.text());
    });
  }, LAUNCH);
  after(async () => browser?.context.close());

  const toggle = (url) => browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));

  /**
   * An SVG image: no view (Firefox cannot draw one there), but the toolbar icon of that tab says
   * why, with a badge and its title.
   */
  async function checkSvgIcon(tab, url) {
    const icon = () =>
      browser.inWorker(url, async (t) => ({
        badge: await chrome.action.getBadgeText({ tabId: t.id }),
        title: await chrome.action.getTitle({ tabId: t.id }),
      }));
    const shown = await waitFor(async () => ((await icon()).badge === '!' ? icon() : null), {
      timeout: VIEW_BOUND_MS,
      what: 'the badge on the SVG image',
    });
    assert.equal(shown.title, SVG_TITLE, 'the title says why');
    assert.equal(await tab.evaluate(() => document.getElementById('quote-reader-root')), null, 'no view');
    console.log(`# svg: badge "${shown.badge}", title "${shown.title}"`);
  }

  for (const slug of SUBSET) {
    const page = BROKEN_PAGES.find((p) => p.slug === slug);
    it(`${slug}: ${page.what}`, async () => {
      const tab = await browser.context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
      });
      await tab.goto(page.url, { waitUntil: 'load', timeout: 60_000 });
      const started = Date.now();
      await toggle(page.url);
      if (slug === 'svg') {
        await checkSvgIcon(tab, page.url);
        await tab.close();
        return;
      }
      const view = await waitFor(
        async () => {
          const v = await readView(tab);
          return v?.title ? v : null;
        },
        { timeout: VIEW_BOUND_MS, what: `the view on ${slug}` },
      );
      const elapsed = Date.now() - started;
      const { message } = view;
      if (page.refused) {
        assert.ok(message, `${slug}: a message instead of an article`);
        assert.match(message, /^This |^The page/, `${slug}: the guard's reason`);
      } else {
        assert.equal(message, null, `${slug}: the article is read`);
        assert.ok(view.text.length > 1000, `${slug}: the article's text shows`);
      }
      assert.deepEqual(errors, [], `${slug}: no page or console error`);
      console.log(
        `# ${slug}: view in ${elapsed} ms: ${message ?? `article "${view.title}", ${view.quotes.length} quotes`}`,
      );
      await tab.screenshot({ path: shot(`chromium-broken-${slug}`), caret: 'initial' });
      await tab.close();
    });
  }

  it('closes the view cleanly when a single-page app changes the address', async () => {
    const tab = await browser.context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(SEED_URL);
    await toggle(SEED_URL);
    await waitFor(async () => (await readView(tab))?.title, { what: 'the view to open' });
    const started = Date.now();
    await tab.evaluate(() => {
      history.pushState({}, '', '/en/another-article/a-19084100');
      document.title = 'Another article';
    });
    await waitFor(async () => !(await pageState(tab)).hasRoot, {
      timeout: SPA_CLOSE_BOUND_MS + 1000,
      what: 'the view to close',
    });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < SPA_CLOSE_BOUND_MS, `closed in ${elapsed} ms`);
    assert.deepEqual(errors, []);
    // The page is usable again: it scrolls, and the view opens anew at the new address.
    const state = await pageState(tab);
    assert.equal(state.hasRoot, false);
    console.log(`# SPA navigation: view closed ${elapsed} ms after pushState`);
    await tab.close();
  });

  it('logged no error from the extension', () => {
    assert.deepEqual(workerErrors, []);
  });
});
