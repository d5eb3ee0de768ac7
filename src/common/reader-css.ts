/**
 * The article's stylesheet, as one string: adopted by the view's extension page, and inlined into
 * the CLI's static HTML. Its colours are generated here from `palette.ts`, so that the contrast
 * test and the page use the same values; every other rule is plain CSS in `reader.css`.
 */
import { SLOT_COUNT, THEME_COLORS, type ThemeName } from './palette.js';
import READER_CSS from './reader.css';

function themeVars(name: ThemeName): string {
  const t = THEME_COLORS[name];
  const slots = Array.from(
    { length: SLOT_COUNT },
    (_, i) => `--qr-tint-${i}:${t.tints[i]};--qr-ink-${i}:${t.inks[i]};`,
  ).join('');
  return (
    `--qr-bg:${t.background};--qr-text:${t.text};--qr-muted:${t.muted};--qr-link:${t.link};` +
    `--qr-border:${t.border};--qr-panel:${t.panel};--qr-none-tint:${t.noneTint};--qr-none-ink:${t.noneInk};` +
    `--qr-focus:${t.focus};${slots}`
  );
}

/** Each speaker slot's colours, picked by a highlight's or a panel entry's `data-quote-slot`. */
const slotRules = Array.from(
  { length: SLOT_COUNT },
  (_, i) => `[data-quote-slot="${i}"]{--qr-tint:var(--qr-tint-${i});--qr-ink:var(--qr-ink-${i});}`,
).join('\n');

/** Typography and highlights of the article itself (shared by the view and the CLI's HTML). */
export const ARTICLE_CSS = `
.qr-theme-light{${themeVars('light')}}
.qr-theme-sepia{${themeVars('sepia')}}
.qr-theme-dark{${themeVars('dark')}}
@media (prefers-color-scheme: dark){.qr-theme-system{${themeVars('dark')}}}
@media (prefers-color-scheme: light){.qr-theme-system{${themeVars('light')}}}
${slotRules}
${READER_CSS}`;
