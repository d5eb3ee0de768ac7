/**
 * Shared set-up of the real-browser tests: the built extension, the browsers Debian installs,
 * fixture pages served at their real DW addresses by request interception (no network).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Starting a browser takes 2–8 s here; one that has not started after this is broken. */
export const LAUNCH_TIMEOUT_MS = 45_000;
/**
 * The longest a browser test file may take (they take 5–30 s each): every `describe` sets it as
 * its timeout, and `run.mjs` ends a file's process, browsers included, a minute after it.
 */
export const SUITE_TIMEOUT_MS = 120_000;
/** Options for a test file's `describe`, and for its `before` hook that launches the browser. */
export const SUITE = { timeout: SUITE_TIMEOUT_MS };
export const LAUNCH = { timeout: LAUNCH_TIMEOUT_MS + 15_000 };
export const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko
  .id;
/** The interface's English strings, as the browsers in the tests (English) show them. */
export const MESSAGES_EN = JSON.parse(readFileSync(join(ROOT, 'src', '_locales', 'en', 'messages.json'), 'utf8'));
/** The toolbar icon's title after the view was asked for on an SVG image. */
export const SVG_TITLE = MESSAGES_EN.actionTitleSvg.message;
/** A fixed moz-extension:// host for the add-on in tests. */
export const FIREFOX_UUID = 'd56a5b99-51b6-4e83-ab23-796216679614';

export const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';

/** Pages served in the tests, by address (as the browser writes it: percent-encoded). */
export const PAGES = Object.fromEntries(
  [
    [SEED_URL, join(FIXTURES, 'dw-en-foe-to-friend', 'source.html')],
    [
      'https://www.dw.com/de/russland-wahl-nadeschdin-setzt-auf-ein-ende-der-putin-ära/a-68117411',
      join(FIXTURES, 'dw-de-nadeschdin-2024', 'source.html'),
    ],
    [
      'https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881',
      join(FIXTURES, 'dw-en-colonial-older', 'source.html'),
    ],
  ].map(([url, file]) => [new URL(url).href, file]),
);

/** The page body for `url`, or null. */
export function fixtureFor(url) {
  const file = PAGES[new URL(url.split('#')[0]).href];
  return file ? readFileSync(file, 'utf8') : null;
}

export function extensionDir(browser) {
  const dir = join(ROOT, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run "npm run build" first`);
  return dir;
}

/** Fails with the package to install when a browser is missing. */
export function requireBrowser(path, debianPackage) {
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: install it with "apt-get install -y ${debianPackage}" (or set ${debianPackage === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'})`,
    );
  }
}

/** The first line of an error's message, without the stack frames a browser's protocol error appends. */
export function firstLine(error) {
  const message = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
  return message.replace(/\s+\S+@\S+:\d+:\d+.*$/, '');
}

/**
 * A browser that failed to start fails every later launch of the same run at once, with the
 * first failure's reason, instead of each test file waiting out LAUNCH_TIMEOUT_MS again.
 * `run.mjs` gives each run a folder for this (QR_BROWSER_RUN_DIR); a lone test file has none.
 */
export async function launchOnce(name, launch) {
  const dir = process.env.QR_BROWSER_RUN_DIR;
  const mark = dir && join(dir, `${name}-failed.txt`);
  if (mark && existsSync(mark)) throw new Error(`${readFileSync(mark, 'utf8')} (earlier in this run)`);
  try {
    return await launch();
  } catch (error) {
    if (mark) writeFileSync(mark, firstLine(error));
    throw error;
  }
}

export function tempProfile(name) {
  return mkdtempSync(join(tmpdir(), `quote-reader-${name}-`));
}

/**
 * Path of a screenshot. In Chromium take it with `caret: 'initial'`: playwright's default caret
 * hiding leaves `style=""` on the page's form fields, which the markup checks would then see.
 */
export function shot(name) {
  return join(RESULTS, `${name}.png`);
}

/**
 * Images are not fetched in tests (no network): every image request gets this neutral grey
 * picture, so that screenshots show the layout as a reader would see it.
 */
export const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="940" height="529" viewBox="0 0 940 529">' +
  '<rect width="940" height="529" fill="#9aa5b1"/><path d="M0 420 L260 250 L470 400 L640 300 L940 470 V529 H0Z" fill="#7b8794"/>' +
  '<circle cx="720" cy="140" r="60" fill="#cbd2d9"/></svg>';

export function isImageUrl(url) {
  return /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(url) || /\/image\//.test(url);
}

/** What the core pipeline (dist/lib, in Node with jsdom) finds on the fixture page at `url`. */
export async function engineResult(url) {
  const { JSDOM } = await import('jsdom');
  const { readPage } = await import(join(ROOT, 'dist', 'lib', 'index.mjs'));
  const dom = new JSDOM(fixtureFor(url), { url });
  return readPage(dom.window.document, url, { force: true });
}

export const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * Does a highlight show the engine's quote? The highlight also covers the quote's own marks and
 * the comma or stop just inside the closing one; nothing else may differ.
 */
export function showsQuote(highlight, quote) {
  const inner = normalize(highlight)
    .replace(/^["“”„‟«»‹›‘’'‚「」『』]\s*/u, '')
    .replace(/\s*["“”„‟«»‹›‘’'‚「」『』]$/u, '');
  const text = normalize(quote);
  return inner === text || (inner.startsWith(text) && /^[,.;:!?…]$/u.test(inner.slice(text.length)));
}
