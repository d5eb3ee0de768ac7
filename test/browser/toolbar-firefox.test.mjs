/**
 * The reading view's toolbar and "Aa" menu in real Firefox ESR (see toolbar-checks.mjs): the
 * view opens with the real Alt+Shift+R and keys are real key presses (xdotool).
 */
import { after, before, describe } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { toolbarChecks } from './toolbar-checks.mjs';
import { clickView, pageState, readView, waitFor } from './view-checks.mjs';

/** Playwright's key names as xdotool's. */
const KEYS = { Enter: 'Return', Tab: 'Tab', 'Shift+Tab': 'shift+Tab', Escape: 'Escape' };

let ff;
let page;
let size = { width: 1280, height: 900 };

const driver = () => ({
  // One tab for every opening (a new tab each time cost 1–3 s in Firefox); the Saved quotes and
  // options tabs the tests open come and go beside it.
  openView: async (url) => {
    if (!page || page.isClosed()) page = await ff.open(url);
    else if (page.url() !== url) await page.goto(url);
    await page.bringToFront();
    // Esc closes an open menu first, then the view.
    for (let i = 0; i < 3 && (await pageState(page)).hasRoot; i++) {
      pressKeys('Escape');
      await waitFor(async () => !(await pageState(page)).hasRoot, { timeout: 3000 }).catch(() => undefined);
    }
    await page.setViewport(size);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return page;
  },
  closeView: async () => {
    if (!(await pageState(page)).hasRoot) return;
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  press: async (key) => pressKeys(KEYS[key]),
  // An extension frame in a web page has neither tabs nor openOptionsPage in Firefox: the
  // toolbar's Saved quotes button opens an extension tab, which then goes to the options page.
  openOptions: async () => {
    const before = new Set(await ff.browser.pages());
    await clickView(page, '.qr-open-saved');
    const tab = await waitFor(async () => (await ff.browser.pages()).find((p) => !before.has(p)), {
      what: 'the Saved quotes tab',
    });
    const at = (path) =>
      waitFor(
        () =>
          tab
            .evaluate((path) => location.pathname === path && document.readyState === 'complete', path)
            .catch(() => false),
        {
          what: path,
        },
      );
    await at('/saved.html');
    await tab.evaluate(() => {
      location.href = '/options.html';
    });
    await at('/options.html');
    return tab;
  },
  // Firefox shows its shortcut settings in about:addons, in a tab of its own.
  shortcutPageOpened: async () => {
    const urls = await Promise.all(
      (await ff.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())),
    );
    return urls.some((u) => u.startsWith('about:addons'));
  },
  resize: async (width, height) => {
    size = { width, height };
    await page?.setViewport(size).catch(() => undefined);
  },
});

describe('Firefox: the toolbar and its type menu', SUITE, () => {
  before(async () => {
    ff = await launchFirefox({ width: 1280, height: 1000 });
  }, LAUNCH);
  after(async () => ff?.close());

  toolbarChecks(driver, 'firefox');
});
