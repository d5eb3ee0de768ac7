/**
 * Every language data file (src/core/quotes/lang/) is well-formed: each field present, lists in
 * lower case where the engine compares lower-cased words, no entry twice; and the fitted models
 * name exactly the features the engine computes.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_FEATURES } from '../../src/core/quotes/decide/quote-features.js';
import quoteModel from '../../src/core/quotes/decide/quote-weights.json' with { type: 'json' };
import { SPEAKER_FEATURES } from '../../src/core/quotes/decide/speaker-features.js';
import speakerModel from '../../src/core/quotes/decide/speaker-weights.json' with { type: 'json' };
import { ALL_LANGUAGES } from '../../src/core/quotes/lang/all.js';
import { LANGUAGE_CODES } from '../../src/core/quotes/lang/codes.js';
import { LANGUAGES, type LangData } from '../../src/core/quotes/lang/index.js';
import { en } from '../../src/core/quotes/lang/en.js';

const fields = Object.keys(en) as (keyof LangData)[];
/** Lists matched against lower-cased tokens (suffixes and caption fragments included). */
const lowerCaseLists = fields.filter((f) => Array.isArray(en[f]));

it('lists the same language codes for on-demand loading as all.ts registers', () => {
  expect([...LANGUAGE_CODES]).toEqual(ALL_LANGUAGES.map((l) => l.code));
  expect(Object.keys(LANGUAGES)).toEqual([...LANGUAGE_CODES]);
});

describe.each(Object.entries(LANGUAGES))('language data: %s', (code, data) => {
  it('is filed under its own code', () => {
    expect(data.code).toBe(code);
  });

  it('has every field', () => {
    expect(Object.keys(data).sort()).toEqual([...fields].sort());
  });

  it.each(lowerCaseLists)('%s: lower case, trimmed, each entry once', (field) => {
    const list = data[field] as readonly string[];
    expect(list.every((w) => w === w.toLowerCase() && w === w.trim() && w.length > 0)).toBe(true);
    const twice = list.filter((w, i) => list.indexOf(w) !== i);
    expect(twice).toEqual([]);
  });

  it('has no pronoun or gendered title in upper case', () => {
    for (const key of [...Object.keys(data.pronouns), ...Object.keys(data.genderedTitles)]) {
      expect(key).toBe(key.toLowerCase());
    }
  });
});

describe('fitted models', () => {
  it('name exactly the features the engine computes (run npm run train:quotes after changing them)', () => {
    expect(quoteModel.features).toEqual([...QUOTE_FEATURES]);
    expect(speakerModel.features).toEqual([...SPEAKER_FEATURES]);
    expect(quoteModel.weights).toHaveLength(QUOTE_FEATURES.length);
    expect(speakerModel.weights).toHaveLength(SPEAKER_FEATURES.length);
  });

  it('have thresholds between 0 and 1', () => {
    for (const t of [quoteModel.threshold, speakerModel.threshold]) {
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThanOrEqual(1);
    }
  });
});
