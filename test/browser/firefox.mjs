/**
 * Firefox ESR with the built add-on installed, driven by puppeteer-core over WebDriver BiDi.
 * It runs with a window (under Xvfb when there is no display) so that a real keyboard
 * shortcut can reach it: Firefox has no way to dispatch a command from a test.
 */
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import {
  FIREFOX,
  FIREFOX_UUID,
  GECKO_ID,
  extensionDir,
  fixtureFor,
  isImageUrl,
  PLACEHOLDER_SVG,
  requireBrowser,
} from './helpers.mjs';

export async function launchFirefox({ csp, width = 1280, height = 900, pages = {} } = {}) {
  requireBrowser(FIREFOX, 'firefox-esr');
  if (!process.env.DISPLAY)
    throw new Error(
      'Firefox tests need a display: run them through "npm run test:browser" (it starts Xvfb; apt-get install -y xvfb xdotool)',
    );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: false,
    args: [`--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.originControls.grantByDefault': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.aboutwelcome.enabled': false,
    },
  });
  await browser.installExtension(extensionDir('firefox'));

  /** A new tab showing `url` from the fixtures; every other request is refused. */
  async function open(url) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: height - 100 });
    await page.setRequestInterception(true);
    // A request still in flight when its tab closes rejects: nothing to do about it then.
    const settle = (promise) => void Promise.resolve(promise).catch(() => undefined);
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      const u = req.url();
      if (u.startsWith('data:') || u.startsWith('moz-extension:')) return settle(req.continue());
      if (isImageUrl(u))
        return settle(req.respond({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG }));
      // A page is its HTML, or { body, contentType } for what is not HTML.
      const page = pages[u] ?? fixtureFor(u);
      if (page === null || page === undefined) return settle(req.abort());
      const { body, contentType } =
        typeof page === 'object' && !Buffer.isBuffer(page)
          ? page
          : { body: page, contentType: 'text/html; charset=utf-8' };
      return settle(
        req.respond({ status: 200, contentType, body, headers: csp ? { 'Content-Security-Policy': csp } : {} }),
      );
    });
    await page.goto(url);
    await page.bringToFront();
    return page;
  }
  return { browser, open };
}

/** Presses a real key chord in the Firefox window (xdotool), as a user would. */
export function pressKeys(chord, windowClass = 'firefox') {
  const ids = execFileSync('xdotool', ['search', '--onlyvisible', '--class', windowClass], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean);
  const window = ids.at(-1);
  if (!window) throw new Error(`no ${windowClass} window found by xdotool`);
  execFileSync('xdotool', ['windowfocus', '--sync', window, 'key', '--clearmodifiers', chord]);
}
