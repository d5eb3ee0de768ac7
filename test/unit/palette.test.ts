/**
 * WCAG AA in every theme (body and link text on highlights, muted text), speakers' inks apart from
 * each other and from the link colour under four kinds of colour vision, one hue a speaker in every theme.
 */
import { describe, expect, it } from 'vitest';
import { SLOT_COUNT, THEME_COLORS, contrast, type ThemeName } from '../../src/common/palette.js';
import { SPEAKER_SLOTS } from '../../src/core/render/render.js';

/**
 * Colour-vision deficiencies, simulated with Machado, Oliveira & Fernandes (2009) at full
 * severity, applied to linear RGB. Speakers' inks must stay apart (CIELAB ΔE) under each.
 */
const VISIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
/** ΔE below about 10 reads as "the same colour" at a glance; 15 leaves a margin. */
const MIN_DELTA_E = 15;

function labUnder(hex: string, matrix: number[][]): [number, number, number] {
  const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const c = [0, 1, 2].map((i) => lin(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255));
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)),
  ) as [number, number, number];
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3; // WCAG 1.4.11: the chip's outline and the panel's bar in the speaker's colour
/** OKLCH hue differences below this many degrees read as the same hue (8-bit rounding moves it a little). */
const SAME_HUE_DEGREES = 4;

/** The OKLCH hue of a #rrggbb colour, in degrees (Björn Ottosson's OKLab). */
function oklchHue(hex: string): number {
  const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [0, 1, 2].map((i) => lin(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255)) as [
    number,
    number,
    number,
  ];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360;
}

const deltaE = (a: string, b: string, vision: string): number => {
  const [la, lb] = [labUnder(a, VISIONS[vision]!), labUnder(b, VISIONS[vision]!)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
};

describe.each(Object.keys(THEME_COLORS) as ThemeName[])('%s theme', (name) => {
  const t = THEME_COLORS[name];
  it('body, muted and link text meet AA on the background', () => {
    expect(contrast(t.text, t.background)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.muted, t.background)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.link, t.background)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.muted, t.panel)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.text, t.panel)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it.each(Array.from({ length: SLOT_COUNT }, (_, i) => i))(
    'speaker %i: text on its highlight, label on its ink, ink against the page',
    (i) => {
      const tint = t.tints[i]!;
      const ink = t.inks[i]!;
      expect(contrast(t.text, tint)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrast(t.link, tint)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrast(ink, t.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    },
  );
  it('unattributed quotes too', () => {
    expect(contrast(t.text, t.noneTint)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.link, t.noneTint)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it.each(Object.keys(VISIONS))("speakers' inks stay apart with %s", (vision) => {
    for (let a = 0; a < SLOT_COUNT; a++) {
      for (let b = a + 1; b < SLOT_COUNT; b++) {
        expect(deltaE(t.inks[a]!, t.inks[b]!, vision), `${t.inks[a]} and ${t.inks[b]}`).toBeGreaterThanOrEqual(
          MIN_DELTA_E,
        );
      }
    }
  });
  it.each(Object.keys(VISIONS))("speakers' inks stay apart from the link colour with %s", (vision) => {
    for (const ink of t.inks) expect(deltaE(ink, t.link, vision), ink).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

describe('every theme', () => {
  it('gives each speaker one hue', () => {
    for (let i = 0; i < SLOT_COUNT; i++) {
      const hues = (Object.keys(THEME_COLORS) as ThemeName[]).map((name) => oklchHue(THEME_COLORS[name].inks[i]!));
      const spread = Math.max(...hues) - Math.min(...hues);
      expect(spread, `speaker ${i}: ${hues.map((h) => h.toFixed(1)).join(', ')}`).toBeLessThanOrEqual(SAME_HUE_DEGREES);
    }
  });
  it('has as many speaker colours as the highlights use', () => {
    expect(SPEAKER_SLOTS).toBe(SLOT_COUNT);
    for (const name of Object.keys(THEME_COLORS) as ThemeName[])
      expect(THEME_COLORS[name].inks).toHaveLength(SLOT_COUNT);
  });
});
