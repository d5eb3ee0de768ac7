/**
 * The reading view: toolbar, article and "Who said what" panel in a shadow root over the page.
 * Settings apply at once and persist in `storage.sync`; Esc closes; focus moves in on open and
 * back to where it was on close. This file puts the parts together: toolbar.ts, article.ts,
 * panel.ts, and controller.ts for the view's life.
 */
import { ARTICLE_CSS } from '../../common/reader-css.js';
import { FONT_SIZES, type Settings, WIDTHS } from '../../common/settings.js';
import type { PageAnalysis } from '../../core/pipeline.js';
import { articlePane } from './article.js';
import { copyText } from './clipboard.js';
import { loadSettings, startController } from './controller.js';
import { h } from './h.js';
import { t } from './i18n.js';
import { mount } from './mount.js';
import { renderPanel } from './panel.js';
import { quietPage } from './quiet-page.js';
import { createToolbar } from './toolbar.js';
import VIEW_CSS from './view.css';

/** The panel opens by itself on a window this wide: beside the column, not over it. */
const PANEL_OPEN_MIN_WIDTH = 1000;

export interface ViewHandle {
  close: () => void;
}

/** Opens the view for `analysis`; `onClosed` runs after it is taken down. */
export async function openView(analysis: PageAnalysis, onClosed: () => void): Promise<ViewHandle> {
  const initial = await loadSettings();
  const previousFocus = document.activeElement as HTMLElement | null;
  const mounted = mount(ARTICLE_CSS + VIEW_CSS);
  const status = h('div', { class: 'qr-status', role: 'status' });
  const article = articlePane(analysis, mounted.shadow);
  const panel =
    analysis.result.article &&
    renderPanel(analysis, {
      jumpTo: article.jumpTo,
      showOnly: article.showOnly,
      copy: async (text) => {
        const ok = await copyText(mounted.shadow, text);
        status.textContent = ok ? t('copied') : '';
        return ok;
      },
    });
  if (panel) panel.id = 'qr-panel';
  const layout = h('div', { class: 'qr-layout' }, article.main, panel);
  const toolbar = createToolbar({
    settings: () => controller.settings(),
    change: (change) => controller.change(change),
    step: article.step,
    togglePanel: () => togglePanel(panel ? panel.hidden : false),
    print: () => window.print(),
    close: () => controller.close(),
  });
  // A modal dialog over the page: assistive technology leaves the page beneath alone.
  const page = h(
    'div',
    { class: 'qr-page', tabindex: -1, role: 'dialog', 'aria-modal': 'true', 'aria-label': t('extName') },
    toolbar.element,
    layout,
    status,
  );

  function togglePanel(show: boolean): void {
    if (!panel) return;
    panel.hidden = !show;
    layout.classList.toggle('qr-with-panel', show);
    toolbar.showPanel(show);
  }
  if (panel) togglePanel(window.innerWidth >= PANEL_OPEN_MIN_WIDTH && analysis.quotes.quotes.length > 0);
  else toolbar.showPanel(null);
  mounted.shadow.append(page);

  /** Shows `settings`: theme, font and highlights as classes, size and measured width as variables. */
  function apply(settings: Readonly<Settings>): void {
    const highlights = settings.highlights ? '' : ' qr-no-highlights';
    page.className = `qr-page qr-theme-${settings.theme} qr-font-${settings.font}${highlights}`;
    page.style.setProperty('--qr-font-size', `${FONT_SIZES[settings.fontSize]}px`);
    page.style.setProperty('--qr-width', `${Math.round(WIDTHS[settings.width]! * article.charWidth())}px`);
    toolbar.show(settings);
  }
  const controller = startController(initial, {
    apply,
    onClose() {
      quiet.remove();
      mounted.unmount();
      if (previousFocus?.isConnected && typeof previousFocus.focus === 'function') {
        previousFocus.focus({ preventScroll: true });
      }
      onClosed();
    },
  });
  const quiet = quietPage();

  page.focus({ preventScroll: true });
  return { close: controller.close };
}
