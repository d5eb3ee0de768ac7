/**
 * The quote engine (issue 4): finds quotations in an article's paragraphs and who said them.
 * Pure: plain strings in, plain data out.
 */
import type { QuoteAnalysis } from '../types.js';

/**
 * Finds the quotes in `paragraphs` (each the textContent of one body paragraph, as given by
 * `paragraphElements`) and attributes them to speakers.
 * @param lang the article's language tag; selects speech verbs, titles and pronouns.
 */
export function findQuotes(paragraphs: readonly string[], lang: string | null): QuoteAnalysis {
  void paragraphs;
  void lang;
  return { quotes: [], speakers: [], terms: [] };
}
