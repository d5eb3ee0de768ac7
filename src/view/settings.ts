/**
 * The settings in force in the view: loaded from `storage.sync`, changed from the toolbar (and
 * saved), or from the options page or another tab's view (and shown at once). The page beneath
 * never sees them: they live in this extension page only.
 */
import browser from 'webextension-polyfill';
import { FONT_SIZES, LINE_SPACINGS, parseSettings, type Settings, WIDTHS } from '../common/settings.js';

/** The line height the stylesheet's spacing is relative to (reader.css: `1.6 * --qr-leading`). */
const BASE_LINE_HEIGHT = 1.6;

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

/** The classes that show the theme, font and highlights of `settings`. */
export function pageClass(settings: Readonly<Settings>): string {
  const highlights = settings.highlights ? '' : ' qr-no-highlights';
  return `qr-page qr-theme-${settings.theme} qr-font-${settings.font}${highlights}`;
}

/**
 * Shows `settings` on the view's page element: theme, font and highlights as classes; size,
 * line spacing and the width (characters a line times `charWidth()`, the font's measured average
 * character width, which depends on the font just applied) as variables.
 */
export function applySettings(page: HTMLElement, settings: Readonly<Settings>, charWidth: () => number): void {
  page.className = pageClass(settings);
  page.style.setProperty('--qr-font-size', `${FONT_SIZES[settings.fontSize]}px`);
  page.style.setProperty('--qr-leading', String(LINE_SPACINGS[settings.lineSpacing]! / BASE_LINE_HEIGHT));
  page.style.setProperty('--qr-width', `${Math.round(WIDTHS[settings.width]! * charWidth())}px`);
}
