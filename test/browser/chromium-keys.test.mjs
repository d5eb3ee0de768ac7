/**
 * Chromium with a window (under Xvfb) and a German user interface, driven by real key presses:
 * Alt+Shift+Q (Chromium refuses Alt+Shift+R, see build.mjs) opens the view on a site that is not DW (activeTab grants the page for that
 * gesture only), the view speaks German, an Arabic article is laid out right to left, and
 * auto-open on DW articles works.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { pressKeys } from './firefox.mjs';
import { FIXTURES, LAUNCH, ROOT, SEED_URL, shot, SUITE } from './helpers.mjs';
import { firstDifference, inView, pageState, readView, settledState, waitFor } from './view-checks.mjs';

const BBC_URL = 'https://www.bbc.com/news/world-us-canada-33593563';
const ARABIC_URL = new URL('https://www.dw.com/ar/مبادرة-جديدة/a-19084999').href;
const pages = {
  [BBC_URL]: readFileSync(join(FIXTURES, 'readability', 'bbc-1', 'source.html'), 'utf8'),
  [ARABIC_URL]: readFileSync(join(ROOT, 'test', 'browser', 'pages', 'dw-ar-rtl.html'), 'utf8'),
};

describe('Chromium with real keys and a German interface', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    if (!process.env.DISPLAY) throw new Error('needs a display: run through "npm run test:browser" (Xvfb)');
    browser = await launchChromium({
      headless: false,
      pages,
      args: ['--lang=de'],
      env: { ...process.env, LANGUAGE: 'de' },
    });
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  const press = (chord) => pressKeys(chord, 'chromium');
  const opened = () => waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  const closed = () => waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });

  it('opens on a non-DW news page with the real shortcut (Alt+Shift+Q), in German', async () => {
    await page.goto(BBC_URL);
    await page.bringToFront();
    const before = await settledState(page);
    press('alt+shift+q');
    const title = await opened();
    assert.match(title, /Obama/);
    const labels = await inView(page, (root) =>
      Array.from(root.querySelectorAll('.qr-toolbar button')).map((b) => b.getAttribute('aria-label')),
    );
    assert.ok(labels.includes('Leseansicht schließen'), `German labels: ${labels.join(', ')}`);
    await page.screenshot({ path: shot('chromium-de-bbc'), caret: 'initial' });
    press('Escape');
    await closed();
    const afterHtml = (await pageState(page)).html;
    assert.equal(afterHtml, before.html, `the page markup is unchanged: ${firstDifference(before.html, afterHtml)}`);
  });

  it('lays out an Arabic DW article right to left', async () => {
    await page.goto(ARABIC_URL);
    press('alt+shift+q');
    await opened();
    const dir = await inView(page, (root) => {
      const article = root.querySelector('article');
      return { attr: article.dir, css: getComputedStyle(root.querySelector('.qr-body p')).direction };
    });
    assert.deepEqual(dir, { attr: 'rtl', css: 'rtl' });
    await page.screenshot({ path: shot('chromium-rtl-arabic'), caret: 'initial' });
    press('Escape');
    await closed();
  });

  it('opens by itself on DW articles when the option is on', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ autoOpenDw: true }));
    await page.goto(SEED_URL);
    assert.equal(await opened(), 'From foe to friend');
    press('Escape');
    await closed();
    await browser.worker.evaluate(() => chrome.storage.sync.set({ autoOpenDw: false }));
  });
});
