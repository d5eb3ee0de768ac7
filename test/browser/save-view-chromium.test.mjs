/**
 * Saving quotes from the reading view in real Chromium (see save-view-checks.mjs): the view opens
 * on the keyboard command, S is a real key press (CDP input, trusted) in the view's frame.
 */
import { after, before, describe } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { saveInViewChecks } from './save-view-checks.mjs';
import { clickView, pageState, pressEscape, readView, settledState, waitFor } from './view-checks.mjs';

let browser;
let page;

const driver = () => ({
  openView: async (url, { settle = false } = {}) => {
    await page.goto(url);
    const before = settle ? await settledState(page) : null;
    await browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return { page, before };
  },
  closeView: async () => {
    await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  pressS: () => page.keyboard.press('s'),
  // The toolbar's Saved quotes button, as a reader opens the page: a new tab.
  openSavedPage: async () => {
    const opened = browser.context.waitForEvent('page');
    await clickView(page, '.qr-open-saved');
    const saved = await opened;
    await saved.waitForLoadState();
    return saved;
  },
  closeSavedPage: async (saved) => {
    await saved.close();
    await page.bringToFront();
  },
});

describe('Chromium: saving quotes in the reading view', SUITE, () => {
  before(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  saveInViewChecks(driver, 'chromium');
});
