/**
 * The reading view: toolbar, article and "Who said what" panel in a shadow root over the page.
 * Settings apply at once and persist in `storage.sync`; Esc closes; focus moves in on open and
 * back to where it was on close.
 */
import browser from 'webextension-polyfill';
import { ARTICLE_CSS } from '../../common/reader-css.js';
import { FONT_SIZES, WIDTHS, parseSettings, type Settings, type Theme } from '../../common/settings.js';
import type { PageAnalysis } from '../../core/pipeline.js';
import { QUOTE_ID_ATTR, renderArticle } from '../../core/render/render.js';
import { t, renderStrings } from './i18n.js';
import { icon } from './icons.js';
import { mount, type Mounted } from './mount.js';
import { renderPanel } from './panel.js';
import { VIEW_CSS } from './view-css.js';
import { adoptedSheets, adoptSheets } from './adopt-sheets.js';
import { html } from './dom.js';

export interface ViewHandle {
  close: () => void;
}

function button(label: string, content: Node | string, onClick: () => void): HTMLButtonElement {
  const b = html('button');
  b.type = 'button';
  b.className = 'qr-btn';
  b.title = label;
  b.setAttribute('aria-label', label);
  b.append(content);
  b.addEventListener('click', onClick);
  return b;
}

function group(label: string, ...children: HTMLElement[]): HTMLElement {
  const g = html('div');
  g.className = 'qr-group';
  g.setAttribute('role', 'group');
  g.setAttribute('aria-label', label);
  g.append(...children);
  return g;
}

async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    return parseSettings({});
  }
}

