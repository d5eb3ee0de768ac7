/**
 * The engine's language data, loaded for the page being read: the extension's build leaves the
 * 28 language files out of view.js (build.mjs, languages-on-demand) and ships each as
 * lang/<code>.js, which pushes its data onto a global that this module hands to the engine.
 * A page in a language without a file of its own, or in none, gets them all (the engine then
 * merges every language's words, as it does in the library).
 */
import { LANGUAGE_CODES } from '../core/quotes/lang/codes.js';
import { addLanguages, LANGUAGES } from '../core/quotes/lang/index.js';
import type { LangSource } from '../core/quotes/lang/types.js';

declare global {
  var __quoteReaderLanguages: LangSource[] | undefined;
}

/** The language file codes a page tagged `tag` needs ("de-CH" → ["de"]; unknown → all). */
export function languagesFor(tag: string | null): readonly string[] {
  const primary = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return LANGUAGE_CODES.includes(primary) ? [primary] : LANGUAGE_CODES;
}

/** Language files on their way, by code: a file asked for twice loads once. */
const loading = new Map<string, Promise<boolean>>();

/** Loads and registers the language files `codes` not registered yet; true once they all are. */
export async function loadLanguages(codes: readonly string[]): Promise<boolean> {
  const missing = codes.filter((code) => !(code in LANGUAGES));
  if (missing.length === 0) return true;
  const loaded = await Promise.all(
    missing.map((code) => {
      const pending = loading.get(code) ?? loadScript(code);
      loading.set(code, pending);
      return pending;
    }),
  );
  // In the order of LANGUAGE_CODES, whatever order the scripts arrived in: merged data depends on it.
  const data = (globalThis.__quoteReaderLanguages ?? []).splice(0);
  data.sort((a, b) => LANGUAGE_CODES.indexOf(a.code) - LANGUAGE_CODES.indexOf(b.code));
  addLanguages(data);
  return loaded.every(Boolean);
}

function loadScript(code: string): Promise<boolean> {
  return new Promise((done) => {
    const script = document.createElement('script');
    script.src = `lang/${code}.js`;
    script.onload = () => done(true);
    script.onerror = () => done(false);
    document.head.append(script);
  });
}
