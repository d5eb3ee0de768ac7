/**
 * Re-opening the view on the same page (issue 12, "Open instantly"): while the page has not
 * changed, the page side gives the new view the last analysis instead of a new copy; once the
 * page changes, the view reads it again. Either way the page comes back byte for byte.
 * In real Chromium and real Firefox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SEED_URL, SUITE } from './helpers.mjs';
import { firstDifference, inView, pageState, pressEscape, readView, settledState, waitFor } from './view-checks.mjs';

const MARKER = 'Reopened after the page changed.';

/** In the page: what a site's script might do between two openings (its longest paragraph gains a sentence). */
function pageChanges(marker) {
  const longest = Array.from(document.querySelectorAll('p')).sort(
    (a, b) => b.textContent.length - a.textContent.length,
  )[0];
  longest.prepend(`${marker} `);
}

/**
 * Opens, closes and re-opens the view with `open` and `close`, then changes the page and opens
 * it again: the same article each time until the change, which then shows.
 */
async function checkReopens(page, { open, close }) {
  const before = await settledState(page);
  const first = await open();
  assert.equal(first.kept, false, 'the first opening reads the page');
  assert.equal(first.pipeline, true, 'the first opening loads the pipeline');
  await close();
  const again = await open();
  assert.equal(again.kept, true, 'a re-opening on the unchanged page shows the kept analysis');
  assert.equal(again.pipeline, false, 'a re-opening that shows the kept analysis loads no pipeline');
  assert.equal(again.title, first.title, 'the same title');
  assert.deepEqual(again.quotes, first.quotes, 'the same quotes and speakers');
  assert.equal(again.text, first.text, 'the same text');
  await close();
  const afterHtml = (await pageState(page)).html;
  assert.equal(afterHtml, before.html, `the page markup is unchanged: ${firstDifference(before.html, afterHtml)}`);

  await page.evaluate(pageChanges, MARKER);
  const changed = (await pageState(page)).html;
  const third = await open();
  assert.equal(third.kept, false, 'a re-opening on the changed page reads it again');
  assert.equal(third.pipeline, true, 'and loads the pipeline to do so');
  assert.ok(third.text.includes(MARKER), 'the view reads the changed page');
  assert.ok(!first.text.includes(MARKER));
  await close();
  const lastHtml = (await pageState(page)).html;
  assert.equal(lastHtml, changed, `the changed page is given back as it was: ${firstDifference(changed, lastHtml)}`);
}

/** Waits for the view to be drawn; what it shows, and whether it showed the kept analysis. */
async function drawn(page) {
  await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  const kept = await inView(page, () => performance.getEntriesByName('qr-view-kept').length > 0);
  // The pipeline is a script of its own (analyzer.js), loaded only by a view that reads a copy.
  const pipeline = await inView(page, () => document.querySelector('script[src$="analyzer.js"]') !== null);
  return { ...(await readView(page)), kept, pipeline };
}

describe('Chromium: re-opening the view', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  it('shows the same article again at once, and reads the page again once it changed', async () => {
    await page.goto(SEED_URL);
    await checkReopens(page, {
      open: async () => {
        await browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
        return drawn(page);
      },
      close: async () => {
        await pressEscape(page);
        await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
      },
    });
  });
});

describe('Firefox: re-opening the view', SUITE, () => {
  let ff;
  before(async () => {
    ff = await launchFirefox({ width: 1280, height: 1000 });
  }, LAUNCH);
  after(async () => ff?.close());

  it('shows the same article again at once, and reads the page again once it changed', async () => {
    const page = await ff.open(SEED_URL);
    await checkReopens(page, {
      open: async () => {
        pressKeys('alt+shift+r');
        return drawn(page);
      },
      close: async () => {
        pressKeys('Escape');
        await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
      },
    });
    await page.close();
  });
});
