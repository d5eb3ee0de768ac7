/**
 * The reading view in real Firefox ESR, opened with the real Alt+Shift+R, on the seed and two
 * more real DW pages: the engine's quotes and speakers are highlighted, every theme and the
 * panel draw (screenshots in test-results/), and the page comes back intact.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { engineResult, LAUNCH, PAGES, SEED_URL, shot, SUITE } from './helpers.mjs';
import {
  adoptPageSheets,
  assertShowsEngine,
  clickView,
  inView as inViewOf,
  firstDifference,
  openTypeMenu,
  closeTypeMenu,
  pageSheets,
  pageState,
  readView,
  settledState,
  waitFor,
} from './view-checks.mjs';

describe('Firefox: the reading view', SUITE, () => {
  let ff;
  let page;
  before(async () => {
    ff = await launchFirefox({ width: 1280, height: 1000 });
  }, LAUNCH);
  after(async () => ff?.close());

  const inView = (fn, arg) => inViewOf(page, fn, arg);

  for (const url of Object.keys(PAGES)) {
    const slug = decodeURI(url.split('/').at(-2)).slice(0, 40);
    it(`highlights the engine's quotes and speakers on ${slug}, and closes leaving the page intact`, async () => {
      page = await ff.open(url);
      const expected = await engineResult(url);
      const before = await settledState(page);
      pressKeys('alt+shift+r');
      await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
      const view = await readView(page);
      assertShowsEngine(view, expected);
      await page.screenshot({ path: shot(`firefox-view-${slug}`) });
      pressKeys('Escape');
      await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
      const afterHtml = (await pageState(page)).html;
      assert.equal(afterHtml, before.html, `the page markup is unchanged: ${firstDifference(before.html, afterHtml)}`);
      await page.close();
    });
  }

  it("keeps the page still beneath it and gives the page's own adopted stylesheets back", async () => {
    page = await ff.open(SEED_URL);
    await adoptPageSheets(page);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    assert.deepEqual(await pageSheets(page), { count: 3, ownFirst: true, overflow: 'hidden' }, 'while open');
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
    assert.deepEqual(await pageSheets(page), { count: 2, ownFirst: true, overflow: 'visible' }, 'after closing');
    await page.close();
  });

  it('draws every theme and the "Who said what" panel', async () => {
    page = await ff.open(SEED_URL);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    const expected = { light: 'rgb(255, 255, 255)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(28, 27, 34)' };
    await openTypeMenu(page);
    for (const theme of ['light', 'sepia', 'dark', 'system']) {
      await clickView(page, `button[data-theme="${theme}"]`);
      const bg = await inView((root) => getComputedStyle(root.querySelector('.qr-page')).backgroundColor);
      if (expected[theme]) assert.equal(bg, expected[theme], `${theme} background`);
      // Scroll to a paragraph with quotes so that the highlights show in the picture.
      await inView((root) => root.querySelector('mark[data-quote-first]').scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: shot(`firefox-theme-${theme}`) });
    }
    assert.equal(await inView((root) => !root.querySelector('.qr-panel').hidden), true, 'the panel shows');
    // "All" and the three speakers in the filter row.
    assert.equal(await inView((root) => root.querySelectorAll('.qr-panel .qr-filter-button').length), 4);
    await clickView(page, 'button[data-theme="light"]');
    await closeTypeMenu(page);
    pressKeys('Escape');
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  });
});
