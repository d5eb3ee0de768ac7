/** WCAG AA in every theme: body text on highlights, labels on their inks, muted text. */
import { describe, expect, it } from 'vitest';
import { SLOT_COUNT, THEME_COLORS, contrast, labelText, type ThemeName } from '../../src/common/palette.js';

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
  it.each(Array.from({ length: SLOT_COUNT }, (_, i) => i))('speaker %i: text on its highlight, label on its ink, ink against the page', (i) => {
    const tint = t.tints[i]!;
    const ink = t.inks[i]!;
    expect(contrast(t.text, tint)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(t.link, tint)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(labelText(ink), ink)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(ink, t.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
  it('unattributed quotes too', () => {
    expect(contrast(t.text, t.noneTint)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(labelText(t.noneInk), t.noneInk)).toBeGreaterThanOrEqual(AA_TEXT);
  });
  it('speaker tints are told apart from each other', () => {
    for (let a = 0; a < SLOT_COUNT; a++) {
      for (let b = a + 1; b < SLOT_COUNT; b++) expect(t.inks[a]).not.toBe(t.inks[b]);
    }
  });
});