async function copyText(root: ShadowRoot, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fallback where the async clipboard is refused (no user activation in this frame).
    const area = html('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * A document-level sheet while the view is open: the page underneath neither scrolls nor shows
 * its scrollbars, and in print only the view shows. Adopted sheets leave the page's markup
 * unchanged and are not subject to its CSP; on close the sheet is taken away and the page's own
 * adopted sheets are left as they are, in their order.
 */
function quietPage(): { remove: () => void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { overflow: hidden !important; } @media print { body { display: none !important; } }');
    adoptSheets(document, [...adoptedSheets(document), sheet]);
    return {
      remove: () =>
        adoptSheets(
          document,
          adoptedSheets(document).filter((s) => s !== sheet),
        ),
    };
  } catch {
    return { remove: () => undefined }; // the page then keeps its scrollbars; nothing breaks
  }
}

/**
 * The average width of a character of the article's own text in its current font, in px: a
 * long paragraph laid out on one line, divided by its length. 0.5em when there is no text.
 */
function averageCharWidth(main: HTMLElement): number {
  const sample =
    Array.from(main.querySelectorAll('.qr-body p'))
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
      .sort((a, b) => b.length - a.length)[0]
      ?.slice(0, 400) ?? '';
  const probe = html('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
  probe.textContent = sample || 'x';
  (main.querySelector('.qr-body p') ?? main).append(probe);
  const width = probe.getBoundingClientRect().width;
  const fontSize = parseFloat(getComputedStyle(probe).fontSize) || 16;
  probe.remove();
  return sample.length > 40 && width > 0 ? width / sample.length : fontSize * 0.5;
}

/** Opens the view for `analysis`; `onClosed` runs after it is taken down. */
export async function openView(analysis: PageAnalysis, onClosed: () => void): Promise<ViewHandle> {
  const settings = await loadSettings();
  const previousFocus = document.activeElement as HTMLElement | null;
  const mounted: Mounted = mount(ARTICLE_CSS + VIEW_CSS);
  const { shadow } = mounted;

  const page = html('div');
  page.className = 'qr-page';
  page.tabIndex = -1;
  // A modal dialog over the page: assistive technology leaves the page beneath alone.
  page.setAttribute('role', 'dialog');
  page.setAttribute('aria-modal', 'true');
  page.setAttribute('aria-label', t('extName'));
  const status = html('div');
  status.className = 'qr-status';
  status.setAttribute('role', 'status');

  const article = analysis.result.article;
  const main = html('main');
  main.className = 'qr-main';
  const layout = html('div');
  layout.className = 'qr-layout';
  const marks = (): HTMLElement[] => Array.from(main.querySelectorAll<HTMLElement>(`mark[${QUOTE_ID_ATTR}]`));
  const firstMarks = (): HTMLElement[] => marks().filter((m) => m.hasAttribute('data-quote-first'));

  let panel: HTMLElement | null = null;
  if (article) {
    main.append(renderArticle(window, analysis, renderStrings()));
    for (const m of firstMarks()) {
      m.tabIndex = -1;
      m.title = m.getAttribute('data-quote-sr') ?? '';
    }
    panel = renderPanel(analysis, {
      jumpTo: (id) => jumpTo(id),
      showOnly: (name) => {
        for (const m of marks())
          m.classList.toggle('qr-dim', name !== null && m.getAttribute('data-quote-speaker') !== name);
      },
      copy: async (text) => {
        const ok = await copyText(shadow, text);
        status.textContent = ok ? t('copied') : '';
        return ok;
      },
    });
  } else {
    const message = html('div');
    message.className = 'qr-message';
    const h = html('h1');
    h.id = 'qr-title';
    h.textContent = t('notArticleTitle');
    const p = html('p');
    p.textContent = analysis.result.reason;
    message.append(h, p);
    main.append(message);
  }
  main.setAttribute('aria-labelledby', 'qr-title');

  function jumpTo(id: number): void {
    const target = main.querySelector<HTMLElement>(`mark[${QUOTE_ID_ATTR}="${id}"][data-quote-first]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    target.classList.remove('qr-flash');
    void target.offsetWidth;
    target.classList.add('qr-flash');
  }

  /** The next (or previous) highlight after the focused one, or after the top of the screen. */
  function step(direction: 1 | -1): void {
    const list = firstMarks().filter((m) => !m.classList.contains('qr-dim'));
    if (!list.length) return;
    const active = shadow.activeElement as HTMLElement | null;
    const current = active ? list.indexOf(active) : -1;
    let target: number;
    if (current !== -1) {
      target = current + direction;
    } else {
      // Nothing focused: from what is on screen, the first highlight below the toolbar or the one before it.
      const top = page.getBoundingClientRect().top + 60;
      const below = list.findIndex((m) => m.getBoundingClientRect().top > top);
      target = direction === 1 ? (below === -1 ? 0 : below) : below === -1 ? list.length - 1 : below - 1;
    }
    const next = list[(target + list.length) % list.length]!;
    jumpTo(Number(next.getAttribute(QUOTE_ID_ATTR)));
  }

  const apply = (): void => {
    const theme: Theme = settings.theme;
    page.className = `qr-page qr-theme-${theme} qr-font-${settings.font}${settings.highlights ? '' : ' qr-no-highlights'}`;
    page.style.setProperty('--qr-font-size', `${FONT_SIZES[settings.fontSize]}px`);
    page.style.setProperty('--qr-width', `${Math.round(WIDTHS[settings.width]! * averageCharWidth(main))}px`);
    for (const b of themeButtons) b.setAttribute('aria-pressed', String(b.dataset.theme === theme));
    fontButton.setAttribute('aria-pressed', String(settings.font === 'sans'));
    highlightButton.setAttribute('aria-pressed', String(settings.highlights));
  };
  const save = (change: Partial<Settings>): void => {
    Object.assign(settings, change);
    apply();
    void browser.storage.sync.set(change).catch(() => undefined);
  };

  const themeButtons = (['light', 'sepia', 'dark', 'system'] as const).map((theme) => {
    const swatch = html('span');
    swatch.className = `qr-swatch qr-swatch-${theme}`;
    const key = `theme${theme[0]!.toUpperCase()}${theme.slice(1)}`;
    const b = button(t(key), swatch, () => save({ theme }));
    b.dataset.theme = theme;
    return b;
  });
  const fontButton = button(`${t('font')}: ${t('fontSans')}`, 'Aa', () =>
    save({ font: settings.font === 'serif' ? 'sans' : 'serif' }),
  );
  const highlightButton = button(t('highlights'), icon(document, 'highlight'), () =>
    save({ highlights: !settings.highlights }),
  );
  const panelButton = button(t('whoSaidWhat'), icon(document, 'people'), () => togglePanel());
  const closeButton = button(t('close'), icon(document, 'close'), () => close());
  closeButton.classList.add('qr-close');

  const toolbar = html('div');
  toolbar.className = 'qr-toolbar';
  // Groups of plain buttons in the tab order (a role=toolbar would promise arrow-key navigation).
  toolbar.setAttribute('role', 'group');
  toolbar.setAttribute('aria-label', t('settings'));
  toolbar.append(
    group(
      t('fontSize'),
      button(t('smaller'), icon(document, 'minus'), () => save({ fontSize: Math.max(0, settings.fontSize - 1) })),
      button(t('larger'), icon(document, 'plus'), () =>
        save({ fontSize: Math.min(FONT_SIZES.length - 1, settings.fontSize + 1) }),
      ),
      fontButton,
    ),
    group(
      t('width'),
      button(t('narrower'), icon(document, 'narrower'), () => save({ width: Math.max(0, settings.width - 1) })),
      button(t('wider'), icon(document, 'wider'), () =>
        save({ width: Math.min(WIDTHS.length - 1, settings.width + 1) }),
      ),
    ),
    group(t('theme'), ...themeButtons),
    group(
      t('whoSaidWhat'),
      button(t('jumpPrev'), icon(document, 'prev'), () => step(-1)),
      button(t('jumpNext'), icon(document, 'next'), () => step(1)),
      highlightButton,
      panelButton,
    ),
    group(
      t('print'),
      button(t('print'), icon(document, 'print'), () => printView()),
    ),
    closeButton,
  );

  function togglePanel(show?: boolean): void {
    if (!panel) return;
    const visible = show ?? panel.hidden;
    panel.hidden = !visible;
    layout.classList.toggle('qr-with-panel', visible);
    panelButton.setAttribute('aria-pressed', String(visible));
    panelButton.setAttribute('aria-expanded', String(visible));
  }

  layout.append(main);
  if (panel) {
    panel.id = 'qr-panel';
    panelButton.setAttribute('aria-controls', 'qr-panel');
    layout.append(panel);
    togglePanel(window.innerWidth >= 1000 && analysis.quotes.quotes.length > 0);
  } else {
    panelButton.disabled = true;
  }
  page.append(toolbar, layout, status);
  shadow.append(page);
  apply();

  const pageSheet = quietPage();
  function printView(): void {
    window.print();
  }

  // Settings changed elsewhere (the options page, another tab's view) apply here at once.
  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'sync') return;
    const raw: Record<string, unknown> = { ...settings };
    for (const [key, change] of Object.entries(changes)) raw[key] = change.newValue;
    Object.assign(settings, parseSettings(raw));
    apply();
  };
  browser.storage.onChanged.addListener(onStorage);

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.stopPropagation();
      close();
    }
  };
  window.addEventListener('keydown', onKey, true);
  // Single-page apps: when the address changes under the view, close it rather than show a stale article.
  const startUrl = location.href;
  const watcher = window.setInterval(() => {
    if (location.href !== startUrl) close();
  }, 500);

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    window.clearInterval(watcher);
    window.removeEventListener('keydown', onKey, true);
    pageSheet.remove();
    browser.storage.onChanged.removeListener(onStorage);
    mounted.unmount();
    if (previousFocus?.isConnected && typeof previousFocus.focus === 'function') {
      previousFocus.focus({ preventScroll: true });
    }
    onClosed();
  }

  page.focus({ preventScroll: true });
  return { close };
}
