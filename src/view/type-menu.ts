/**
 * The "Aa" menu: font, text size, line width in characters, line spacing and theme, each with a
 * visible label, in a small non-modal dialog under its button. Tab moves through it; Esc, a click
 * outside or the focus leaving closes it, and Esc gives the focus back to the button.
 */
import {
  FONT_SIZES,
  FONTS,
  type Font,
  LINE_SPACINGS,
  type Settings,
  THEMES,
  type Theme,
  WIDTHS,
} from '../common/settings.js';
import { h } from './h.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

const MENU_ID = 'qr-type-menu';

/** The message of each font and theme, as the options page names them too. */
const FONT_LABELS: Record<Font, string> = { serif: 'fontSerif', sans: 'fontSans', system: 'fontSystem' };
const THEME_LABELS: Record<Theme, string> = {
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  system: 'themeSystem',
};

export interface TypeMenuActions {
  settings(): Readonly<Settings>;
  change(change: Partial<Settings>): void;
}

export interface TypeMenu {
  /** The "Aa" button that opens and closes the menu. */
  button: HTMLButtonElement;
  /** The menu itself, placed after the button. */
  menu: HTMLElement;
  /** Shows the settings in force: pressed choices, the steppers' values and ends. */
  show(settings: Readonly<Settings>): void;
  readonly open: boolean;
}

/** A setting that steps through a list: its index in Settings and the list's length. */
type StepKey = 'fontSize' | 'width' | 'lineSpacing';

interface Stepper {
  element: HTMLElement;
  show(index: number): void;
}

/** A labelled row of choices, each a toggle button; exactly one is pressed. */
function choices<T extends string>(
  key: 'font' | 'theme',
  label: string,
  values: readonly T[],
  content: (value: T) => (Node | string)[],
  pick: (value: T) => void,
): { element: HTMLElement; show(value: T): void } {
  const id = `qr-menu-${key}`;
  const buttons = values.map((value) =>
    h(
      'button',
      { type: 'button', class: 'qr-choice', [`data-${key}`]: value, onclick: () => pick(value) },
      ...content(value),
    ),
  );
  const element = h(
    'div',
    { class: 'qr-menu-row' },
    h('span', { class: 'qr-menu-label', id }, label),
    h('div', { class: 'qr-choices', role: 'group', 'aria-labelledby': id }, ...buttons),
  );
  return {
    element,
    show(value) {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset[key] === value));
    },
  };
}

/** A labelled − value + row; the ends say they are ends (aria-disabled keeps the focus on them). */
function stepper(
  label: string,
  key: StepKey,
  [lessLabel, moreLabel]: [string, string],
  length: number,
  valueText: (index: number) => string,
  actions: TypeMenuActions,
): Stepper {
  const id = `qr-menu-${key}`;
  const step = (by: 1 | -1) => () => {
    const next = actions.settings()[key] + by;
    if (next >= 0 && next < length) actions.change({ [key]: next });
  };
  const less = h(
    'button',
    { type: 'button', class: 'qr-step', 'aria-label': lessLabel, title: lessLabel, onclick: step(-1) },
    icon('minus'),
  );
  const more = h(
    'button',
    { type: 'button', class: 'qr-step', 'aria-label': moreLabel, title: moreLabel, onclick: step(1) },
    icon('plus'),
  );
  const value = h('output', { class: 'qr-step-value', 'aria-live': 'polite' });
  const element = h(
    'div',
    { class: 'qr-menu-row' },
    h('span', { class: 'qr-menu-label', id }, label),
    h('div', { class: 'qr-stepper', role: 'group', 'aria-labelledby': id }, less, value, more),
  );
  return {
    element,
    show(index) {
      value.textContent = valueText(index);
      less.setAttribute('aria-disabled', String(index <= 0));
      more.setAttribute('aria-disabled', String(index >= length - 1));
    },
  };
}

export function createTypeMenu(actions: TypeMenuActions): TypeMenu {
  const number = new Intl.NumberFormat(t('@@ui_locale').replace('_', '-'), { minimumFractionDigits: 1 });
  const fonts = choices(
    'font',
    t('font'),
    FONTS,
    (font) => [
      h('span', { class: `qr-font-sample qr-font-sample-${font}`, 'aria-hidden': 'true' }, 'Ag'),
      t(FONT_LABELS[font]),
    ],
    (font) => actions.change({ font }),
  );
  const steppers: Record<StepKey, Stepper> = {
    fontSize: stepper(
      t('fontSize'),
      'fontSize',
      [t('smaller'), t('larger')],
      FONT_SIZES.length,
      (i) => `${FONT_SIZES[i]} px`,
      actions,
    ),
    width: stepper(
      t('width'),
      'width',
      [t('narrower'), t('wider')],
      WIDTHS.length,
      (i) => t('widthChars', WIDTHS[i]!),
      actions,
    ),
    lineSpacing: stepper(
      t('lineSpacing'),
      'lineSpacing',
      [t('tighter'), t('looser')],
      LINE_SPACINGS.length,
      (i) => number.format(LINE_SPACINGS[i]!),
      actions,
    ),
  };
  const themes = choices(
    'theme',
    t('theme'),
    THEMES,
    (theme) => [h('span', { class: `qr-swatch qr-swatch-${theme}`, 'aria-hidden': 'true' }), t(THEME_LABELS[theme])],
    (theme) => actions.change({ theme }),
  );

  const label = t('typeMenu');
  const button = h(
    'button',
    {
      type: 'button',
      class: 'qr-btn qr-type-button',
      'aria-label': label,
      title: label,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': MENU_ID,
    },
    h('span', { class: 'qr-type-glyph', 'aria-hidden': 'true' }, 'Aa'),
    icon('chevronDown'),
  );
  const menu = h(
    'div',
    { class: 'qr-type-menu', id: MENU_ID, role: 'dialog', 'aria-label': label, hidden: true },
    fonts.element,
    steppers.fontSize.element,
    steppers.width.element,
    steppers.lineSpacing.element,
    themes.element,
  );

  function setOpen(open: boolean, { focus = false } = {}): void {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) menu.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    else if (focus) button.focus();
  }
  button.addEventListener('click', () => setOpen(menu.hidden));
  // Esc closes the menu, not the view: the view's own Esc listener skips a handled key.
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || menu.hidden) return;
    event.preventDefault();
    setOpen(false, { focus: true });
  };
  menu.addEventListener('keydown', onKey);
  button.addEventListener('keydown', onKey);
  // Focus moving elsewhere (Tab past the end, a click in the article) closes it; a click on a
  // control inside may leave no focus at all (Safari, macOS Firefox), which keeps it open.
  menu.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !menu.contains(to) && to !== button) setOpen(false);
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (!menu.hidden && !menu.contains(target) && !button.contains(target)) setOpen(false);
  });

  return {
    button,
    menu,
    show(settings) {
      fonts.show(settings.font);
      themes.show(settings.theme);
      for (const key of Object.keys(steppers) as StepKey[]) steppers[key].show(settings[key]);
    },
    get open() {
      return !menu.hidden;
    },
  };
}
