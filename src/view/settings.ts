/**
 * The settings in force in the view: loaded from `storage.sync`, changed from the toolbar (and
 * saved), or from the options page or another tab's view (and shown at once). The page beneath
 * never sees them: they live in this extension page only.
 */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../common/settings.js';

export interface SettingsControl {
  /** The settings in force. */
  settings(): Readonly<Settings>;
  /** Applies `change` at once and saves it. */
  change(change: Partial<Settings>): void;
}

/** The saved settings, or the defaults when storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    return parseSettings({});
  }
}

/** Shows `initial` with `apply`, and again after every change, wherever it was made. */
export function followSettings(initial: Settings, apply: (settings: Readonly<Settings>) => void): SettingsControl {
  const settings = { ...initial };
  apply(settings);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const raw: Record<string, unknown> = { ...settings };
    for (const [key, change] of Object.entries(changes)) raw[key] = change.newValue;
    Object.assign(settings, parseSettings(raw));
    apply(settings);
  });
  return {
    settings: () => settings,
    change(change) {
      Object.assign(settings, change);
      apply(settings);
      void browser.storage.sync.set(change).catch(() => undefined);
    },
  };
}
