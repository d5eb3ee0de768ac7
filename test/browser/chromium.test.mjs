/**
 * The built extension in real Chromium: the content script runs on a DW article, the toolbar
 * button, the keyboard command and the context menu all toggle the view, Esc closes it, and the
 * page comes back byte for byte with its scroll position.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SEED_URL, shot, SUITE } from './helpers.mjs';
import { firstDifference, pageState, pressEscape, readView, settledState, waitFor } from './view-checks.mjs';

describe('Chromium: the extension on the seed DW article', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(SEED_URL);
  }, LAUNCH);
  after(async () => browser?.context.close());

  const open = async () => waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  const closed = async () => waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });

  it('runs the content script and marks the toolbar icon as available', async () => {
    const pong = await browser.inWorker(SEED_URL, (tab) => chrome.tabs.sendMessage(tab.id, { type: 'qr:ping' }));
    assert.equal(pong, 'qr:pong');
    const badge = await waitFor(
      () => browser.inWorker(SEED_URL, (tab) => chrome.action.getBadgeText({ tabId: tab.id })),
      { what: 'the badge' },
    );
    assert.equal(badge, '✓');
  });

  it('opens from the toolbar button, shows the article, and closes with Esc leaving the page intact', async () => {
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await settledState(page);
    assert.ok(before.scrollY > 0, 'the page scrolls');
    await browser.inWorker(SEED_URL, (tab) => chrome.action.onClicked.dispatch(tab));
    assert.equal(await open(), 'From foe to friend');
    const view = await readView(page);
    assert.match(
      view.text,
      /^\s*Russia and Afghanistan have become friends again/,
      'the first paragraph opens the body',
    );
    assert.match(view.text, /slogan of the renewed Russian-Afghan friendship\.\s*$/, 'the last paragraph closes it');
    assert.ok(view.activeInView, 'focus moved into the view');
    assert.ok(!view.text.includes('Skip next section'), 'no DW clutter in the view');
    await page.screenshot({ path: shot('chromium-seed-view'), caret: 'initial' });
    await pressEscape(page);
    await closed();
    const afterClose = await pageState(page);
    assert.equal(
      afterClose.html,
      before.html,
      `the page markup is unchanged: ${firstDifference(before.html, afterClose.html)}`,
    );
    assert.equal(afterClose.scrollY, before.scrollY, 'the scroll position is restored');
  });

  it('toggles with the keyboard command', async () => {
    await browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await open();
    await browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await closed();
  });

  it('toggles from the context menu', async () => {
    await browser.inWorker(SEED_URL, (tab) =>
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'toggle-reader' }, tab),
    );
    await open();
    await pressEscape(page);
    await closed();
  });
});
