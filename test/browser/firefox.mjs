/**
 * Firefox ESR with the built add-on installed, driven by puppeteer-core over WebDriver BiDi.
 * It runs with a window (under Xvfb when there is no display) so that a real keyboard
 * shortcut can reach it: Firefox has no way to dispatch a command from a test.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import {
  FIREFOX,
  FIREFOX_UUID,
  GECKO_ID,
  extensionDir,
  firstLine,
  fixtureFor,
  isImageUrl,
  LAUNCH_TIMEOUT_MS,
  launchOnce,
  PLACEHOLDER_SVG,
  requireBrowser,
} from './helpers.mjs';

/** How long an ended browser's process is given to exit before the test goes on regardless. */
const EXIT_WAIT_MS = 5_000;

/**
 * Launches Firefox and installs dist/firefox. A browser that does not start fails the launch
 * within LAUNCH_TIMEOUT_MS; one that refuses the add-on (an unsupported version) is closed and
 * the launch fails with the browser's one-line reason. Prints the version it runs.
 */
export async function launchFirefox({
  csp,
  width = 1280,
  height = 900,
  pages = {},
  extension = extensionDir('firefox'),
  prefs = {},
  env,
} = {}) {
  requireBrowser(FIREFOX, 'firefox-esr');
  if (!process.env.DISPLAY)
    throw new Error(
      'Firefox tests need a display: run them through "npm run test:browser" (it starts Xvfb; apt-get install -y xvfb xdotool)',
    );
  const browser = await launchOnce('firefox', () => startFirefox(width, height, extension, prefs, env));

  /** A new tab showing `url` from the fixtures; every other request is refused. */
  async function open(url) {
    const page = await serve(await browser.newPage());
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  /** `page` (a tab the test or the add-on opened) served from the fixtures from now on. */
  async function serve(page) {
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
    return page;
  }
  return { browser, open, serve, close: () => closeFirefox(browser) };
}

/**
 * Starts Firefox with the add-on at `extension` installed (dist/firefox unless a test gives a
 * copy) and `prefs` on top of the usual ones, in `env` if given (speech.mjs); a browser that
 * refuses the add-on is closed.
 */
async function startFirefox(width, height, extension, prefs, env) {
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      timeout: LAUNCH_TIMEOUT_MS,
      args: [`--width=${width}`, `--height=${height}`],
      ...(env ? { env } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'extensions.originControls.grantByDefault': true,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.aboutwelcome.enabled': false,
        ...prefs,
      },
    })
    .catch((error) => {
      throw new Error(`Firefox at ${FIREFOX} did not start: ${firstLine(error)}`);
    });
  const version = (await browser.version().catch(() => 'of unknown version')).replace(/^firefox\//, '');
  console.log(`# Firefox ${version} (${FIREFOX})`);
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await closeFirefox(browser);
    throw new Error(`Firefox ${version} at ${FIREFOX} did not install the add-on: ${firstLine(error)}`);
  }
  return browser;
}

/**
 * Ends `browser` by killing its process: its profile is a throwaway one (puppeteer deletes it
 * when the process exits), so nothing needs saving. A graceful `browser.close()` took 6 s under
 * load (2.3 s on a profile Firefox had started in before); the kill 0.2–0.3 s.
 */
async function closeFirefox(browser) {
  const child = browser.process();
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer;
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    timer = setTimeout(resolve, EXIT_WAIT_MS);
  });
  child.kill('SIGKILL');
  await exited;
  clearTimeout(timer);
  // Puppeteer deletes it too once it sees the exit, but maybe after this process has ended.
  const profile = child.spawnargs[child.spawnargs.indexOf('--profile') + 1];
  if (profile?.startsWith(tmpdir())) rmSync(profile, { recursive: true, force: true });
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
