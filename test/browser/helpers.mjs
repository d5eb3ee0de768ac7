/**
 * Shared set-up of the real-browser tests: the built extension, the browsers Debian installs,
 * fixture pages served at their real DW addresses by request interception (no network).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** A fixed moz-extension:// host for the add-on in tests. */
export const FIREFOX_UUID = 'd56a5b99-51b6-4e83-ab23-796216679614';

export const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';

/** Pages served in the tests, by address. */
export const PAGES = {
  [SEED_URL]: join(SHARED, 'seed', 'dw-from-foe-to-friend.html'),
  'https://www.dw.com/de/russland-wahl-nadeschdin-setzt-auf-ein-ende-der-putin-ära/a-68117411':
    join(SHARED, 'peer', 'dw-pages', 'fundus-de-DW_2024_01_30.html'),
  'https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881':
    join(SHARED, 'peer', 'dw-pages', 'trafilatura-en-colonial.html'),
};

/** The page body for `url`, or null. Addresses are compared decoded (ä vs %C3%A4). */
export function fixtureFor(url) {
  const clean = decodeURI(url.split('#')[0]);
  const file = PAGES[clean];
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
    throw new Error(`${path} not found: install it with "apt-get install -y ${debianPackage}" (or set ${debianPackage === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'})`);
  }
}

export function tempProfile(name) {
  return mkdtempSync(join(tmpdir(), `quote-reader-${name}-`));
}

export function shot(name) {
  return join(RESULTS, `${name}.png`);
}
