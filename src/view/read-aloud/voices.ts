/**
 * Which voice says what: narration in the reader's voice for the article's language, each
 * speaker's quotes in another voice of that language, so that a listener hears where the writer
 * stops and the speaker begins. Where the language has one voice (or the system lists none), the
 * quotes take the narration's voice at another pitch. Pure: voices in, choices out.
 */

/** The fields of a `SpeechSynthesisVoice` the choice needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

/** Narration's pitch, and the pitches quotes take when they must share its voice (apart enough to hear). */
export const NARRATION_PITCH = 1;
const SHARED_VOICE_PITCHES = [1.35, 0.75] as const;

interface VoiceChoice<V extends VoiceLike> {
  /** The voice and pitch of one utterance; voice null: the browser's default for `lang`. */
  voice: V | null;
  pitch: number;
}

export interface Casting<V extends VoiceLike> {
  /** The language's voices, best first, for the voice menu. */
  voices: V[];
  narration: VoiceChoice<V>;
  /** The voice and pitch for the quotes of speaker number `index` (in order of first quote). */
  quote(index: number): VoiceChoice<V>;
}

/** "en-GB" → "en"; "" for none. */
const primary = (tag: string | null): string => (tag ?? '').toLowerCase().replace('_', '-').split('-')[0] ?? '';

/** The voices that speak `lang`: those of its exact tag first ("de-CH"), then the rest of the language. */
export function voicesFor<V extends VoiceLike>(all: readonly V[], lang: string | null): V[] {
  const want = primary(lang);
  if (!want) return [];
  const exact = (lang ?? '').toLowerCase().replace('_', '-');
  const matching = all.filter((v) => primary(v.lang) === want);
  const rank = (v: V): number =>
    (v.lang.toLowerCase().replace('_', '-') === exact ? 0 : 2) + (v.default ? 0 : 1) + (v.localService ? 0 : 0.5);
  return matching
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i)
    .map(({ v }) => v);
}

/**
 * The casting for an article in `lang`: narration in `preferred` (a voiceURI the reader chose)
 * when the language has it, else the language's best voice; quotes in the language's other
 * voices, one speaker after another, or in narration's voice at another pitch when it has none.
 */
export function castVoices<V extends VoiceLike>(
  all: readonly V[],
  lang: string | null,
  preferred: string | null,
): Casting<V> {
  const ranked = voicesFor(all, lang);
  const chosen = ranked.find((v) => v.voiceURI === preferred) ?? ranked[0] ?? null;
  // Other voices by a different name: some systems list one voice under several URIs.
  const others = ranked.filter((v) => v !== chosen && v.name !== chosen?.name);
  return {
    voices: ranked,
    narration: { voice: chosen, pitch: NARRATION_PITCH },
    quote(index) {
      if (others.length > 0) return { voice: others[index % others.length]!, pitch: NARRATION_PITCH };
      return { voice: chosen, pitch: SHARED_VOICE_PITCHES[index % SHARED_VOICE_PITCHES.length]! };
    },
  };
}
