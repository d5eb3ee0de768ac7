/** Chromium with the built extension loaded, driven by playwright-core (headless, no X server). */
import { chromium } from 'playwright-core';
import {
  CHROMIUM,
  extensionDir,
  fixtureFor,
  isImageUrl,
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
 */
export async function launchChromium({
  csp,
  viewport = { width: 1280, height: 900 },
  pages = {},
  headless = true,
  args = [],
  env,
} = {}) {
  requireBrowser(CHROMIUM, 'chromium');
  const ext = extensionDir('chrome');
  const context = await chromium.launchPersistentContext(tempProfile('chromium'), {
    executablePath: CHROMIUM,
    headless,
    viewport,
    env,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS, ...args],
  });
  await context.route('**/*', (route) => {
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
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

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
  return { context, worker, extensionId, inWorker };
}
