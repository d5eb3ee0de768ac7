/**
 * The analysis of a page that cannot be read, apart from the pipeline: the view builds one when
 * the pipeline itself cannot load, without loading it.
 */
import type { PageResult, QuoteAnalysis } from './types.js';

export const NO_QUOTES: QuoteAnalysis = { quotes: [], speakers: [], terms: [] };

/** The analysis of a page that cannot be read at all, saying why in a user's words. */
export function unreadablePage(
  url: string,
  reason: string,
): { result: PageResult; extraction: null; quotes: QuoteAnalysis } {
  const result: PageResult = {
    url,
    isArticle: false,
    site: 'generic',
    reason,
    article: null,
    quotes: [],
    speakers: [],
  };
  return { result, extraction: null, quotes: NO_QUOTES };
}
