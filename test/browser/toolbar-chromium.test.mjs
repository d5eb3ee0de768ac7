/**
 * The reading view's toolbar and "Aa" menu in real Chromium (see toolbar-checks.mjs): keyboard
 * keys are playwright's, which reach the view's frame as trusted events.
 */
import { after, before, describe } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { toolbarChecks } from './toolbar-checks.mjs';
import { inView, pageState, pressEscape, readView, waitFor } from './view-checks.mjs';

let browser;
let page;

const driver = () => ({
  openView: async (url) => {
    if (page.url() !== url) await page.goto(url);
    else await page.reload();
    await browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return page;
  },
  closeView: async () => {
    if (!(await pageState(page)).hasRoot) return;
    await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  press: (key) => (key === 'Escape' ? pressEscape(page) : page.keyboard.press(key)),
  resize: (width, height) => page.setViewportSize({ width, height }),
  openOptions: async () => {
    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      inView(page, () => chrome.tabs.create({ url: chrome.runtime.getURL('options.html') })),
    ]);
    await options.waitForLoadState();
    return options;
  },
  shortcutPageOpened: () => browser.context.pages().some((p) => p.url() === 'chrome://extensions/shortcuts'),
});

describe('Chromium: the toolbar and its type menu', SUITE, () => {
  before(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  toolbarChecks(driver, 'chromium');
});
