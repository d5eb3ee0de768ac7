/**
 * The page's colours: the reading view's palette (`common/palette.ts`), in the theme the reader
 * chose for the view (`storage.sync`), "system" following the system's light or dark.
 */
import browser from 'webextension-polyfill';
import { SLOT_COUNT, THEME_COLORS, type ThemeName } from '../common/palette.js';
import { parseSettings, type Theme } from '../common/settings.js';

function vars(name: ThemeName): string {
  const t = THEME_COLORS[name];
  const inks = t.inks.map((ink, i) => `--ink-${i}:${ink};`).join('');
  return (
    `color-scheme:${name === 'dark' ? 'dark' : 'light'};--bg:${t.background};--text:${t.text};--muted:${t.muted};` +
    `--link:${t.link};--border:${t.border};--panel:${t.panel};--focus:${t.focus};--none-ink:${t.noneInk};${inks}`
  );
}

/** Custom properties of every theme, chosen by `<html data-theme>`. */
export const THEME_CSS = `
:root,:root[data-theme="light"]{${vars('light')}}
:root[data-theme="sepia"]{${vars('sepia')}}
:root[data-theme="dark"]{${vars('dark')}}
@media (prefers-color-scheme: dark){:root[data-theme="system"]{${vars('dark')}}}
${Array.from({ length: SLOT_COUNT }, (_, i) => `[data-slot="${i}"]{--ink:var(--ink-${i})}`).join('\n')}
[data-slot="none"]{--ink:var(--none-ink)}`;

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Applies the reader's theme now and whenever it changes. */
export async function followTheme(): Promise<void> {
  apply('system');
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.theme) apply(parseSettings({ theme: changes.theme.newValue }).theme);
  });
  apply(parseSettings(await browser.storage.sync.get('theme')).theme);
}

/**
 * A speaker's colour slot, the same for the same name on every load (the view numbers speakers
 * by their order in one article, which a list of many articles does not have).
 */
export function speakerSlot(name: string | null): string {
  if (name === null) return 'none';
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return String(Math.abs(hash) % SLOT_COUNT);
}
