/**
 * The view's budgets (issue 6), measured on the built extension (run `npm run build` first):
 * - dist/chrome/content.js, the script that runs on every DW page: at most 10 KB minified.
 *   browser-polyfill.js is loaded beside it (manifest order) and shared with reader.js; it is
 *   reported on its own line, not counted in the budget.
 * - dist/chrome/reader.js, injected only when the view opens: reported (no budget).
 * - In real Chromium (headless), from the toggle command to the frame after the view's root
 *   and article are in the page, on the seed article: the first open (reader.js injected) and
 *   the median of warm re-opens. Budget for the warm median: 500 ms (ours; the issue sets none).
 * Time is wall clock: t0 taken in this process just before the command goes to the extension's
 * worker, t1 in the page (performance.timeOrigin + now) two animation frames after the root
 * appears; both are epoch milliseconds on one machine. Driver latency (a few ms) is included.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist', 'chrome');

const CONTENT_BUDGET_BYTES = 10 * 1024;
const WARM_OPEN_BUDGET_MS = 500;
const WARM_OPENS = 9;

function size(file: string): { bytes: number; gzip: number } {
  const path = join(DIST, file);
  return { bytes: statSync(path).size, gzip: gzipSync(readFileSync(path)).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Installs `window.__qrPaint`: epoch ms two frames after the view's root and article appear. */
const PAINT_WATCH = `window.__qrPaint = new Promise((done) => {
  const mo = new MutationObserver(() => {
    if (!document.getElementById('quote-reader-root')?.shadowRoot?.querySelector('.qr-body')) return;
    mo.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.timeOrigin + performance.now())));
  });
  mo.observe(document.documentElement, { childList: true });
}), undefined`;

/** Toggle-to-paint times on the seed page in headless Chromium: [cold, ...warm]. */
async function toggleTimes(): Promise<number[]> {
  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { launchChromium } = await import('../test/browser/chromium.mjs');
  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { SEED_URL } = await import('../test/browser/helpers.mjs');
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    const toggle = () =>
      browser.inWorker(SEED_URL, (tab: { id: number }) =>
        // @ts-expect-error: runs in the extension's worker, where `chrome` exists
        chrome.commands.onCommand.dispatch('toggle-reader', tab),
      );
    const hasRoot = () => page.evaluate(() => document.getElementById('quote-reader-root') !== null);
    const times: number[] = [];
    for (let i = 0; i <= WARM_OPENS; i++) {
      // In the page: resolves two frames after the root with its article appears. A string, not
      // a function: tsx would wrap a function's inner helpers in its own `__name`.
      await page.evaluate(PAINT_WATCH);
      const t0 = Date.now();
      await toggle();
      const t1 = (await page.evaluate('window.__qrPaint')) as number;
      times.push(t1 - t0);
      await toggle();
      for (let tries = 0; (await hasRoot()) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 20));
    }
    return times;
  } finally {
    await browser.context.close();
  }
}

export default async function viewBench(): Promise<number> {
  let failed = 0;
  const content = size('content.js');
  const polyfill = size('browser-polyfill.js');
  const reader = size('reader.js');
  const contentOk = content.bytes <= CONTENT_BUDGET_BYTES;
  if (!contentOk) failed++;
  console.log(
    `content.js          ${kb(content.bytes)} minified (${kb(content.gzip)} gzip)   budget ≤ ${kb(CONTENT_BUDGET_BYTES)}  ${contentOk ? 'ok' : 'EXCEEDED'}`,
  );
  console.log(
    `browser-polyfill.js ${kb(polyfill.bytes)} minified (${kb(polyfill.gzip)} gzip)   loaded beside content.js, shared with reader.js; not in the budget`,
  );
  console.log(
    `reader.js           ${kb(reader.bytes)} minified (${kb(reader.gzip)} gzip)   injected only when the view opens; no budget`,
  );

  let times: number[];
  try {
    times = await toggleTimes();
  } catch (error) {
    console.log(`toggle to paint: not measured (${(error as Error).message.split('\n')[0]}); counted as exceeded`);
    return failed + 1;
  }
  const [cold, ...warm] = times;
  const warmMedian = median(warm);
  const warmOk = warmMedian <= WARM_OPEN_BUDGET_MS;
  if (!warmOk) failed++;
  console.log(
    `toggle to painted view, seed page, headless Chromium: first open ${cold!.toFixed(0)} ms (injects reader.js);` +
      ` warm re-opens median ${warmMedian.toFixed(0)} ms of ${warm.length} (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})` +
      `   budget ≤ ${WARM_OPEN_BUDGET_MS} ms  ${warmOk ? 'ok' : 'EXCEEDED'}`,
  );
  return failed;
}
