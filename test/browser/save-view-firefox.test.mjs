/**
 * Saving quotes from the reading view in real Firefox ESR (see save-view-checks.mjs): the view
 * opens with the real Alt+Shift+R and S is a real key press (xdotool), as a reader's.
 */
import { after, before, describe } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { saveInViewChecks } from './save-view-checks.mjs';
import { clickView, pageState, readView, settledState, waitFor } from './view-checks.mjs';

let ff;
let page;

const driver = () => ({
  openView: async (url, { settle = false } = {}) => {
    await page?.close();
    page = await ff.open(url);
    const before = settle ? await settledState(page) : null;
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return { page, before };
  },
  closeView: async () => {
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  pressS: () => pressKeys('s'),
  // The toolbar's Saved quotes button, as a reader opens the page: a new tab.
  openSavedPage: async () => {
    const before = new Set(await ff.browser.pages());
    await clickView(page, '.qr-open-saved');
    const saved = await waitFor(async () => (await ff.browser.pages()).find((p) => !before.has(p)), {
      what: 'the Saved quotes tab',
    });
    await waitFor(
      () =>
        saved
          .evaluate(() => location.pathname === '/saved.html' && document.readyState === 'complete')
          .catch(() => false),
      { what: 'the Saved quotes page' },
    );
    return saved;
  },
  closeSavedPage: async (saved) => {
    await saved.close();
    await page.bringToFront();
  },
});

describe('Firefox: saving quotes in the reading view', SUITE, () => {
  before(async () => {
    ff = await launchFirefox({ width: 1280, height: 1000 });
  }, LAUNCH);
  after(async () => ff?.close());

  // No storage-full check: Firefox's quota is counted on disk and could not be filled reliably
  // (see fillStorage in saved-checks.mjs).
  saveInViewChecks(driver, 'firefox', { storageFull: false });
});
