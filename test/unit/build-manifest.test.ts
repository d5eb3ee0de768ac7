import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { browserManifest, browserTargets } from '../../build.mjs';

const root = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('browserManifest', () => {
  it('gives Chrome a service worker, its minimum version and no gecko settings', () => {
    const m = browserManifest(root, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.minimum_chrome_version).toBe('120');
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts and keeps its gecko id, minimum versions and data collection', () => {
    const m = browserManifest(root, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.minimum_chrome_version).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    // Firefox ESR 140 on desktop; data_collection_permissions needs 142 on Android.
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('compiles each bundle for the oldest browser its manifest accepts', () => {
    expect(browserTargets(root)).toEqual({ chrome: 'chrome120', firefox: 'firefox140' });
  });

  it('does not change the root manifest', () => {
    const copy = structuredClone(root);
    browserManifest(root, 'chrome', '9.9.9');
    browserManifest(root, 'firefox', '9.9.9');
    expect(root).toEqual(copy);
  });

  it('asks for no more than the design allows, and gives each browser a shortcut it accepts', () => {
    const m = browserManifest(root, 'chrome', '1.0.0');
    expect(m.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual(['https://www.dw.com/*', 'https://amp.dw.com/*', 'https://m.dw.com/*']);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.commands['toggle-reader'].suggested_key.default).toBe('Alt+Shift+Q');
    expect(browserManifest(root, 'firefox', '1.0.0').commands['toggle-reader'].suggested_key.default).toBe(
      'Alt+Shift+R',
    );
  });

  it('offers the view page to every page, at a per-session address in Chrome, and asks for https sites only', () => {
    const chrome = browserManifest(root, 'chrome', '1.0.0');
    const firefox = browserManifest(root, 'firefox', '1.0.0');
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['view.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    // Firefox's moz-extension:// host is random for each install already; it warns on the key.
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['view.html'], matches: ['<all_urls>'] }]);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('refuses a Firefox build without a gecko id', () => {
    const bare = structuredClone(root);
    delete bare.browser_specific_settings;
    expect(() => browserManifest(bare, 'firefox', '1.0.0')).toThrow(/gecko id/);
  });
});
