/** WCAG AA in every theme: body text on highlights, labels on their inks, muted text. */
import { describe, expect, it } from 'vitest';
import { SLOT_COUNT, THEME_COLORS, contrast, labelText, type ThemeName } from '../../src/common/palette.js';

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
const AA_NON_TEXT = 3; // WCAG 1.4.11: the underline that marks a highlight

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
      expect(contrast(labelText(ink), ink)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrast(ink, t.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    },
  );
  it('unattributed quotes too', () => {
    expect(contrast(t.text, t.noneTint)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(labelText(t.noneInk), t.noneInk)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it.each(Object.keys(VISIONS))("speakers' inks stay apart with %s", (vision) => {
    for (let a = 0; a < SLOT_COUNT; a++) {
      for (let b = a + 1; b < SLOT_COUNT; b++) {
        const [la, lb] = [labUnder(t.inks[a]!, VISIONS[vision]!), labUnder(t.inks[b]!, VISIONS[vision]!)];
        const deltaE = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
        expect(deltaE, `${t.inks[a]} and ${t.inks[b]}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    }
  });
});
