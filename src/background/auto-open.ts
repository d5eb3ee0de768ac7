/**
 * "Open automatically on sites the user adds": the content script is registered for those
 * hosts once the user has granted them (the options page asks). Hosts not granted are skipped.
 */
import browser from 'webextension-polyfill';
import { normalizeHost, parseSettings } from '../common/settings.js';

const SCRIPT_ID = 'auto-open-sites';

/**
 * Match patterns for `hosts`, e.g. "www.bbc.com" → "https://www.bbc.com/*". Only single hosts:
 * "*" or "*.com" would make a pattern for every site (the options page refuses them too).
 */
function hostPatterns(hosts: readonly string[]): string[] {
  return hosts.filter((host) => host && normalizeHost(host) === host).map((host) => `https://${host}/*`);
}

export async function registerAutoOpenSites(): Promise<void> {
  const settings = parseSettings(await browser.storage.sync.get('autoOpenSites'));
  const granted: string[] = [];
  for (const pattern of hostPatterns(settings.autoOpenSites)) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  try {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } catch {
    /* none registered yet */
  }
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: ['browser-polyfill.js', 'content.js'], runAt: 'document_idle' },
  ]);
}
