/**
 * The browser's page for extensions' keyboard shortcuts, which differs by browser: Firefox opens
 * it with `commands.openShortcutSettings()` (Firefox 137 and later); Chromium has no such call, but
 * lets an extension open chrome://extensions/shortcuts in a tab. Elsewhere the options page says
 * in words where to go.
 */
import browser from 'webextension-polyfill';

/** The command whose shortcut the options page shows (manifest.json `commands`). */
const TOGGLE_COMMAND = 'toggle-reader';
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

interface ShortcutCommands {
  openShortcutSettings?: () => Promise<void>;
}

/** The toggle's shortcut as the browser shows it ("Alt+Shift+Q"), '' when none is set. */
export async function toggleShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
}

/** A function that opens the shortcut settings, or null where an extension cannot open them. */
export function shortcutSettingsOpener(): (() => Promise<unknown>) | null {
  const commands = browser.commands as unknown as ShortcutCommands;
  if (typeof commands.openShortcutSettings === 'function') return () => commands.openShortcutSettings!();
  if (browser.runtime.getURL('').startsWith('chrome-extension:'))
    return () => browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
  return null;
}
