/**
 * Read aloud in real Chromium (see read-aloud-checks.mjs): the view opens on the keyboard
 * command; clicks and K are real input (CDP, trusted) in the view's frame.
 */
import { after, before, describe } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { readAloudChecks } from './read-aloud-checks.mjs';
import { speechEnv } from './speech.mjs';
import { pageState, pressEscape, readView, waitFor } from './view-checks.mjs';

let browser;
let page;

const driver = () => ({
  openView: async (url) => {
    await page.goto(url);
    await browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return { page };
  },
  closeView: async () => {
    await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  pressK: () => page.keyboard.press('k'),
  // page.goto takes the same tab to the other page.
  leave: (url) => driver().openView(url),
});

describe('Chromium: reading the article aloud', SUITE, () => {
  before(async () => {
    // Real voices where the machine has them: Chromium speaks through speech-dispatcher only when asked.
    const env = speechEnv();
    browser = await launchChromium({
      viewport: { width: 1280, height: 900 },
      ...(env ? { env, args: ['--enable-speech-dispatcher'] } : {}),
    });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  readAloudChecks(driver, 'chromium');
});
