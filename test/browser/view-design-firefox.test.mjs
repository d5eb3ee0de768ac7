/**
 * The view as a reader sees it, in real Firefox ESR (issue 12), opened with the real Alt+Shift+R:
 * the same checks as view-design-chromium.test.mjs, and the same screenshots
 * (test-results/firefox-design-*.png).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
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
  readView,
  setTheme,
  waitFor,
} from './view-checks.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

describe('Firefox: the view, designed', SUITE, () => {
  let ff;
  let page;
  before(async () => {
    ff = await launchFirefox({
      width: 1280,
      height: 1000,
      pages: designPageBodies((file) => readFileSync(join(FIXTURES, file), 'utf8')),
    });
  }, LAUNCH);
  after(async () => ff?.close());

  async function open(url, size = DESKTOP) {
    if (page) await page.close().catch(() => undefined);
    page = await ff.open(url);
    await page.setViewport(size);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  }
  async function close() {
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  }

  it('highlights calmly, with each chip on its quote’s line, at 1280 and at 360', async () => {
    for (const size of [DESKTOP, PHONE]) {
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
    await page.screenshot({ path: shot('firefox-design-seed-sheet-360') });
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
        await inView(page, (root) => root.querySelector('mark[data-quote-first]')?.scrollIntoView({ block: 'center' }));
        for (const theme of ['light', 'dark']) {
          await setTheme(page, theme);
          await page.screenshot({ path: shot(`firefox-design-${name}-${size.width}-${theme}`) });
        }
        await setTheme(page, 'light');
        await close();
      }
    }
  });
});
