/**
 * The built add-on in real Firefox ESR: the content script runs on a DW article, the real
 * Alt+Shift+R shortcut opens and closes the view, Esc closes it, and the page comes back intact.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SEED_URL, shot, SUITE } from './helpers.mjs';
import { firstDifference, pageState, settledState, readView, waitFor } from './view-checks.mjs';

describe('Firefox: the add-on on the seed DW article', SUITE, () => {
  let ff;
  let page;
  before(async () => {
    ff = await launchFirefox();
    page = await ff.open(SEED_URL);
  }, LAUNCH);
  after(async () => ff?.close());

  const open = async () => waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  const closed = async () => waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });

  it('opens with the keyboard shortcut and closes with Esc, leaving the page intact', async () => {
    await page.evaluate(() => window.scrollTo(0, 600));
    const before = await settledState(page);
    assert.ok(before.scrollY > 0, 'the page scrolls');
    pressKeys('alt+shift+r');
    assert.equal(await open(), 'From foe to friend');
    const view = await readView(page);
    assert.match(
      view.text,
      /^\s*Russia and Afghanistan have become friends again/,
      'the first paragraph opens the body',
    );
    assert.match(view.text, /slogan of the renewed Russian-Afghan friendship\.\s*$/, 'the last paragraph closes it');
    assert.ok(!view.text.includes('Skip next section'), 'no DW clutter in the view');
    await page.screenshot({ path: shot('firefox-seed-view') });
    pressKeys('Escape');
    await closed();
    const afterClose = await pageState(page);
    assert.equal(
      afterClose.html,
      before.html,
      `the page markup is unchanged: ${firstDifference(before.html, afterClose.html)}`,
    );
    assert.equal(afterClose.scrollY, before.scrollY, 'the scroll position is restored');
  });

  it('toggles closed with the same shortcut', async () => {
    pressKeys('alt+shift+r');
    await open();
    pressKeys('alt+shift+r');
    await closed();
  });
});
