/**
 * The view as a reader sees it, in real Firefox ESR (issue 12), opened with the real Alt+Shift+R:
 * the checks of design-checks.mjs, and the same screenshots
 * (test-results/firefox-design-*.png).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { FIXTURES, LAUNCH, shot, SUITE } from './helpers.mjs';
import { DESKTOP, designChecks } from './design-checks.mjs';
import { designPageBodies, pageState, readView, waitFor } from './view-checks.mjs';

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

  // One tab for all, as in Chromium's file: a new tab for each opening cost 1–3 s in Firefox.
  async function open(url, size = DESKTOP) {
    if (!page) page = await ff.open(url);
    else if (page.url() !== url) await page.goto(url);
    if ((await pageState(page)).hasRoot) await close();
    await page.setViewport(size);
    await page.bringToFront();
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  }
  async function close() {
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  }

  designChecks({
    page: () => page,
    open,
    close,
    screenshot: (name) => page.screenshot({ path: shot(`firefox-${name}`) }),
  });
});
