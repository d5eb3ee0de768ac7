/**
 * The view on a phone, in real Chromium with touch emulation (issue 12): a 360 × 740 touch,
 * mobile viewport. Everything is reached by tap: the "Aa" menu, the "Who said what" sheet and
 * read aloud. No horizontal scroll; every target in sight at least 24 px; the read-aloud bar one
 * row; the sheet starts closed and the wide window's panel choice survives it. axe-core stays at
 * 0 violations. Screenshots: test-results/chromium-touch-360-{light,dark}.png, -sheet, -aloud.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, SEED_URL, shot, SUITE } from './helpers.mjs';
import { axeViolations } from './toolbar-checks.mjs';
import {
  assertBottomSheet,
  inView,
  MIN_TARGET,
  PHONE,
  pageState,
  pressEscape,
  readView,
  setTheme,
  touchLayout,
  viewFrame,
  waitFor,
} from './view-checks.mjs';

describe('Chromium: the view by touch on a 360 × 740 phone', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium({ viewport: PHONE, touch: true });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  async function open() {
    if (page.url() !== SEED_URL) await page.goto(SEED_URL);
    if ((await pageState(page)).hasRoot) await close();
    // A phone has no shortcut: the toolbar button's command, as Firefox for Android sends it.
    await browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
    await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  }
  async function close() {
    // Esc closes an open menu first, then the view.
    for (let i = 0; i < 3 && (await pageState(page)).hasRoot; i++) await pressEscape(page);
    await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  }
  async function tap(selector) {
    // Chromium drops a tap into a cross-origin frame that appeared or moved just before (touchend
    // came, click never did, 0.4 s after the view opened); a reader's finger is not that quick.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const frame = await viewFrame(page);
    await frame.locator(selector).first().tap({ timeout: 10_000 });
  }
  const viewSize = () => inView(page, () => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  const attr = (selector, name) =>
    inView(page, (root, [s, n]) => root.querySelector(s)?.getAttribute(n) ?? null, [selector, name]);
  const storedPanelOpen = () =>
    inView(page, async () => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('panelOpen')).panelOpen);

  const layout = () => touchLayout(page, MIN_TARGET);

  it('is a touch screen without sideways scroll, and every target in sight is at least 24 px', async () => {
    await open();
    const seen = await layout();
    assert.ok(seen.touch, 'the view sees a touch screen (hover: none, pointer: coarse)');
    assert.ok(seen.count >= 4, `the toolbar's targets are in sight (${seen.count})`);
    assert.ok(seen.sideways <= 0, `nothing scrolls sideways (${seen.sideways} px)`);
    assert.deepEqual(seen.small, [], `targets under ${MIN_TARGET} px (smallest ${seen.smallest})`);
    console.log(`# touch 360: ${seen.count} targets in sight, the smallest ${seen.smallest} px`);
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      await page.screenshot({ path: shot(`chromium-touch-360-${theme}`) });
    }
    await setTheme(page, 'light');
  });

  it('opens and closes the "Aa" menu by tap', async () => {
    await tap('.qr-type-button');
    await waitFor(async () => (await attr('.qr-type-button', 'aria-expanded')) === 'true', {
      what: 'the menu to open',
    });
    const seen = await layout();
    assert.deepEqual(seen.small, [], `menu targets under ${MIN_TARGET} px`);
    assert.ok(seen.sideways <= 0, 'the open menu scrolls nothing sideways');
    await tap('.qr-type-button');
    await waitFor(async () => (await attr('.qr-type-button', 'aria-expanded')) !== 'true', {
      what: 'the menu to close',
    });
  });

  it('opens the panel as a bottom sheet by tap; the sheet starts closed and leaves the wide choice as it was', async () => {
    // The reader left the panel open on a wide window. A sheet covers two thirds of a phone's
    // screen, so it still starts closed here: the article is what the reader opened.
    await inView(page, () => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ panelOpen: true }));
    await close();
    await open();
    assert.equal(await attr('#qr-panel', 'hidden'), '', 'the sheet starts closed on a phone');
    await tap('.qr-toolbar [aria-controls="qr-panel"]');
    await waitFor(async () => (await attr('#qr-panel', 'hidden')) === null, { what: 'the sheet to open' });
    await assertBottomSheet(page, await viewSize());
    await page.screenshot({ path: shot('chromium-touch-360-sheet') });
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], 'axe-core: 0 violations with the sheet open');
    // Closed by tap, on the phone: the wide window's choice is not overwritten.
    await tap('.qr-panel .qr-panel-close, .qr-toolbar [aria-controls="qr-panel"]');
    await waitFor(async () => (await attr('#qr-panel', 'hidden')) === '', { what: 'the sheet to close' });
    assert.equal(await storedPanelOpen(), true, 'the panel choice of the wide window is kept');
    await page.setViewportSize({ width: 1280, height: 900 });
    await close();
    await open();
    assert.equal(await attr('#qr-panel', 'hidden'), null, 'back on a wide window, the panel opens as it was left');
    await page.setViewportSize(PHONE);
    await close();
  });

  /**
   * The holder's box on the real screen: its page box (layout viewport coordinates) taken through
   * the visual viewport, what the screen shows, in screen pixels.
   */
  const onScreen = () =>
    page.evaluate(() => {
      const vv = visualViewport;
      const box = document.getElementById('quote-reader-root').getBoundingClientRect();
      const screen = (x, offset) => Math.round((x - offset) * vv.scale);
      return {
        left: screen(box.left, vv.offsetLeft),
        top: screen(box.top, vv.offsetTop),
        right: screen(box.right, vv.offsetLeft),
        bottom: screen(box.bottom, vv.offsetTop),
        layout: `${innerWidth} × ${innerHeight}`,
      };
    });

  // The seed page is wider than 360 px, so mobile Chromium widens the layout viewport to about
  // 385 × 792; a holder that filled it reached past the screen's right and bottom edges.
  it('fits the view to the phone’s screen when the page under it is wider', async () => {
    await open();
    const box = await onScreen();
    console.log(`# touch 360: layout viewport ${box.layout}, the view at ${JSON.stringify(box)}`);
    assert.ok(box.left >= 0 && box.top >= 0, `the view starts on the screen (${box.left}, ${box.top})`);
    assert.ok(box.right <= PHONE.width, `the view's right edge at ${box.right} on a ${PHONE.width} px screen`);
    assert.ok(box.bottom <= PHONE.height, `the view's bottom at ${box.bottom} on a ${PHONE.height} px screen`);
    assert.ok(box.right >= PHONE.width - 1 && box.bottom >= PHONE.height - 1, 'and fills it');
    const size = await viewSize();
    assert.ok(size.width <= PHONE.width, `the view is ${size.width} px wide on a ${PHONE.width} px screen`);
    assert.ok(size.height <= PHONE.height, `the view is ${size.height} px high on a ${PHONE.height} px screen`);
    const closeRight = await inView(
      page,
      () => document.querySelector('.qr-toolbar .qr-close')?.getBoundingClientRect().right,
    );
    assert.ok(closeRight <= PHONE.width, `the toolbar’s Close button ends at ${closeRight}, on the screen`);
  });

  it('opens read aloud by tap, its bar on one row', async () => {
    await open();
    await tap('.qr-toolbar .qr-read-aloud');
    await waitFor(() => inView(page, (root) => !!root.querySelector('.qr-aloud')), { what: 'the read-aloud bar' });
    // No voices here: the note says so, and must not add a row; there is no voice to choose, so
    // no menu of one disabled "System voice" crowds the bar.
    const voiceMenu = await waitFor(
      () =>
        inView(page, (root) => {
          if (!root.querySelector('.qr-aloud-note:not([hidden])')?.textContent) return null;
          const box = root.querySelector('.qr-aloud-voice').getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
      { what: 'the read-aloud note' },
    );
    assert.deepEqual(voiceMenu, { width: 0, height: 0 }, 'no voice menu without voices');
    const bar = await inView(page, (root) => {
      const el = root.querySelector('.qr-aloud');
      const box = el.getBoundingClientRect();
      const parts = Array.from(el.children)
        .filter((c) => !c.classList.contains('qr-aloud-note') && !c.hidden)
        .map((c) => c.getBoundingClientRect());
      const tops = parts.map((b) => Math.round(b.top + b.height / 2));
      const names = Array.from(el.querySelectorAll('button, select')).map(
        (c) => c.getAttribute('aria-label') || c.labels?.[0]?.textContent?.trim() || '',
      );
      return {
        height: Math.round(box.height),
        right: Math.max(...parts.map((b) => b.right)),
        left: Math.min(...parts.map((b) => b.left)),
        spread: Math.max(...tops) - Math.min(...tops),
        unnamed: names.filter((n) => !n).length,
        overflow: el.scrollWidth - el.clientWidth,
      };
    });
    assert.ok(bar.spread <= 4, `the bar's controls share one row (their middles differ by ${bar.spread} px)`);
    assert.ok(bar.height <= 56, `the bar is one row high (${bar.height} px)`);
    const { width } = await viewSize();
    assert.ok(bar.left >= 0 && bar.right <= width, `inside the view (${bar.left}–${bar.right} of ${width})`);
    assert.ok(bar.overflow <= 0, 'nothing in the bar is cut off');
    assert.equal(bar.unnamed, 0, 'every control of the bar has a name');
    const seen = await layout();
    assert.deepEqual(seen.small, [], `bar targets under ${MIN_TARGET} px`);
    assert.deepEqual(await axeViolations(page), [], 'axe-core: 0 violations with the bar open');
    await page.screenshot({ path: shot('chromium-touch-360-aloud') });
    await setTheme(page, 'dark');
    await page.screenshot({ path: shot('chromium-touch-360-aloud-dark') });
    await setTheme(page, 'light');
    // A right-to-left interface (Persian, Arabic) sets the view's dir as this does; the bar mirrors
    // and stays inside the screen.
    const mirrored = await inView(page, (root) => {
      root.querySelector('.qr-page').dir = 'rtl';
      const el = root.querySelector('.qr-aloud');
      const first = el.querySelector('.qr-aloud-prev').getBoundingClientRect();
      const last = el.querySelector('.qr-aloud-close').getBoundingClientRect();
      return { firstRight: first.right > last.right, overflow: el.scrollWidth - el.clientWidth };
    });
    assert.ok(mirrored.firstRight, 'previous paragraph at the right-hand start');
    assert.ok(mirrored.overflow <= 0, 'nothing in the mirrored bar is cut off');
    await page.screenshot({ path: shot('chromium-touch-360-aloud-rtl') });
    await close();
  });
});
