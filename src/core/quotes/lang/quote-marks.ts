/**
 * How each language's press writes guillemets, for the rare page where the marks themselves do
 * not tell (see guillemetsReversed in ../marks.ts). Data, by primary language subtag, so that a
 * language needs no data file of its own to be read the right way round.
 */

/** Languages that write »…« by default (German books and magazines, Danish, Czech, Slovak, Croatian). */
export const INWARD_GUILLEMETS: ReadonlySet<string> = new Set(['de', 'da', 'cs', 'sk', 'hr', 'sl', 'hu']);
