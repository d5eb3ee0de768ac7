/**
 * The toolbar: text size and font, column width, theme, moving between quotes, highlights, the
 * "Who said what" panel, the Saved quotes page, print and close. Plain buttons in groups, in the tab order (a
 * role=toolbar would promise arrow-key navigation).
 */
import { FONT_SIZES, type Settings, type Theme, WIDTHS } from '../common/settings.js';
import type { Child } from '../core/render/h.js';
import { h } from './h.js';
import { t } from './i18n.js';
import { type IconName, icon } from './icons.js';

const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];

export interface ToolbarActions {
  /** The settings now, to step sizes from. */
  settings(): Readonly<Settings>;
  /** Applies and saves a change of settings. */
  change(change: Partial<Settings>): void;
  step(direction: 1 | -1): void;
  togglePanel(): void;
  /** Opens the Saved quotes page in a new tab. */
  openSaved(): void;
  /** Opens the read-aloud bar and reads, or closes it (read-aloud/). */
  readAloud(): void;
  print(): void;
  close(): void;
}

export interface Toolbar {
  element: HTMLElement;
  /** Marks the buttons of the settings in force as pressed. */
  show(settings: Readonly<Settings>): void;
  /** Marks the panel button as pressed and expanded, or not; disabled when there is no panel. */
  showPanel(open: boolean | null): void;
  /** Marks the read-aloud button as pressed (its bar open); disabled for null (nothing to read). */
  showReadAloud(open: boolean | null): void;
}

function button(label: string, content: Child, onclick: () => void, props = {}): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'qr-btn', title: label, 'aria-label': label, onclick, ...props },
    content,
  );
}

function group(label: string, ...buttons: HTMLButtonElement[]): HTMLElement {
  return h('div', { class: 'qr-group', role: 'group', 'aria-label': label }, ...buttons);
}

/** One step up or down an index, within `0..length-1`. */
const stepIndex = (index: number, by: 1 | -1, length: number): number => Math.min(length - 1, Math.max(0, index + by));

export function createToolbar(actions: ToolbarActions): Toolbar {
  const size = (by: 1 | -1) => () =>
    actions.change({ fontSize: stepIndex(actions.settings().fontSize, by, FONT_SIZES.length) });
  const width = (by: 1 | -1) => () => actions.change({ width: stepIndex(actions.settings().width, by, WIDTHS.length) });
  const iconButton = (label: string, name: IconName, onclick: () => void, props = {}) =>
    button(label, icon(name), onclick, props);

  const themeButtons = THEMES.map((theme) =>
    button(
      t(`theme${theme[0]!.toUpperCase()}${theme.slice(1)}`),
      h('span', { class: `qr-swatch qr-swatch-${theme}` }),
      () => actions.change({ theme }),
      { 'data-theme': theme },
    ),
  );
  const fontButton = button(`${t('font')}: ${t('fontSans')}`, 'Aa', () =>
    actions.change({ font: actions.settings().font === 'serif' ? 'sans' : 'serif' }),
  );
  const highlightButton = iconButton(t('highlights'), 'highlight', () =>
    actions.change({ highlights: !actions.settings().highlights }),
  );
  const panelButton = iconButton(t('whoSaidWhat'), 'people', actions.togglePanel, { 'aria-controls': 'qr-panel' });
  const readAloudButton = iconButton(t('readAloud'), 'speaker', actions.readAloud, {
    class: 'qr-btn qr-read-aloud',
    'aria-pressed': 'false',
  });

  const element = h(
    'div',
    { class: 'qr-toolbar', role: 'group', 'aria-label': t('settings') },
    group(
      t('fontSize'),
      iconButton(t('smaller'), 'minus', size(-1)),
      iconButton(t('larger'), 'plus', size(1)),
      fontButton,
    ),
    group(t('width'), iconButton(t('narrower'), 'narrower', width(-1)), iconButton(t('wider'), 'wider', width(1))),
    group(t('theme'), ...themeButtons),
    group(
      t('whoSaidWhat'),
      iconButton(t('jumpPrev'), 'prev', () => actions.step(-1)),
      iconButton(t('jumpNext'), 'next', () => actions.step(1)),
      highlightButton,
      panelButton,
    ),
    group(
      t('menuSavedQuotes'),
      iconButton(t('openSavedQuotes'), 'bookmarks', actions.openSaved, { class: 'qr-btn qr-open-saved' }),
    ),
    group(t('readAloud'), readAloudButton),
    group(t('print'), iconButton(t('print'), 'print', actions.print)),
    iconButton(t('close'), 'close', actions.close, { class: 'qr-btn qr-close' }),
  );

  return {
    element,
    show(settings) {
      for (const b of themeButtons) b.setAttribute('aria-pressed', String(b.dataset.theme === settings.theme));
      fontButton.setAttribute('aria-pressed', String(settings.font === 'sans'));
      highlightButton.setAttribute('aria-pressed', String(settings.highlights));
    },
    showPanel(open) {
      panelButton.disabled = open === null;
      if (open === null) {
        panelButton.removeAttribute('aria-controls');
        return;
      }
      panelButton.setAttribute('aria-pressed', String(open));
      panelButton.setAttribute('aria-expanded', String(open));
    },
    showReadAloud(open) {
      readAloudButton.disabled = open === null;
      readAloudButton.setAttribute('aria-pressed', String(open === true));
    },
  };
}
