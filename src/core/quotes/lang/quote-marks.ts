/**
 * How each language's press writes guillemets, for the rare page where the marks themselves do
 * not tell (see guillemetsReversed in ../marks.ts). Data, by primary language subtag, so that a
 * language needs no data file of its own to be read the right way round.
 */

/** Languages that write »…« by default (German books and magazines, Danish, Czech, Slovak, Croatian). */
export const INWARD_GUILLEMETS: ReadonlySet<string> = new Set(['de', 'da', 'cs', 'sk', 'hr', 'sl', 'hu']);

/**
 * The marks a language's press opens and closes a quotation with (logical order: the first is
 * read first, also in a right-to-left script), by primary language subtag, for the view to show
 * a quote taken out of its text. A language not listed gets no added marks.
 */
export const QUOTATION_MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  de: ['„', '“'],
  fr: ['« ', ' »'],
  es: ['«', '»'],
  pt: ['“', '”'],
  it: ['«', '»'],
  pl: ['„', '”'],
  ro: ['„', '”'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  bg: ['„', '“'],
  mk: ['„', '“'],
  sr: ['„', '“'],
  bs: ['„', '“'],
  hr: ['„', '“'],
  sq: ['“', '”'],
  el: ['«', '»'],
  tr: ['“', '”'],
  fa: ['«', '»'],
  ar: ['«', '»'],
  ps: ['«', '»'],
  ur: ['“', '”'],
  hi: ['“', '”'],
  bn: ['“', '”'],
  id: ['“', '”'],
  sw: ['“', '”'],
  ha: ['“', '”'],
  am: ['«', '»'],
  zh: ['“', '”'],
};

/** The quotation marks of `lang` ("fa-IR" → « »), or null for a language not listed. */
export function quotationMarksFor(lang: string | null | undefined): readonly [string, string] | null {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return QUOTATION_MARKS[primary] ?? null;
}
