/**
 * Colours of the view. Speaker inks were chosen by a max–min search over colours that meet the
 * contrast rules below, keeping every pair far apart (CIELAB ΔE) for normal vision and for
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009); the Okabe–Ito
 * palette lost that distinctness once darkened enough for WCAG. Each highlight also carries
 * its speaker's name, so colour is never the only cue. `test/unit/palette.test.ts` checks it all.
 */

export type ThemeName = 'light' | 'sepia' | 'dark';

export interface ThemeColors {
  background: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  panel: string;
  /** Per speaker slot: highlight background behind body text (the ink mixed into the page). */
  tints: readonly string[];
  /** Per speaker slot: underline and label background. */
  inks: readonly string[];
  /** Unattributed quotes. */
  noneTint: string;
  noneInk: string;
  focus: string;
}

/** How much of the ink shows in a highlight's background: light enough to read through. */
const TINT_SHARE = { light: 0.16, sepia: 0.18, dark: 0.2 } as const;

/** `#rrggbb` of `share` of colour `a` over colour `b`. */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function theme(name: ThemeName, base: Omit<ThemeColors, 'tints' | 'noneTint'>): ThemeColors {
  return {
    ...base,
    tints: base.inks.map((ink) => mix(ink, base.background, TINT_SHARE[name])),
    noneTint: mix(base.noneInk, base.background, TINT_SHARE[name]),
  };
}

export const THEME_COLORS: Record<ThemeName, ThemeColors> = {
  light: theme('light', {
    background: '#ffffff',
    text: '#1b1b1f',
    muted: '#5b5b66',
    link: '#0b57a4',
    border: '#dcdce2',
    panel: '#f6f6f8',
    inks: ['#0061a0', '#ee6611', '#9900ff', '#773311', '#cc6688', '#9977ff', '#990044', '#5522bb'],
    noneInk: '#6b6b6b',
    focus: '#0b57a4',
  }),
  sepia: theme('sepia', {
    background: '#f4ecd8',
    text: '#3b2f22',
    // Dark enough to stay AA where it is dimmed further (an image credit at 90 % opacity).
    muted: '#685640',
    link: '#8a3c00',
    border: '#d9ccad',
    panel: '#ece2c9',
    inks: ['#0061a0', '#dd5511', '#9900ff', '#883333', '#8866ee', '#aa0000', '#5522aa', '#cc5588'],
    noneInk: '#6e5c45',
    focus: '#8a3c00',
  }),
  dark: theme('dark', {
    background: '#1c1b22',
    text: '#ebe9e6',
    muted: '#b0adb8',
    link: '#8ab4f8',
    border: '#3a3944',
    panel: '#25242c',
    inks: ['#6cb6ec', '#ff8811', '#ccee99', '#aa77ff', '#77aa66', '#00ffcc', '#ff44aa', '#eedd66'],
    noneInk: '#b0adb8',
    focus: '#8ab4f8',
  }),
};

/** Number of distinct speaker colours; more speakers reuse them in order. */
export const SLOT_COUNT = THEME_COLORS.light.inks.length;

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function labelText(background: string): string {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
}
