/** Read-aloud prefs from storage: what is valid is kept, the rest falls back. */
import { expect, it } from 'vitest';
import { parsePrefs } from '../../src/view/read-aloud/prefs.js';

it('keeps a voice per language and an offered speed, and drops the rest', () => {
  expect(parsePrefs({ voices: { en: 'uri:Fred', 'bad key': 'x', de: 3 }, rate: 1.5 })).toEqual({
    voices: { en: 'uri:Fred' },
    rate: 1.5,
  });
  expect(parsePrefs({ rate: 9 })).toEqual({ voices: {}, rate: 1 });
  expect(parsePrefs(undefined)).toEqual({ voices: {}, rate: 1 });
});
