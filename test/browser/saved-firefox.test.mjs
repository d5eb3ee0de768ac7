/**
 * The Saved quotes page in real Firefox (see saved-checks.mjs for what is checked in both
 * browsers), and the background opening it on the `open-saved-quotes` message, which is what the
 * toolbar button's menu entry calls.
 *
 * A test cannot open a moz-extension:// page in Firefox: WebDriver BiDi refuses to navigate
 * there, and there is no way to click a menu entry or the add-ons manager's Options. So the
 * add-on installed here is a copy of dist/firefox with one more background script, which opens
 * the options page once when the add-on is installed; the test goes from there to Saved quotes
 * by the options page's link. Nothing else differs.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchFirefox } from './firefox.mjs';
import { extensionDir, FIREFOX_UUID, LAUNCH, SUITE } from './helpers.mjs';
import { readPage, savedQuotesChecks, send } from './saved-checks.mjs';
import { waitFor } from './view-checks.mjs';

const ORIGIN = `moz-extension://${FIREFOX_UUID}`;
const SAVED_URL = `${ORIGIN}/saved.html`;

/** dist/firefox, with a background script that opens the options page on install. */
function testCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'quote-reader-firefox-ext-'));
  cpSync(extensionDir('firefox'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'test-open-options.js'),
    "browser.runtime.onInstalled.addListener(() => browser.tabs.create({ url: 'options.html' }));\n",
  );
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.background.scripts = [...manifest.background.scripts, 'test-open-options.js'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const downloads = mkdtempSync(join(tmpdir(), 'quote-reader-downloads-'));
let ff;
let page;

/** Where `page` is. puppeteer's `page.url()` stays at about:blank for a tab the add-on opened. */
const where = (page) => page.evaluate(() => location.href).catch(() => null);

/** The open tabs at `url`. */
async function pagesAt(url) {
  const pages = await ff.browser.pages();
  const urls = await Promise.all(pages.map(where));
  return pages.filter((_, i) => urls[i] === url);
}

/** The newest finished download not in `known`. */
function newDownload(known) {
  const done = readdirSync(downloads).filter((f) => !known.has(f) && !f.endsWith('.part'));
  if (!done.length) return null;
  // Firefox writes the file through a .part file; a file still being written has one beside it.
  if (readdirSync(downloads).some((f) => f.endsWith('.part'))) return null;
  return done.sort((a, b) => statSync(join(downloads, b)).mtimeMs - statSync(join(downloads, a)).mtimeMs)[0];
}

/** What saved-checks.mjs needs, with puppeteer-core over WebDriver BiDi. */
const driver = () => ({
  page,
  download: async (format) => {
    const known = new Set(readdirSync(downloads));
    await page.click(`[data-export="${format}"]`);
    const name = await waitFor(() => newDownload(known), { what: `the ${format} download` });
    return { name: name.replace(/\(\d+\)(?=\.\w+$)/, ''), text: readFileSync(join(downloads, name), 'utf8') };
  },
  upload: async (path) => {
    const input = await page.$('#import-file');
    await input.uploadFile(path);
  },
  select: (name, value) => page.select(`select[name="${name}"]`, value),
  check: async (name, on) => {
    if ((await page.$eval(`input[name="${name}"]`, (e) => e.checked)) !== on) await page.click(`input[name="${name}"]`);
  },
  typeSearch: async (text) => {
    await page.$eval('input[name="q"]', (input) => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    });
    if (text) await page.type('input[name="q"]', text);
  },
  viewport: (width, height) => page.setViewport({ width, height }),
  screenshot: (path) => page.screenshot({ path, fullPage: true }),
  followLink: async (selector) => {
    // No navigation event comes from a tab the add-on opened: where it is, is asked instead.
    await page.click(selector);
    await waitFor(
      async () =>
        (await where(page))?.startsWith('https://www.dw.com/') &&
        (await page.evaluate(() => document.readyState === 'complete').catch(() => false)),
      { what: 'the article to load' },
    );
    return {
      page,
      url: await where(page),
      text: await page.evaluate(() => document.body.textContent.replace(/\s+/g, ' ')),
    };
  },
});

describe('Firefox: the Saved quotes page', SUITE, () => {
  before(async () => {
    ff = await launchFirefox({
      extension: testCopy(),
      prefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.manager.showWhenStarting': false,
      },
    });
    const options = await waitFor(async () => (await pagesAt(`${ORIGIN}/options.html`))[0], {
      what: 'the options page the test copy opens',
    });
    page = await ff.serve(options);
    await page.bringToFront();
  }, LAUNCH);
  after(async () => ff?.close());

  it('opens from the options page, and from the background on the menu entry’s message', async () => {
    await waitFor(() => page.$('a[href="saved.html"]'), { what: 'the link on the options page' });
    await page.click('a[href="saved.html"]');
    await waitFor(async () => (await where(page)) === SAVED_URL, { what: 'the Saved quotes page' });
    await waitFor(async () => (await readPage(page)).empty, { what: 'the page to draw' });
    assert.equal((await pagesAt(SAVED_URL)).length, 1);
    assert.deepEqual(await send(page, { type: 'open-saved-quotes' }), { ok: true });
    const opened = await waitFor(async () => (await pagesAt(SAVED_URL)).find((p) => p !== page), {
      what: 'a second Saved quotes tab',
    });
    await opened.close();
    await page.bringToFront();
  });

  // No storage-full check: Firefox's quota is counted on disk and could not be filled reliably
  // (see fillStorage in saved-checks.mjs).
  savedQuotesChecks(driver, 'firefox', { storageFull: false });
});
