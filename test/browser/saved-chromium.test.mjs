/**
 * The Saved quotes page in real Chromium (see saved-checks.mjs for what is checked in both
 * browsers, a full storage included). Here also: the page opens from the toolbar button's context
 * menu entry, and 10,000 saved quotes are listed and searched in the page, timed.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { LAUNCH, RESULTS, SUITE } from './helpers.mjs';
import { readPage, savedQuotesChecks } from './saved-checks.mjs';
import { waitFor } from './view-checks.mjs';

let browser;
let page;

/** What saved-checks.mjs needs, with playwright-core. */
const driver = () => ({
  page,
  download: async (format) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  },
  upload: (path) => page.setInputFiles('#import-file', path),
  select: (name, value) => page.selectOption(`select[name="${name}"]`, value),
  check: (name, on) => page.setChecked(`input[name="${name}"]`, on),
  typeSearch: async (text) => {
    await page.fill('input[name="q"]', '');
    await page.keyboard.type(text);
  },
  viewport: (width, height) => page.setViewportSize({ width, height }),
  screenshot: (path) => page.screenshot({ path, fullPage: true, caret: 'initial' }),
  followLink: async (selector) => {
    await Promise.all([page.waitForURL(/^https:\/\/www\.dw\.com\//), page.click(selector)]);
    await page.waitForLoadState('load');
    return { page, url: page.url(), text: await page.evaluate(() => document.body.textContent.replace(/\s+/g, ' ')) };
  },
});

describe('Chromium: the Saved quotes page', SUITE, () => {
  before(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  }, LAUNCH);
  after(async () => browser?.context.close());

  it('opens from the "Saved quotes" entry of the toolbar button’s menu', async () => {
    // The entry exists (updating a missing one fails), and a click on it opens the page.
    await browser.worker.evaluate(() => chrome.contextMenus.update('open-saved-quotes', {}));
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      browser.worker.evaluate(() =>
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-saved-quotes', editable: false, pageUrl: '' }),
      ),
    ]);
    await opened.waitForLoadState('load');
    assert.equal(opened.url(), `chrome-extension://${browser.extensionId}/saved.html`);
    page = opened;
    await waitFor(async () => (await readPage(page)).empty, { what: 'the page to draw' });
  });

  savedQuotesChecks(driver, 'chromium');
});

describe('Chromium: Saved quotes by the thousand', SUITE, () => {
  before(async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/saved.html`);
  }, LAUNCH);
  after(async () => browser?.context.close());

  it('lists and searches 10,000 saved quotes quickly', async () => {
    const words = 'peace talks war government minister said Taliban Berlin Kremlin refugees border'.split(' ');
    const quotes = Array.from({ length: 10_000 }, (_, i) => ({
      text: `Quote ${i}: ${Array.from({ length: 20 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ')}`,
      speaker: `Speaker ${i % 300}`,
      role: null,
      title: `Article ${i % 2000}`,
      site: `Site ${i % 12}`,
      url: `https://news${i % 12}.example/${i % 2000}/a-1`,
      lang: ['en', 'de', 'fr'][i % 3],
      published: '2024-05-01',
      savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    }));
    await page.evaluate(() => chrome.storage.local.clear());
    const path = join(RESULTS, 'chromium-saved-10000.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'quote-reader-saved-quotes',
        version: 1,
        exportedAt: '2025-01-01T00:00:00.000Z',
        quotes,
      }),
    );
    await page.setInputFiles('#import-file', path);
    await waitFor(async () => /Imported 10,000 quotes/.test((await readPage(page)).status), {
      what: 'the import of 10,000 quotes',
      timeout: 30_000,
    });
    const loads = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.reload();
      await page.waitForFunction(() => document.querySelector('#count')?.textContent === '10,000 saved quotes');
      loads.push(Date.now() - t0);
    }
    const search = await page.evaluate(async () => {
      const input = document.querySelector('input[name="q"]');
      const times = [];
      for (const word of ['t', 'ta', 'tal', 'tali', 'taliban', 'taliban berlin', 'quote 9999']) {
        const t0 = performance.now();
        input.value = word;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - t0);
      }
      return {
        times,
        count: document.querySelector('#count').textContent,
        shown: document.querySelectorAll('li.quote').length,
      };
    });
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `# 10,000 saved quotes in Chromium: page load to list ${median(loads)} ms (median of 3), ` +
        `search per key press ${median(search.times).toFixed(1)} ms (median of 7, max ${Math.max(...search.times).toFixed(1)})`,
    );
    assert.equal(search.count, '1 of 10,000 saved quotes');
    assert.equal(search.shown, 1);
    // The times are printed, not asserted: speed budgets live in npm run bench (medians of one
    // run), not in tests that a busy 2-core machine can fail.
  });
});
