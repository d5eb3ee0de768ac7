/**
 * The toolbar, one row: the "Aa" menu (type and theme, type-menu.ts); moving between quotes,
 * highlights and the "Who said what" panel; the Saved quotes page and print; close. Buttons carry
 * an icon and a visible label while the row has room; labels fold away (fit-labels.ts) and,
 * on a narrow screen, the bar slides away while the reader scrolls down (hide-on-scroll.ts).
 * Plain buttons in groups, in the tab order (a role=toolbar would promise arrow-key navigation).
 */
import type { Settings } from '../common/settings.js';
import { fitLabels } from './fit-labels.js';
import { h } from './h.js';
import { hideOnScroll } from './hide-on-scroll.js';
import { t } from './i18n.js';
import { type IconName, icon } from './icons.js';
import { createTypeMenu } from './type-menu.js';

export interface ToolbarActions {
  /** The settings now, to step sizes from. */
  settings(): Readonly<Settings>;
  /** Applies and saves a change of settings. */
  change(change: Partial<Settings>): void;
  step(direction: 1 | -1): void;
  togglePanel(): void;
  /** Opens the Saved quotes page in a new tab. */
  openSaved(): void;
  print(): void;
  close(): void;
}

export interface Toolbar {
  element: HTMLElement;
  /** Marks the buttons of the settings in force as pressed. */
  show(settings: Readonly<Settings>): void;
  /** Marks the panel button as pressed and expanded, or not; disabled when there is no panel. */
  showPanel(open: boolean | null): void;
  /**
   * Adds a button to the reading group, after the panel's: `label` names it (and shows, unless
   * `shown` is given), `name` is its icon. The row folds labels again to stay one row.
   */
  addButton(label: string, name: IconName, onclick: () => void, options?: ButtonOptions): HTMLButtonElement;
}

/**
 * Which labels go first when the row is short: `extra` ones (Saved quotes, Print, Close) before
 * `main` ones (Highlights, Who said what). Icon-only buttons have none.
 */
type LabelRank = 'main' | 'extra';

interface ButtonOptions {
  /** The visible label, when shorter than `label`: a part of it, as WCAG's "label in name" asks. */
  shown?: string;
  /** How soon the label folds away; null for an icon-only button. */
  rank?: LabelRank | null;
  props?: Record<string, string>;
}

/** A toolbar button: an icon and a visible label; `label` is its accessible name and tooltip. */
function toolbarButton(
  label: string,
  name: IconName,
  onclick: () => void,
  { shown, rank = 'main', props = {} }: ButtonOptions = {},
): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'qr-btn', title: label, 'aria-label': label, onclick, ...props },
    icon(name),
    rank && h('span', { class: 'qr-label', 'data-rank': rank, 'aria-hidden': 'true' }, shown ?? label),
  );
}

function group(label: string, ...buttons: HTMLElement[]): HTMLElement {
  return h('div', { class: 'qr-group', role: 'group', 'aria-label': label }, ...buttons);
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const typeMenu = createTypeMenu(actions);
  const highlightButton = toolbarButton(t('highlights'), 'highlight', () =>
    actions.change({ highlights: !actions.settings().highlights }),
  );
  const panelButton = toolbarButton(t('whoSaidWhat'), 'people', actions.togglePanel, {
    props: { 'aria-controls': 'qr-panel' },
  });
  const reading = group(
    t('whoSaidWhat'),
    toolbarButton(t('jumpPrev'), 'prev', () => actions.step(-1), { rank: null }),
    toolbarButton(t('jumpNext'), 'next', () => actions.step(1), { rank: null }),
    highlightButton,
    panelButton,
  );
  const element = h(
    // A landmark (banner), so that every part of the view is in one: the article is the main.
    'header',
    { class: 'qr-toolbar', 'aria-label': t('settings') },
    h('div', { class: 'qr-group qr-type' }, typeMenu.button, typeMenu.menu),
    reading,
    group(
      t('menuSavedQuotes'),
      toolbarButton(t('openSavedQuotes'), 'bookmarks', actions.openSaved, {
        shown: t('menuSavedQuotes'),
        rank: 'extra',
        props: { class: 'qr-btn qr-open-saved' },
      }),
      toolbarButton(t('print'), 'print', actions.print, { rank: 'extra', props: { class: 'qr-btn qr-print' } }),
    ),
    toolbarButton(t('close'), 'close', actions.close, {
      shown: t('closeShort'),
      rank: 'extra',
      props: { class: 'qr-btn qr-close' },
    }),
  );
  const refit = fitLabels(element);
  hideOnScroll(element, () => typeMenu.open);

  return {
    element,
    show(settings) {
      typeMenu.show(settings);
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
    addButton(label, name, onclick, options) {
      const button = toolbarButton(label, name, onclick, options);
      reading.append(button);
      refit();
      return button;
    },
  };
}
