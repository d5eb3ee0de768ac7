/**
 * The view as a reader sees it (issue 12), the same tests in both browsers: calm highlights with
 * chips kept on their quote's line, the panel in reading order with its filter row, the bottom
 * sheet at 360 × 740, a DW video page's state, a Persian page's info line; and the screenshots of
 * the five design pages at 1280 and 360, light and dark (test-results/<browser>-design-*.png).
 * Each browser's file gives a driver: the page now, how to open and close the view, a screenshot.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  assertBottomSheet,
  assertCalmHighlights,
  assertFilterRow,
  assertPanelInReadingOrder,
  assertRtlInfoLine,
  assertRtlPanelQuote,
  assertVideoState,
  clickView,
  DESIGN_PAGES,
  inView,
  pageState,
  setTheme,
  waitFor,
} from './view-checks.mjs';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** `driver`: { page(), open(url, size = DESKTOP), close(), screenshot(name) }. */
export function designChecks(driver) {
  const { open, close, screenshot } = driver;

  it('highlights calmly, with each chip on its quote’s line, at 1280 and at 360', async () => {
    for (const size of [DESKTOP, PHONE]) {
      // The seed names each speaker beside their quote (no chips); the German page does not always.
      await open(DESIGN_PAGES.seed.url, size);
      assert.equal((await assertCalmHighlights(driver.page())).chips, 0, 'no chip beside "…, said Ahmad"');
      await close();
      await open(DESIGN_PAGES.german.url, size);
      const seen = await assertCalmHighlights(driver.page());
      assert.ok(seen.chips > 0 && seen.chips < seen.quotes, `chips where needed: ${seen.chips} of ${seen.quotes}`);
      await close();
    }
  });

  it('lists the quotes in reading order and filters them by speaker', async () => {
    await open(DESIGN_PAGES.seed.url);
    await assertPanelInReadingOrder(driver.page());
    await assertFilterRow(driver.page(), 'Kabulov');
    await close();
  });

  it('opens the panel as a sheet in sight on a 360 × 740 phone', async () => {
    await open(DESIGN_PAGES.seed.url, PHONE);
    await clickView(driver.page(), '[aria-controls="qr-panel"]');
    await assertBottomSheet(driver.page(), PHONE);
    await screenshot('design-seed-sheet-360');
    await close();
  });

  it('shows a DW video page as a video page, with the way to watch it', async () => {
    await open(DESIGN_PAGES.video.url);
    await assertVideoState(driver.page());
    await clickView(driver.page(), '.qr-state-back');
    await waitFor(async () => !(await pageState(driver.page())).hasRoot, { what: 'the button to close the view' });
  });

  it('keeps the interface’s own direction in a Persian article’s info line, and its quotes in «…» in the panel', async () => {
    await open(DESIGN_PAGES.persian.url);
    await assertRtlInfoLine(driver.page());
    await assertRtlPanelQuote(driver.page());
    await close();
  });

  it('draws the five pages at 1280 and 360, light and dark', async () => {
    for (const [name, { url }] of Object.entries(DESIGN_PAGES)) {
      for (const size of [DESKTOP, PHONE]) {
        await open(url, size);
        // The first quote in sight, with its highlight, chip and the panel's row.
        await inView(driver.page(), (root) =>
          root.querySelector('mark[data-quote-first]')?.scrollIntoView({ block: 'center' }),
        );
        for (const theme of ['light', 'dark']) {
          await setTheme(driver.page(), theme);
          await screenshot(`design-${name}-${size.width}-${theme}`);
        }
        await setTheme(driver.page(), 'light');
        await close();
      }
    }
  });
}
