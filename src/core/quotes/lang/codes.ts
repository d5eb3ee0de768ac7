/**
 * The codes of the language files (BCP 47 primary subtags), for a build that loads them on demand.
 * test/unit/quotes-lang-data.test.ts checks that this list and all.ts agree.
 */
export const LANGUAGE_CODES: readonly string[] = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'ru',
  'am',
  'ar',
  'bg',
  'bn',
  'bs',
  'el',
  'fa',
  'ha',
  'hi',
  'hr',
  'id',
  'mk',
  'pl',
  'ps',
  'ro',
  'sq',
  'sr',
  'sw',
  'tr',
  'uk',
  'ur',
  'zh',
];
