/**
 * Issue 11 in real Chromium and real Firefox: a page that wants to mislead its reader plays each
 * attack on the view as page script or page CSS (test/browser/attacks.mjs), and each fails.
 * - The page sees that the view opened (its holder element), and nothing of it: no text, no
 *   speakers, no settings, not the secret of the opening; it cannot reach into the frame.
 * - Synthetic clicks, keys and messages from the page do nothing; real clicks in the view never
 *   reach the page's listeners; Esc closes the view though the page cancels it.
 * - "Copy quote" puts exactly the citation the view shows on the clipboard: the text the page
 *   hid in the quote, bidi controls and zero-width characters gone, the page's copy handler and
 *   its timer in vain; where the page forbids clipboard writes, the citation is offered selected.
 * - A page element in the top layer over the view is noticed, said, and clicks wait until it is
 *   gone; a z-index element stays beneath the view.
 * - Page CSS cannot restyle, fade, hide or detect the view; no request is made because the view
 *   opened (a lazy image only when scrolled to, without a referrer).
 * - A copy of view.html the page frames itself gets nothing; a view the page takes away or
 *   navigates closes; the page comes back byte for byte.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ATTACK_URL,
  attackPage,
  CLEAN_CITATION,
  CSS_ATTACK_URL,
  cssAttackPage,
  FONT_URLS,
  LAZY_IMAGE,
  pageCoversView,
  pageLooksAtView,
  pagePokesView,
  pageUncoversView,
} from './attacks.mjs';
import { launchChromium } from './chromium.mjs';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { FIREFOX_UUID, LAUNCH, shot, SUITE } from './helpers.mjs';
import {
  clickView,
  firstDifference,
  inView,
  openTypeMenu,
  closeTypeMenu,
  pageState,
  pressEscape,
  readView,
  settledState,
  viewFrame,
  waitFor,
} from './view-checks.mjs';

const PP_URL = 'https://www.dw.com/en/from-foe-to-friend-no-clipboard/a-19084194';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The settings the view's extension page has in storage, read inside the frame. */
const storedSettings = (page) => inView(page, () => (globalThis.browser ?? globalThis.chrome).storage.sync.get(null));
/** The theme the view shows now. */
const shownTheme = (page) => inView(page, (root) => /qr-theme-(\w+)/.exec(root.querySelector('.qr-page').className)[1]);
/** The text the view's panel shows for its first quote (what "Copy quote" of that row copies). */
const firstPanelQuote = (page) => inView(page, (root) => root.querySelector('.qr-panel .qr-row-text').textContent);

/**
 * Covers the open view with a popover and with a modal dialog (the top layer), where the view must
 * notice it and take no click, then with a z-index element, which stays beneath the view. The
 * popover is photographed with `screenshot` (the browser driver's options).
 */
async function checkCovers(page, screenshot) {
  await openTypeMenu(page); // the theme buttons, clicked below, are in it
  for (const kind of ['popover', 'dialog']) {
    await page.evaluate(pageCoversView, kind);
    await waitFor(async () => (await readView(page))?.covered, { what: `the view to notice the ${kind}` });
    if (kind === 'popover') await page.screenshot(screenshot);
    // `force`: playwright would otherwise wait for the cover to go; the Firefox driver clicks as it is.
    await clickView(page, 'button[data-theme="dark"]', 0, { force: true });
    await pause(300);
    assert.equal(await shownTheme(page), 'light', `no click while a ${kind} covers the view`);
    await page.evaluate(pageUncoversView);
    await waitFor(async () => (await readView(page))?.covered === false, { what: `the ${kind} to be gone` });
  }
  // An element with the highest z-index is still beneath the top layer: nothing covers the view.
  await page.evaluate(pageCoversView, 'zindex');
  await pause(800);
  assert.equal((await readView(page)).covered, false, 'a z-index element is beneath the view');
  await clickView(page, 'button[data-theme="dark"]');
  assert.equal(await shownTheme(page), 'dark', 'clicks work over a z-index element');
  await clickView(page, 'button[data-theme="light"]');
  await closeTypeMenu(page);
  await page.evaluate(pageUncoversView);
}

