/**
 * The view on a phone-sized screen in real Firefox ESR (issue 12), as far as desktop Firefox can
 * stand in for Firefox for Android: a 360 × 740 viewport (WebDriver BiDi's setViewport), and the
 * prefs that make its primary pointer a coarse one without hover, so the view's touch media
 * queries apply. There is no tap emulation for a puppeteer page over BiDi beyond pointer actions,
 * so the panel is opened with a click. Checked: no sideways scroll, every target in sight at least
 * 24 px, the panel opens as a bottom sheet. Screenshot: test-results/firefox-touch-360.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SEED_URL, shot, SUITE } from './helpers.mjs';
import {
  assertBottomSheet,
  clickView,
  inView,
  MIN_TARGET,
  PHONE,
  readView,
  touchLayout,
  waitFor,
} from './view-checks.mjs';

describe('Firefox: the view on a 360 × 740 touch screen', SUITE, () => {
  let ff;
  let page;
  before(async () => {
    // launchFirefox sizes each tab's viewport to the window's height less 100 px.
    ff = await launchFirefox({
      width: PHONE.width,
      height: PHONE.height + 100,
      prefs: {
        // 1 = coarse pointer, no hover: what a phone's browser reports.
        'ui.primaryPointerCapabilities': 1,
        'ui.allPointerCapabilities': 1,
        'dom.w3c_touch_events.enabled': 1,
      },
    });
  }, LAUNCH);
  after(async () => ff?.close());

  it('fits a 360 px touch screen: no sideways scroll, targets of 24 px, the panel as a bottom sheet', async () => {
    page = await ff.open(SEED_URL);
    pressKeys('alt+shift+r');
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
    const seen = await touchLayout(page, MIN_TARGET);
    console.log(`# firefox touch: view ${seen.width} × ${seen.height}, ${seen.count} targets, touch ${seen.touch}`);
    assert.equal(seen.width, PHONE.width, 'the view is 360 px wide');
    assert.ok(seen.touch, 'the view sees a touch screen (hover: none, pointer: coarse)');
    assert.ok(seen.count >= 4, `the toolbar's targets are in sight (${seen.count})`);
    assert.ok(seen.sideways <= 0, `nothing scrolls sideways (${seen.sideways} px)`);
    assert.deepEqual(seen.small, [], `targets under ${MIN_TARGET} px`);
    await page.screenshot({ path: shot('firefox-touch-360') });

    const hidden = () => inView(page, (root) => root.querySelector('#qr-panel')?.hasAttribute('hidden') ?? true);
    if (await hidden()) await clickView(page, '.qr-toolbar [aria-controls="qr-panel"]');
    await waitFor(async () => !(await hidden()), { what: 'the sheet to open' });
    await assertBottomSheet(page, { width: seen.width, height: seen.height });
    await page.screenshot({ path: shot('firefox-touch-360-sheet') });
  });
});
