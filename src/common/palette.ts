/**
 * Colours of the view. Speaker inks were chosen by a max–min search over OKLCH colours that meet
 * the contrast rules below, keeping every pair, and every ink and the theme's link colour, far
 * apart (CIELAB ΔE ≥ 15) for normal vision and for simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009). A speaker keeps one hue and chroma in every theme; only the
 * lightness changes (darker on light paper, lighter on dark). Five inks is as many as stay that
 * far apart under all four visions at readable lightness; a sixth speaker takes the first colour
 * again, and every highlight and panel row also carries its speaker's name, so colour is never
 * the only cue. `test/unit/palette.test.ts` checks it all.
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
  /** Per speaker slot: the chip's outline, the panel's bar, the filter's dot. */
  inks: readonly string[];
  /** Unattributed quotes. */
  noneTint: string;
  noneInk: string;
  focus: string;
}

/** How much of the ink shows in a highlight's background: a light tint, to read through calmly. */
const TINT_SHARE = { light: 0.14, sepia: 0.16, dark: 0.2 } as const;

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
    inks: ['#a54859', '#858910', '#388638', '#986fe5', '#895182'],
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
    inks: ['#c36373', '#888d17', '#3a873a', '#7348ba', '#945b8d'],
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
    inks: ['#e3808f', '#bbc157', '#9fee9b', '#ad85fd', '#cf92c6'],
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
