/**
 * The view's life once open: the settings in force (changed from the toolbar, the options page
 * or another tab's view, saved to `storage.sync`), Esc, an address change under the view (a
 * single-page app moved on), and closing.
 */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../../common/settings.js';

/** How often the address is checked for a single-page app's navigation. */
const ADDRESS_CHECK_MS = 500;

export interface Controller {
  /** The settings in force. */
  settings(): Readonly<Settings>;
  /** Applies `change` at once and saves it. */
  change(change: Partial<Settings>): void;
  /** Stops listening and calls `onClose`; later calls do nothing. */
  close(): void;
}

/** The saved settings, or the defaults when storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    return parseSettings({});
  }
}

/**
 * Starts the view's life with `settings`: `apply` shows them (now, and after every change),
 * `onClose` takes the view down.
 */
export function startController(
  initial: Settings,
  { apply, onClose }: { apply: (settings: Readonly<Settings>) => void; onClose: () => void },
): Controller {
  const settings = { ...initial };
  apply(settings);

  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'sync') return;
    const raw: Record<string, unknown> = { ...settings };
    for (const [key, change] of Object.entries(changes)) raw[key] = change.newValue;
    Object.assign(settings, parseSettings(raw));
    apply(settings);
  };
  browser.storage.onChanged.addListener(onStorage);

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.stopPropagation();
      close();
    }
  };
  window.addEventListener('keydown', onKey, true);

  // When the address changes under the view, close it rather than show a stale article.
  const startUrl = location.href;
  const watcher = window.setInterval(() => {
    if (location.href !== startUrl) close();
  }, ADDRESS_CHECK_MS);

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    window.clearInterval(watcher);
    window.removeEventListener('keydown', onKey, true);
    browser.storage.onChanged.removeListener(onStorage);
    onClose();
  }

  return {
    settings: () => settings,
    change(change) {
      Object.assign(settings, change);
      apply(settings);
      void browser.storage.sync.set(change).catch(() => undefined);
    },
    close,
  };
}
