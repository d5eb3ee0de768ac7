import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations
import { browserManifest } from '../../build.mjs';

const root = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('browserManifest', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const m = browserManifest(root, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts and keeps its gecko id, minimum version and data collection', () => {
    const m = browserManifest(root, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.strict_min_version).toBeTruthy();
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
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

  it('refuses a Firefox build without a gecko id', () => {
    const bare = structuredClone(root);
    delete bare.browser_specific_settings;
    expect(() => browserManifest(bare, 'firefox', '1.0.0')).toThrow(/gecko id/);
  });
});
