/**
 * The reader's read-aloud choices, kept with the other settings in `storage.sync` under one key
 * of their own: the voice chosen for each language (by voiceURI) and the speed. A voice chosen on
 * another computer may not exist here: the casting then falls back to the language's best voice.
 */
/** The key in `storage.sync`. */
export const PREFS_KEY = 'readAloud';

/** The speeds offered, as `SpeechSynthesisUtterance.rate` (1 is the voice's normal speed). */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export interface ReadAloudPrefs {
  /** Language ("en", "de") → the voiceURI chosen for it. */
  voices: Record<string, string>;
  rate: number;
}

/** Valid prefs from whatever storage holds (a hand-edited or older value falls back to defaults). */
export function parsePrefs(raw: unknown): ReadAloudPrefs {
  const value = (raw ?? {}) as { voices?: unknown; rate?: unknown };
  const voices: Record<string, string> = {};
  if (value.voices && typeof value.voices === 'object')
    for (const [lang, uri] of Object.entries(value.voices as Record<string, unknown>))
      if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length <= 500) voices[lang] = uri;
  const rate = RATES.find((r) => r === value.rate) ?? 1;
  return { voices, rate };
}