/** Checks shared by both browsers on what the page can see of the open view. */
function assertPageSeesNothing(seen, browserName) {
  assert.equal(seen.host, 'dialog', 'the page sees the holder of the view (documented)');
  assert.equal(seen.shadowRoot, 'nothing', 'no shadow root to read');
  assert.equal(seen.frameDocument, 'nothing', "the frame's document is not the page's to read");
  assert.equal(seen.frameAddress, 'refused', "nor the frame's address");
  assert.equal(seen.frameBody, 'refused', "nor the frame's text");
  assert.deepEqual(seen.markers, [], 'no highlight, panel, toolbar or theme of the view in the page');
  assert.equal(seen.seenSecret, false, "the opening's secret appears nowhere the page can look");
  assert.equal(seen.viewWords, false, "none of the view's words are in the page");
  console.log(
    `# ${browserName}: the page saw ${seen.seen.added.filter((a) => a.includes('quote-reader')).join(', ')} added, ` +
      `${seen.frameWindows} frame(s), and read nothing of the view`,
  );
}

describe('Chromium: the page cannot reach the view (issue 11)', SUITE, () => {
  let browser;
  let page;
  const requests = [];
  before(async () => {
    browser = await launchChromium({ pages: { [ATTACK_URL]: attackPage(), [CSS_ATTACK_URL]: cssAttackPage() } });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await browser.context.route(PP_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Permissions-Policy': 'clipboard-write=()' },
        body: attackPage(),
      }),
    );
    browser.context.on('request', (r) => requests.push({ url: r.url(), referer: r.headers().referer ?? null }));
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  const toggle = (url) => browser.inWorker(url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
  const opened = async (url) => {
    await toggle(url);
    return waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  };
  const closed = () => waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  let pageBefore;

  it('lets the page see that the view opened, and nothing of it: text, speakers, settings, secret', async () => {
    await page.goto(ATTACK_URL);
    pageBefore = await settledState(page);
    await opened(ATTACK_URL);
    const secret = await (await viewFrame(page)).evaluate(() => location.hash.slice(1));
    assert.ok(secret.length >= 32, 'the view got its secret');
    assertPageSeesNothing(await page.evaluate(pageLooksAtView, secret), 'Chromium');
  });

  it('does nothing on synthetic clicks, keys and messages, and real clicks in it never reach the page', async () => {
    const settings = await storedSettings(page);
    await page.evaluate(pagePokesView);
    await pause(700);
    assert.ok((await readView(page))?.title, 'the view is still open');
    assert.deepEqual(await storedSettings(page), settings, 'the settings did not change');
    const clicks = await page.evaluate(() => window.__seen.clicks);
    await clickView(page, 'button[aria-label="Next quote"]');
    await openTypeMenu(page);
    await clickView(page, 'button[data-theme="sepia"]');
    assert.equal(await shownTheme(page), 'sepia', 'a real click changes the theme');
    await clickView(page, 'button[data-theme="light"]');
    await closeTypeMenu(page);
    assert.equal(await page.evaluate(() => window.__seen.clicks), clicks, "the page saw none of the reader's clicks");
  });

  it('closes on Esc though the page cancels it, and after the page took the focus away', async () => {
    const escapes = await page.evaluate(() => window.__seen.escapes);
    await pressEscape(page);
    await closed();
    assert.equal(await page.evaluate(() => window.__seen.escapes), escapes, 'the page never saw the Esc');
    await opened(ATTACK_URL);
    await page.evaluate(() => document.activeElement?.blur());
    await waitFor(() => inView(page, () => document.hasFocus()), { what: 'the focus back in the view' });
    await pressEscape(page);
    await closed();
    const afterHtml = (await pageState(page)).html;
    assert.equal(
      afterHtml,
      pageBefore.html,
      `the page is given back unchanged: ${firstDifference(pageBefore.html, afterHtml)}`,
    );
  });

  it('copies exactly the citation it shows: hidden text, bidi and zero-width characters gone; the page hijacks in vain', async () => {
    await page.goto(ATTACK_URL);
    await opened(ATTACK_URL);
    assert.equal(await firstPanelQuote(page), CLEAN_CITATION.slice(0, CLEAN_CITATION.indexOf(' — ')));
    await clickView(page, '.qr-panel .qr-copy');
    await pause(800); // past the page's 300 ms timer, had it seen the click
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clip, CLEAN_CITATION);
    assert.doesNotMatch(
      clip,
      /[\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]|HIDDEN|HIJACKED|OVERWRITTEN/u,
    );
    assert.equal(await page.evaluate(() => window.__seen.copies), 0, "the page's copy handler never ran");
    await pressEscape(page);
    await closed();
  });

  it('offers the citation selected for Ctrl+C where the page forbids clipboard writes', async () => {
    await page.goto(PP_URL);
    await opened(PP_URL);
    await page.evaluate(() => navigator.clipboard.writeText('before').catch(() => undefined));
    await clickView(page, '.qr-panel .qr-copy');
    const expected = CLEAN_CITATION.replace(ATTACK_URL, PP_URL);
    const offered = await waitFor(
      () =>
        inView(page, (root) => {
          const field = root.querySelector('.qr-copy-text');
          return field && root.activeElement === field
            ? { value: field.value, selected: field.value.slice(field.selectionStart, field.selectionEnd) }
            : null;
        }),
      { what: 'the citation offered for copying' },
    );
    assert.deepEqual(offered, { value: expected, selected: expected });
    await page.screenshot({ path: shot('chromium-copy-by-keyboard'), caret: 'initial' });
    await page.keyboard.press('Control+C');
    assert.equal(await waitFor(() => page.evaluate(() => navigator.clipboard.readText())), expected);
    await pressEscape(page);
    await closed();
  });

  it('notices a page element put in the top layer over it, and takes no click until it is gone', async () => {
    await page.goto(ATTACK_URL);
    await opened(ATTACK_URL);
    await checkCovers(page, { path: shot('chromium-covered'), caret: 'initial' });
    await pressEscape(page);
    await closed();
  });

  it('cannot be restyled, faded, hidden or detected by page CSS', async () => {
    await page.goto(CSS_ATTACK_URL);
    await pause(300);
    const since = requests.length;
    await opened(CSS_ATTACK_URL);
    await pause(500);
    const holder = await page.evaluate(() => {
      const host = document.getElementById('quote-reader-root');
      const frame = host.querySelector('iframe');
      return {
        host: [getComputedStyle(host).display, getComputedStyle(host).opacity, getComputedStyle(host).visibility],
        frame: [getComputedStyle(frame).opacity, Math.round(frame.getBoundingClientRect().width)],
        onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === frame,
      };
    });
    assert.deepEqual(holder, { host: ['block', '1', 'visible'], frame: ['1', 1280], onTop: true });
    const inside = await inView(
      page,
      (root) =>
        new Promise((resolve) => {
          new IntersectionObserver(
            ([entry]) =>
              resolve({
                seen: entry.isVisible,
                background: getComputedStyle(root.querySelector('.qr-page')).backgroundColor,
                fonts: root.fonts.size,
                font: getComputedStyle(root.querySelector('.qr-body p')).fontFamily.split(',')[0],
              }),
            { trackVisibility: true, delay: 100 },
          ).observe(root.querySelector('.qr-page'));
        }),
    );
    assert.deepEqual(inside, { seen: true, background: 'rgb(255, 255, 255)', fonts: 0, font: 'Charter' });
    assert.deepEqual(
      requests.slice(since).filter((r) => FONT_URLS.includes(r.url)),
      [],
      "no page font was fetched for the view (its Charter is the system's)",
    );
    await page.screenshot({ path: shot('chromium-css-attacks'), caret: 'initial' });
    await pressEscape(page);
    await closed();
  });

  it('fetches a lazy image only when the reader scrolls to it, and without a referrer', async () => {
    await page.goto(ATTACK_URL);
    await opened(ATTACK_URL);
    await pause(500);
    assert.deepEqual(
      requests.filter((r) => r.url === LAZY_IMAGE),
      [],
      'not fetched before the reader scrolls to it',
    );
    await inView(page, (root) => root.querySelector(`img[src*="lazy-never"]`).scrollIntoView());
    const fetched = await waitFor(() => requests.filter((r) => r.url === LAZY_IMAGE).length && requests, {
      what: 'the lazy image',
    });
    assert.deepEqual(
      fetched.filter((r) => r.url === LAZY_IMAGE).map((r) => r.referer),
      [null],
      'fetched once, without a referrer',
    );
    await pressEscape(page);
    await closed();
  });

  it('gives nothing to a copy of view.html the page frames itself, and closes when the page takes the view away', async () => {
    await page.goto(ATTACK_URL);
    // The extension's fixed address: with dynamic addresses, Chromium does not even load it.
    await page.evaluate((id) => {
      const fake = document.createElement('iframe');
      fake.src = `chrome-extension://${id}/view.html#${'0'.repeat(32)}`;
      document.body.append(fake);
    }, browser.extensionId);
    await pause(1500);
    assert.equal(await viewFrame(page), null, 'no view in the frame the page made');
    await page.goto(ATTACK_URL);
    await opened(ATTACK_URL);
    await page.evaluate(() => {
      document.querySelector('#quote-reader-root iframe').src = 'data:text/html,<h1>A view the page made</h1>';
    });
    await closed();
    await opened(ATTACK_URL);
    await page.evaluate(() => document.getElementById('quote-reader-root').remove());
    await closed();
    await waitFor(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow === 'visible'), {
      what: 'the page to scroll again',
    });
  });
});

