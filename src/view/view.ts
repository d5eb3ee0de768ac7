/**
 * The reading view: toolbar, article and "Who said what" panel, drawn in this extension page (the
 * frame the page side put over the page). Settings apply at once and persist in `storage.sync`;
 * focus moves in when the view is drawn. This file puts the parts together: toolbar.ts,
 * article.ts, panel.ts, settings.ts for the settings in force, copy.ts for the clipboard, save.ts
 * for saving quotes, read-aloud/ for reading the article aloud.
 */
import type { Settings } from '../common/settings.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { articlePane } from './article.js';
import { offerManualCopy, writeClipboard } from './copy.js';
import { h } from './h.js';
import { t } from './i18n.js';
import { renderPanel } from './panel.js';
import { followQuoteInView } from './quote-in-view.js';
import { createReadAloud } from './read-aloud/read-aloud.js';
import { openSavedQuotes, quoteSaving } from './save.js';
import { applySettings, followSettings, pageClass } from './settings.js';
import { createToolbar } from './toolbar.js';

/** The panel opens by itself on a window this wide: beside the column, not over it. */
const PANEL_OPEN_MIN_WIDTH = 1000;
/** How long the line saying the storage is full stays over the toolbar. */
const SAVE_ALERT_MS = 10_000;

/**
 * Marks of the building's parts, after each is done, for bench/view.bench.ts (the view's own
 * timeline, out of the page's reach): the article drawn, the toolbar, its settings applied, read
 * aloud, the panel.
 */
const mark = (part: string): void => void performance.mark(`qr-build-${part}`);

/** The view's frame before and after the article is in it. */
export interface Shell {
  /** The view's outermost element: it scrolls, takes the theme, and must be seen whole. */
  page: HTMLElement;
  /** Says that something of the page's is drawn over the view (hidden when nothing is). */
  notice: HTMLElement;
  /** Announces copies to screen readers. */
  status: HTMLElement;
}

/** The view while the page's copy is read: its theme and a line saying it is being prepared. */
export function createShell(settings: Readonly<Settings>): Shell {
  const notice = h('p', { class: 'qr-notice', role: 'alert', hidden: true }, t('viewCovered'));
  const status = h('div', { class: 'qr-status', role: 'status' });
  const page = h(
    'div',
    {
      class: pageClass(settings),
      tabindex: -1,
      'aria-busy': 'true',
      // The interface in the browser's language and its direction (Arabic, Persian: right to left);
      // the article keeps its own lang and dir.
      lang: t('@@ui_locale').replace('_', '-'),
      dir: t('@@bidi_dir'),
    },
    notice,
    h('p', { class: 'qr-message qr-preparing' }, t('preparing')),
    status,
  );
  document.body.append(page);
  // The page's own bar (view.html) gives way to this one's reading state.
  document.body.removeAttribute('aria-busy');
  return { page, notice, status };
}

/** Shows `analysis` in `shell` with `initial` settings; `close` asks the page side to take the view down. */
export function showView(shell: Shell, analysis: PageAnalysis, initial: Settings, close: () => void): void {
  const { page, status } = shell;
  page.querySelector('.qr-preparing')?.remove();
  const article = articlePane(analysis, close);
  mark('article');
  page.setAttribute('data-article-dir', analysis.result.article?.dir ?? 'ltr');
  const announce = (text: string): void => {
    status.textContent = text;
  };
  // A save the storage cannot take is said where it is seen; it covers the toolbar, so not for long.
  const saveAlert = h('p', { class: 'qr-notice', role: 'alert', hidden: true });
  shell.notice.after(saveAlert);
  let alertTimer: ReturnType<typeof setTimeout> | undefined;
  const saving = quoteSaving(analysis, article.main, {
    quoteText: article.quoteText,
    marksOf: article.marksOf,
    announce,
    alert: (text) => {
      clearTimeout(alertTimer);
      saveAlert.textContent = text;
      saveAlert.hidden = !text;
      if (text) alertTimer = setTimeout(() => saveAlert.toggleAttribute('hidden', true), SAVE_ALERT_MS);
    },
  });
  const layout = h('div', { class: 'qr-layout' }, article.main);
  const toolbar = createToolbar({
    settings: () => control.settings(),
    change: (change) => control.change(change),
    step: article.step,
    togglePanel: () => togglePanel(panel ? panel.element.hidden : false, true),
    openSaved: () => void openSavedQuotes().catch((error) => announce(String(error))),
    print: () => window.print(),
    close: () => {
      readAloud?.stop();
      close();
    },
  });
  page.insertBefore(toolbar.element, status);
  mark('toolbar');
  // The settings first (they measure the font in a box of their own), then the article: it is
  // laid out once, when it is drawn, rather than once for the measure and again after it.
  const control = followSettings(initial, apply);
  page.insertBefore(layout, status);
  mark('settings');
  // A page that is not an article shows a state with a way back (page-state.ts): no panel and
  // nothing to read aloud there.
  const drawn = !!analysis.result.article && !!article.main.querySelector('.qr-article');
  const readAloud = !drawn
    ? null
    : createReadAloud({
        analysis,
        main: article.main,
        page,
        toolbarHeight: () => toolbar.element.getBoundingClientRect().height,
        onOpen: (open) => readAloudButton?.setAttribute('aria-pressed', String(open)),
      });
  // Only an article with text to read gets the button (read-aloud/).
  const readAloudButton =
    readAloud &&
    toolbar.addButton(t('readAloud'), 'speaker', () => readAloud.toggle(), {
      props: { class: 'qr-btn qr-read-aloud', 'aria-pressed': 'false' },
    });
  mark('read-aloud');
  // The panel after the article is laid out: its quotes are the article's text as shown.
  const panel = drawn
    ? renderPanel(analysis, {
        jumpTo: article.jumpTo,
        showOnly: article.showOnly,
        quoteText: article.quoteText,
        saveButton: saving.button,
        close: () => togglePanel(false, true),
        copy: async (text, button) => {
          const ok = await writeClipboard(text);
          if (!ok) offerManualCopy(button, text);
          status.textContent = ok ? t('copied') : t('copyByKeyboard');
          return ok;
        },
      })
    : null;
  if (panel) {
    panel.element.id = 'qr-panel';
    layout.append(panel.element);
    followQuoteInView(article.main, panel.markCurrent);
  }

  const wide = (): boolean => window.innerWidth >= PANEL_OPEN_MIN_WIDTH;
  /**
   * Shows or hides the panel. The reader's own choice on a wide window is remembered; on a narrow
   * one the panel is a sheet over the article, so it starts closed and is not remembered.
   */
  function togglePanel(show: boolean, byReader = false): void {
    if (!panel) return;
    panel.element.hidden = !show;
    layout.classList.toggle('qr-with-panel', show);
    toolbar.showPanel(show);
    if (byReader && wide()) control.change({ panelOpen: show });
    if (show && byReader && !wide()) panel.element.querySelector<HTMLElement>('button')?.focus();
  }
  if (panel) {
    const remembered = initial.panelOpen ?? true;
    togglePanel(wide() && remembered && analysis.quotes.quotes.length > 0);
  } else toolbar.showPanel(null);
  mark('panel');

  function apply(settings: Readonly<Settings>): void {
    applySettings(page, settings, article.charWidth);
    toolbar.show(settings);
  }
  void saving.refresh();
  page.removeAttribute('aria-busy');
  // The page side gives this frame the focus once it hears the view is ready; then it goes to the view.
  const focusPage = (): void => page.focus({ preventScroll: true });
  if (document.hasFocus()) focusPage();
  else window.addEventListener('focus', focusPage, { once: true });
}
