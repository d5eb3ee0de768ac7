/**
 * Read aloud in real Firefox ESR (see read-aloud-checks.mjs): the view opens with the real
 * Alt+Shift+R, clicks are real input over BiDi and K a real key press (xdotool).
 */
import { after, before, describe } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SUITE } from './helpers.mjs';
import { readAloudChecks } from './read-aloud-checks.mjs';
import { speechEnv } from './speech.mjs';
import { pageState, readView, waitFor } from './view-checks.mjs';

let ff;
let page;

const driver = () => ({
  openView: async (url) => {
    await page?.close();
    page = await ff.open(url);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return { page };
  },
  closeView: async () => {
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  },
  pressK: () => pressKeys('k'),
  // The same tab to the other page (openView takes a new one).
  leave: async (url) => {
    await page.goto(url);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    return { page };
  },
});

describe('Firefox: reading the article aloud', SUITE, () => {
  before(async () => {
    // Real voices where the machine has them (speech.mjs).
    ff = await launchFirefox({ width: 1280, height: 1000, env: speechEnv() });
  }, LAUNCH);
  after(async () => ff?.close());

  readAloudChecks(driver, 'firefox');
});