describe('Firefox: the page cannot reach the view (issue 11)', SUITE, () => {
  let ff;
  let page;
  before(async () => {
    ff = await launchFirefox({ pages: { [ATTACK_URL]: attackPage(), [CSS_ATTACK_URL]: cssAttackPage() } });
  }, LAUNCH);
  after(async () => ff?.close());

  const opened = async () => {
    pressKeys('alt+shift+r');
    return waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  };
  const closed = () => waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });

  it('lets the page see that the view opened, and nothing of it; synthetic events do nothing', async () => {
    page = await ff.open(ATTACK_URL);
    const before = await settledState(page);
    await opened();
    const secret = await (await viewFrame(page)).evaluate(() => location.hash.slice(1));
    assertPageSeesNothing(await page.evaluate(pageLooksAtView, secret), 'Firefox');
    const settings = await storedSettings(page);
    await page.evaluate(pagePokesView);
    await pause(700);
    assert.ok((await readView(page))?.title, 'the view is still open');
    assert.deepEqual(await storedSettings(page), settings, 'the settings did not change');
    const clicks = await page.evaluate(() => window.__seen.clicks);
    await openTypeMenu(page);
    await clickView(page, 'button[data-theme="sepia"]');
    assert.equal(await shownTheme(page), 'sepia', 'a real click changes the theme');
    await clickView(page, 'button[data-theme="light"]');
    await closeTypeMenu(page);
    assert.equal(await page.evaluate(() => window.__seen.clicks), clicks, "the page saw none of the reader's clicks");
    // Esc, which the page cancels before anything else sees it.
    pressKeys('Escape');
    await closed();
    const afterHtml = (await pageState(page)).html;
    assert.equal(
      afterHtml,
      before.html,
      `the page is given back unchanged: ${firstDifference(before.html, afterHtml)}`,
    );
  });

  it('closes on Esc after the page took the focus away', async () => {
    await opened();
    await page.evaluate(() => document.activeElement?.blur());
    await waitFor(() => inView(page, () => document.hasFocus()), { what: 'the focus back in the view' });
    pressKeys('Escape');
    await closed();
  });

  it('copies exactly the citation it shows, whatever the page does to copies', async () => {
    await opened();
    assert.equal(await firstPanelQuote(page), CLEAN_CITATION.slice(0, CLEAN_CITATION.indexOf(' — ')));
    await clickView(page, '.qr-panel .qr-copy');
    await pause(800);
    pressKeys('Escape');
    await closed();
    // Firefox lets a page read the clipboard only on paste: paste into a field, as a reader would.
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'paste-here';
      document.body.prepend(field);
      field.focus();
    });
    pressKeys('ctrl+v');
    const pasted = await waitFor(() => page.evaluate(() => document.getElementById('paste-here').value), {
      what: 'the paste',
    });
    assert.equal(pasted, CLEAN_CITATION);
    assert.equal(await page.evaluate(() => window.__seen.copies), 0, "the page's copy handler never ran");
    await page.close();
  });

  it('notices a page element put in the top layer over it, and takes no click until it is gone', async () => {
    page = await ff.open(ATTACK_URL);
    await opened();
    await checkCovers(page, { path: shot('firefox-covered') });
    pressKeys('Escape');
    await closed();
    await page.close();
  });

  /** Requests `page` makes from now on (the view's frame included), with their referrer. */
  const recordRequests = (page) => {
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), referer: r.headers().referer ?? null }));
    return requests;
  };

  it('fetches a lazy image only when the reader scrolls to it, and without a referrer', async () => {
    page = await ff.open(ATTACK_URL);
    const requests = recordRequests(page);
    await opened();
    await pause(500);
    assert.deepEqual(
      requests.filter((r) => r.url === LAZY_IMAGE),
      [],
      'not fetched before the reader scrolls to it',
    );
    await inView(page, (root) => root.querySelector(`img[src*="lazy-never"]`).scrollIntoView());
    await waitFor(() => requests.some((r) => r.url === LAZY_IMAGE), { what: 'the lazy image' });
    assert.deepEqual(
      requests.filter((r) => r.url === LAZY_IMAGE).map((r) => r.referer),
      [null],
      'fetched once, without a referrer',
    );
    // The driver does show a referrer where one is sent: an image the page itself loads has one.
    const probe = 'https://www.dw.com/image/referrer-probe.jpg';
    await page.evaluate((src) => {
      new Image().src = src;
    }, probe);
    const sent = await waitFor(() => requests.find((r) => r.url === probe), { what: "the page's own image" });
    assert.equal(sent.referer, ATTACK_URL, "the page's own image carries the page as its referrer");
    pressKeys('Escape');
    await closed();
    await page.close();
  });

  it('cannot be restyled, faded, hidden or detected by page CSS', async () => {
    page = await ff.open(CSS_ATTACK_URL);
    const requests = recordRequests(page);
    await opened();
    await pause(500);
    const holder = await page.evaluate(() => {
      const host = document.getElementById('quote-reader-root');
      const frame = host.querySelector('iframe');
      return {
        host: [getComputedStyle(host).display, getComputedStyle(host).opacity, getComputedStyle(host).visibility],
        frame: getComputedStyle(frame).opacity,
        onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === frame,
      };
    });
    assert.deepEqual(holder, { host: ['block', '1', 'visible'], frame: '1', onTop: true });
    const inside = await inView(page, (root) => ({
      background: getComputedStyle(root.querySelector('.qr-page')).backgroundColor,
      fonts: root.fonts.size,
      font: getComputedStyle(root.querySelector('.qr-body p')).fontFamily.split(',')[0],
      covered: !root.querySelector('.qr-notice').hidden,
    }));
    assert.deepEqual(inside, { background: 'rgb(255, 255, 255)', fonts: 0, font: 'Charter', covered: false });
    assert.deepEqual(
      requests.filter((r) => FONT_URLS.includes(r.url)),
      [],
      "no page font was fetched for the view (its Charter is the system's)",
    );
    await page.screenshot({ path: shot('firefox-css-attacks') });
    pressKeys('Escape');
    await closed();
    await page.close();
  });

  it('gives nothing to a copy of view.html the page frames itself, and closes when the page takes the view away', async () => {
    page = await ff.open(ATTACK_URL);
    await page.evaluate((uuid) => {
      const fake = document.createElement('iframe');
      fake.id = 'page-made-view';
      fake.src = `moz-extension://${uuid}/view.html#${'0'.repeat(32)}`;
      document.body.append(fake);
    }, FIREFOX_UUID);
    await pause(2000);
    const fake = await viewFrame(page);
    if (fake) {
      // Firefox loads it (the address is per install; a page that learned it can frame it):
      // the frame never gets a page to show.
      assert.equal(await fake.evaluate(() => document.querySelector('h1')), null, 'the framed copy shows no article');
    }
    await page.evaluate(() => document.getElementById('page-made-view').remove());
    await opened();
    await page.evaluate(() => {
      document.querySelector('#quote-reader-root iframe').src = 'data:text/html,<h1>A view the page made</h1>';
    });
    await closed();
    await opened();
    await page.evaluate(() => document.getElementById('quote-reader-root').remove());
    await closed();
    await waitFor(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow === 'visible'), {
      what: 'the page to scroll again',
    });
    await page.close();
  });
});
