/**
 * The view as a reader sees it, in real Chromium (issue 12): calm highlights with chips kept on
 * their quote's line, the panel in reading order with its filter row, the bottom sheet at 360 ×
 * 740, a DW video page's state, a Persian page's info line; and the screenshots of the seed, a
 * German DW page, the Persian page, a DW video page and a BBC page at 1280 and 360, light and
 * dark (test-results/chromium-design-*.png).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { pressKeys } from './firefox.mjs';
import { FIXTURES, LAUNCH, shot, SUITE } from './helpers.mjs';
import {
  assertBottomSheet,
  assertCalmHighlights,
  assertFilterRow,
  assertPanelInReadingOrder,
  assertRtlInfoLine,
  assertVideoState,
  clickView,
  DESIGN_PAGES,
  designPageBodies,
  inView,
  pageState,
  pressEscape,
  readView,
  setTheme,
  waitFor,
} from './view-checks.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

describe('Chromium: the view, designed', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    if (!process.env.DISPLAY) throw new Error('needs a display: run through "npm run test:browser" (Xvfb)');
    // In a window: a page off DW opens the view only by the reader's own shortcut (activeTab).
    browser = await launchChromium({
      headless: false,
      viewport: DESKTOP,
      pages: designPageBodies((file) => readFileSync(join(FIXTURES, file), 'utf8')),
    });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  async function open(url, size = DESKTOP) {
    await page.setViewportSize(size);
    if (page.url() !== url) await page.goto(url);
    if ((await pageState(page)).hasRoot) await close();
    if (new URL(url).hostname.endsWith('dw.com'))
      await browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    else {
      await page.bringToFront();
      pressKeys('alt+shift+q', 'chromium');
    }
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  }
  async function close() {
    await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  }

  it('highlights calmly, with each chip on its quote’s line, at 1280 and at 360', async () => {
    for (const size of [DESKTOP, PHONE]) {
      // The seed names each speaker beside their quote (no chips); the German page does not always.
      await open(DESIGN_PAGES.seed.url, size);
      assert.equal((await assertCalmHighlights(page)).chips, 0, 'no chip beside "…, said Ahmad"');
      await close();
      await open(DESIGN_PAGES.german.url, size);
      const seen = await assertCalmHighlights(page);
      assert.ok(seen.chips > 0 && seen.chips < seen.quotes, `chips where needed: ${seen.chips} of ${seen.quotes}`);
      await close();
    }
  });

  it('lists the quotes in reading order and filters them by speaker', async () => {
    await open(DESIGN_PAGES.seed.url);
    await assertPanelInReadingOrder(page);
    await assertFilterRow(page, 'Kabulov');
    await close();
  });

  it('opens the panel as a sheet in sight on a 360 × 740 phone', async () => {
    await open(DESIGN_PAGES.seed.url, PHONE);
    await clickView(page, '[aria-controls="qr-panel"]');
    await assertBottomSheet(page, PHONE);
    await page.screenshot({ path: shot('chromium-design-seed-sheet-360'), caret: 'initial' });
    await close();
  });

  it('shows a DW video page as a video page, with the way to watch it', async () => {
    await open(DESIGN_PAGES.video.url);
    await assertVideoState(page);
    await clickView(page, '.qr-state-back');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the button to close the view' });
  });

  it('keeps the interface’s own direction in a Persian article’s info line', async () => {
    await open(DESIGN_PAGES.persian.url);
    await assertRtlInfoLine(page);
    await close();
  });

  it('draws the five pages at 1280 and 360, light and dark', async () => {
    for (const [name, { url }] of Object.entries(DESIGN_PAGES)) {
      for (const size of [DESKTOP, PHONE]) {
        await open(url, size);
        // The first quote in sight, with its highlight, chip and the panel's row.
        await inView(page, (root) => root.querySelector('mark[data-quote-first]')?.scrollIntoView({ block: 'center' }));
        for (const theme of ['light', 'dark']) {
          await setTheme(page, theme);
          await page.screenshot({ path: shot(`chromium-design-${name}-${size.width}-${theme}`), caret: 'initial' });
        }
        await setTheme(page, 'light');
        await close();
      }
    }
  });
});
