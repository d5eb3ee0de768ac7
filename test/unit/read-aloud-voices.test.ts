/** Casting voices: narration in the reader's voice for the language, quotes in another voice or pitch. */
import { describe, expect, it } from 'vitest';
import { castVoices, NARRATION_PITCH, type VoiceLike, voicesFor } from '../../src/view/read-aloud/voices.js';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService: true,
  default: false,
  ...extra,
});

const ALL = [
  voice('Anna', 'de-DE'),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', { default: true }),
  voice('Fred', 'en-US'),
  voice('Hélène', 'fr-FR'),
];

describe('voicesFor', () => {
  it('lists the language’s voices, the exact tag and the default first', () => {
    expect(voicesFor(ALL, 'en').map((v) => v.name)).toEqual(['Samantha', 'Daniel', 'Fred']);
    expect(voicesFor(ALL, 'en-GB').map((v) => v.name)).toEqual(['Daniel', 'Samantha', 'Fred']);
    expect(voicesFor(ALL, 'de_DE').map((v) => v.name)).toEqual(['Anna']);
    expect(voicesFor(ALL, 'ja')).toEqual([]);
    expect(voicesFor(ALL, null)).toEqual([]);
  });
});

describe('castVoices', () => {
  it('narrates in the chosen voice and gives each speaker another voice of the language', () => {
    const casting = castVoices(ALL, 'en', 'uri:Fred');
    expect(casting.narration).toEqual({ voice: ALL[3], pitch: NARRATION_PITCH });
    expect([0, 1, 2].map((i) => casting.quote(i).voice?.name)).toEqual(['Samantha', 'Daniel', 'Samantha']);
    for (const i of [0, 1, 2]) expect(casting.quote(i).voice).not.toBe(casting.narration.voice);
  });

  it('falls back to the best voice when the chosen one is not installed here', () => {
    expect(castVoices(ALL, 'en', 'uri:Elsewhere').narration.voice?.name).toBe('Samantha');
  });

  it('changes the pitch when the language has one voice, or the system lists none', () => {
    for (const casting of [castVoices(ALL, 'de', null), castVoices([], 'de', null)]) {
      const pitches = [0, 1].map((i) => casting.quote(i));
      for (const q of pitches) {
        expect(q.voice).toBe(casting.narration.voice);
        expect(q.pitch).not.toBe(casting.narration.pitch);
      }
      expect(pitches[0]!.pitch).not.toBe(pitches[1]!.pitch);
    }
    expect(castVoices([], 'de', null).narration.voice).toBeNull();
  });

  it('treats one voice listed under two addresses as one voice', () => {
    const twice = [voice('Anna', 'de-DE'), { ...voice('Anna', 'de-DE'), voiceURI: 'other:Anna' }];
    const casting = castVoices(twice, 'de', null);
    expect(casting.quote(0).pitch).not.toBe(NARRATION_PITCH);
  });
});
