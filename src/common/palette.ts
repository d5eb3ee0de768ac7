/**
 * Colours of the view. Speaker colours start from the Okabe–Ito palette, chosen because its
 * hues stay distinct for the common colour-vision deficiencies; each theme gets its own tint
 * (highlight background) and ink (underline and label) per speaker. `test/unit/palette.test.ts`
 * checks every pair against WCAG AA.
 */

export type ThemeName = 'light' | 'sepia' | 'dark';

export interface ThemeColors {
  background: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  panel: string;
  /** Per speaker slot: highlight background behind body text. */
  tints: readonly string[];
  /** Per speaker slot: underline and label background. */
  inks: readonly string[];
  /** Unattributed quotes. */
  noneTint: string;
  noneInk: string;
  focus: string;
}

/** Okabe–Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, grey. */
const INK_LIGHT = ['#0061a0', '#b84f00', '#007a59', '#a8447d', '#9a6a00', '#2a77a8', '#7d7300', '#555555'];
const INK_DARK = ['#6cb6ec', '#ff9a5c', '#3fd3a4', '#f0a3cc', '#f5c04a', '#9fd5f5', '#eae06a', '#bdbdbd'];

export const THEME_COLORS: Record<ThemeName, ThemeColors> = {
  light: {
    background: '#ffffff',
    text: '#1b1b1f',
    muted: '#5b5b66',
    link: '#0b57a4',
    border: '#dcdce2',
    panel: '#f6f6f8',
    tints: ['#dcebf7', '#fbe4d4', '#d6f1e7', '#f6e2ed', '#fcefcf', '#e1f1fb', '#f4f0c6', '#e8e8e8'],
    inks: INK_LIGHT,
    noneTint: '#f0f0f0',
    noneInk: '#6b6b6b',
    focus: '#0b57a4',
  },
  sepia: {
    background: '#f4ecd8',
    text: '#3b2f22',
    muted: '#6e5c45',
    link: '#8a3c00',
    border: '#d9ccad',
    panel: '#ece2c9',
    tints: ['#d5e0e6', '#f2d6bd', '#d2e3cd', '#ecd5d8', '#f2dfb0', '#d9e6e5', '#ece4b4', '#ddd5c4'],
    inks: INK_LIGHT,
    noneTint: '#e6dcc4',
    noneInk: '#6e5c45',
    focus: '#8a3c00',
  },
  dark: {
    background: '#1c1b22',
    text: '#ebe9e6',
    muted: '#b0adb8',
    link: '#8ab4f8',
    border: '#3a3944',
    panel: '#25242c',
    tints: ['#1f3a52', '#4a2c1b', '#173f33', '#47293b', '#463814', '#1f4150', '#3d3a15', '#3a3a3a'],
    inks: INK_DARK,
    noneTint: '#2e2d35',
    noneInk: '#b0adb8',
    focus: '#8ab4f8',
  },
};

/** Number of distinct speaker colours; more speakers reuse them in order. */
export const SLOT_COUNT = INK_LIGHT.length;

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
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
