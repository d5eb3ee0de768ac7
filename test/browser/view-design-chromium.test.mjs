/**
 * The view as a reader sees it, in real Chromium (issue 12): calm highlights with chips kept on
 * their quote's line, the panel in reading order with its filter row, the bottom sheet at 360 ×
 * 740, a DW video page's state, a Persian page's info line; and the screenshots of the seed, a
 * German DW page, the Persian page, a DW video page and a BBC page at 1280 and 360, light and
 * dark (test-results/chromium-design-*.png).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { pressKeys } from './firefox.mjs';
import { FIXTURES, LAUNCH, shot, SUITE } from './helpers.mjs';
import { DESKTOP, designChecks } from './design-checks.mjs';
import { designPageBodies, pageState, pressEscape, readView, waitFor } from './view-checks.mjs';

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

  designChecks({
    page: () => page,
    open,
    close,
    screenshot: (name) => page.screenshot({ path: shot(`chromium-${name}`), caret: 'initial' }),
  });
});
