/**
 * The view's stylesheet, as one string: adopted into the view's shadow root, and inlined into
 * the CLI's static HTML. Theme colours come from `palette.ts` so that the contrast test and the
 * page use the same values.
 */
import { SLOT_COUNT, THEME_COLORS, labelText, type ThemeName } from './palette.js';

function themeVars(name: ThemeName): string {
  const t = THEME_COLORS[name];
  const slots = Array.from(
    { length: SLOT_COUNT },
    (_, i) => `--qr-tint-${i}:${t.tints[i]};--qr-ink-${i}:${t.inks[i]};--qr-label-${i}:${labelText(t.inks[i]!)};`,
  ).join('');
  return (
    `--qr-bg:${t.background};--qr-text:${t.text};--qr-muted:${t.muted};--qr-link:${t.link};` +
    `--qr-border:${t.border};--qr-panel:${t.panel};--qr-none-tint:${t.noneTint};--qr-none-ink:${t.noneInk};` +
    `--qr-none-label:${labelText(t.noneInk)};--qr-focus:${t.focus};${slots}`
  );
}

const slotRules = Array.from(
  { length: SLOT_COUNT },
  (_, i) =>
    `[data-quote-slot="${i}"]{--qr-tint:var(--qr-tint-${i});--qr-ink:var(--qr-ink-${i});--qr-label:var(--qr-label-${i});}`,
).join('\n');

/** Typography and highlights of the article itself (shared by the view and the CLI's HTML). */
export const ARTICLE_CSS = `
.qr-theme-light{${themeVars('light')}}
.qr-theme-sepia{${themeVars('sepia')}}
.qr-theme-dark{${themeVars('dark')}}
@media (prefers-color-scheme: dark){.qr-theme-system{${themeVars('dark')}}}
@media (prefers-color-scheme: light){.qr-theme-system{${themeVars('light')}}}
.qr-page{background:var(--qr-bg);color:var(--qr-text);
  --qr-serif:Charter,"Bitstream Charter","Iowan Old Style","Source Serif Pro","Noto Serif","DejaVu Serif",Georgia,Cambria,serif;
  --qr-sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;
  font-family:var(--qr-serif);font-size:var(--qr-font-size,19px);line-height:1.6;
  -webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}
.qr-page.qr-font-sans{font-family:var(--qr-sans)}
.qr-article{max-width:calc(var(--qr-width,34em) + 2.5rem);margin:0 auto;padding:2.5rem 1.25rem 4rem;overflow-wrap:break-word}
.qr-header{margin-bottom:2rem}
.qr-site{font-family:var(--qr-sans);font-size:.8em;letter-spacing:.06em;text-transform:uppercase;color:var(--qr-muted);margin:0 0 .5rem}
.qr-title{font-size:1.9em;line-height:1.2;margin:0 0 .6rem;font-weight:700;letter-spacing:-.01em}
.qr-meta{font-family:var(--qr-sans);font-size:.8em;color:var(--qr-muted);margin:0 0 1.25rem}
.qr-lead{font-size:1.14em;line-height:1.5;font-weight:500;margin:0 0 1.5rem;color:var(--qr-text)}
.qr-article figure{margin:1.5rem 0}
.qr-article img,.qr-article video,.qr-article iframe{max-width:100%;height:auto;display:block;margin:0 auto;border-radius:4px}
.qr-article iframe{aspect-ratio:16/9;width:100%;border:0}
.qr-article figcaption{font-family:var(--qr-sans);font-size:.78em;line-height:1.45;color:var(--qr-muted);margin-top:.5rem}
.qr-credit{display:block;opacity:.9;margin-top:.15rem}
.qr-body p,.qr-body ul,.qr-body ol,.qr-body blockquote{margin:0 0 1.1em}
.qr-body h2,.qr-body h3,.qr-body h4{font-family:var(--qr-sans);line-height:1.3;margin:2em 0 .6em}
.qr-body h2{font-size:1.3em}.qr-body h3{font-size:1.12em}
.qr-body blockquote{border-inline-start:3px solid var(--qr-border);padding-inline-start:1em;margin-inline:0;color:var(--qr-text)}
.qr-body table{border-collapse:collapse;max-width:100%;overflow-x:auto;display:block;font-size:.85em}
.qr-body td,.qr-body th{border:1px solid var(--qr-border);padding:.3em .5em}
.qr-body pre{overflow-x:auto;font-size:.85em}
.qr-article a{color:var(--qr-link);text-decoration-thickness:1px;text-underline-offset:2px}
.qr-editor{font-family:var(--qr-sans);font-size:.8em;color:var(--qr-muted);border-top:1px solid var(--qr-border);padding-top:1rem;margin-top:2rem}
${slotRules}
[data-quote-slot="none"]{--qr-tint:var(--qr-none-tint);--qr-ink:var(--qr-none-ink);--qr-label:var(--qr-none-label)}
mark[data-quote-id]{background:var(--qr-tint);color:inherit;border-bottom:2px solid var(--qr-ink);padding:.05em 0;
  -webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:2px;scroll-margin:30vh}
mark[data-quote-slot="none"]{border-bottom-style:dashed}
mark[data-quote-first]::before{content:"" / attr(data-quote-sr)}
mark[data-quote-last]::after{content:attr(data-quote-label);display:inline-block;margin-inline-start:.35em;
  padding:0 .45em;border-radius:.7em;background:var(--qr-ink);color:var(--qr-label);font-family:var(--qr-sans);
  font-size:.62em;font-weight:600;line-height:1.6;vertical-align:.15em;white-space:nowrap;
  text-indent:0;speak:never}
.qr-no-highlights mark[data-quote-id]{background:none;border-bottom:0}
.qr-no-highlights mark[data-quote-last]::after{display:none}
mark[data-quote-id].qr-dim{background:none;border-bottom-color:transparent}
mark[data-quote-id].qr-dim::after{display:none}
mark[data-quote-id]:focus{outline:3px solid var(--qr-focus);outline-offset:2px}
mark[data-quote-id].qr-flash{animation:qr-flash 1.2s ease-out}
@keyframes qr-flash{0%{box-shadow:0 0 0 6px var(--qr-ink)}100%{box-shadow:0 0 0 0 transparent}}
@media (prefers-reduced-motion: reduce){mark[data-quote-id].qr-flash{animation:none}}
`;
