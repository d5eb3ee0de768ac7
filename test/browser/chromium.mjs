/** Chromium with the built extension loaded, driven by playwright-core (headless, no X server). */
import { chromium } from 'playwright-core';
import {
  CHROMIUM,
  extensionDir,
  firstLine,
  fixtureFor,
  isImageUrl,
  LAUNCH_TIMEOUT_MS,
  launchOnce,
  PLACEHOLDER_SVG,
  requireBrowser,
  tempProfile,
} from './helpers.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches Chromium with dist/chrome; every request but the extension's own and the fixture
 * pages is refused. `csp` adds a Content-Security-Policy header to the fixture pages.
 * A browser that does not start, or whose extension does not, is closed and the launch fails
 * with a one-line reason within LAUNCH_TIMEOUT_MS. Prints the version it runs.
 */
export async function launchChromium({
  csp,
  viewport = { width: 1280, height: 900 },
  pages = {},
  headless = true,
  args = [],
  env,
  touch = false,
} = {}) {
  requireBrowser(CHROMIUM, 'chromium');
  const ext = extensionDir('chrome');
  const context = await launchOnce('chromium', () =>
    chromium
      .launchPersistentContext(tempProfile('chromium'), {
        executablePath: CHROMIUM,
        headless,
        viewport,
        // A phone: touch events, and the mobile viewport (meta viewport, no hover).
        ...(touch ? { hasTouch: true, isMobile: true } : {}),
        env,
        timeout: LAUNCH_TIMEOUT_MS,
        args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS, ...args],
      })
      .catch((error) => {
        throw new Error(`Chromium at ${CHROMIUM} did not start: ${firstLine(error)}`);
      }),
  );
  try {
    return await started(context, { csp, pages });
  } catch (error) {
    await context.close().catch(() => undefined);
    throw new Error(`Chromium at ${CHROMIUM} started, but the extension did not: ${firstLine(error)}`);
  }
}

/** Serves the fixture pages in `context` and finds the extension's worker. */
async function started(context, { csp, pages }) {
  const handler = (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    if (isImageUrl(url)) return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG });
    const body = pages[url] ?? fixtureFor(url);
    if (body === null || body === undefined) return route.abort();
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body,
      headers: csp ? { 'Content-Security-Policy': csp } : {},
    });
  };
  await context.route('**/*', handler);
  let routed = true;
  /**
   * Turns the serving of pages (by interception) on or off: with it, every request of every frame
   * waits for a round trip to this process (bench/view.bench.ts measures open times without it).
   */
  async function serving(on) {
    if (on === routed) return;
    routed = on;
    await (on ? context.route('**/*', handler) : context.unroute('**/*', handler));
  }
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: LAUNCH_TIMEOUT_MS }));
  const extensionId = new URL(worker.url()).host;
  // The user agent string says only the major version ("156.0.0.0"); the full one is asked for.
  const version = await worker.evaluate(async () => {
    const { fullVersionList = [] } = (await navigator.userAgentData?.getHighEntropyValues(['fullVersionList'])) ?? {};
    return fullVersionList.find((b) => /Chrom/.test(b.brand))?.version ?? navigator.userAgent;
  });
  console.log(`# Chromium ${version} (${CHROMIUM})`);

  /** Runs `fn(tab)` in the service worker with the tab showing `url`. */
  async function inWorker(url, fn) {
    const tab = await worker.evaluate(async (pattern) => {
      const tabs = await chrome.tabs.query({});
      const found = tabs.find((t) => t.url === pattern) ?? tabs.find((t) => t.url?.startsWith(pattern));
      if (!found) throw new Error(`no tab at ${pattern}: ${tabs.map((t) => t.url).join(', ')}`);
      return found;
    }, url);
    return worker.evaluate(fn, tab);
  }
  return { context, worker, extensionId, inWorker, serving };
}
