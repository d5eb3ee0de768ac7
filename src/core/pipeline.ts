/**
 * The whole pure pipeline: a Document and its URL in, a `PageResult` out.
 * The input document is never changed: every stage works on a clone.
 */
import { detect } from './detect/detect.js';
import { extract, type Extraction } from './extract/extract.js';
import { declobber } from './guard/declobber.js';
import { guardDocument } from './guard/limits.js';
import { findQuotes } from './quotes/index.js';
import { NO_QUOTES, unreadablePage } from './unreadable.js';
import type { PageResult, QuoteAnalysis, QuotePart, ReadOptions } from './types.js';

/** Everything the reading view needs: the contract plus the body nodes the quotes point into. */
export interface PageAnalysis {
  result: PageResult;
  /** The extracted article with its body's paragraphs; null when nothing was extracted. */
  extraction: Extraction | null;
  /** The quote engine's findings, with offsets into `extraction.paragraphs`. */
  quotes: QuoteAnalysis;
}

/**
 * The quotes of the headline, the lead and the body, read as one text (the headline and lead name
 * people the body then calls "he"); quotes in the headline and lead get `part` and paragraph -1.
 */
function findArticleQuotes(extraction: Extraction): QuoteAnalysis {
  const { title, lead } = extraction.article;
  const head = lead ? [title, lead] : [title];
  const parts: QuotePart[] = lead ? ['title', 'lead'] : ['title'];
  const found = findQuotes(
    [...head, ...extraction.paragraphs.map((p) => p.textContent ?? '')],
    extraction.article.lang,
  );
  return {
    ...found,
    quotes: found.quotes.map((q) =>
      q.paragraph < head.length
        ? { ...q, part: parts[q.paragraph]!, paragraph: -1 }
        : { ...q, paragraph: q.paragraph - head.length },
    ),
  };
}

/** Reads `document` at `url`: detection, cleaning, extraction and quotes. */
export function analyzePage(document: Document, url: string, options: ReadOptions = {}): PageAnalysis {
  // Broken, binary and huge documents are refused with a reason before any stage reads them.
  const refused = guardDocument(document);
  if (refused) return unreadablePage(url, refused.reason);
  // Markup that overrides the DOM's own properties (DOM clobbering) is read from a clean copy.
  document = declobber(document);
  const detection = detect(document, url);
  const base: PageResult = { url, ...detection, article: null, quotes: [], speakers: [] };
  if (!detection.isArticle && !options.force) return { result: base, extraction: null, quotes: NO_QUOTES };

  const extraction = extract(document, url, detection.site);
  if (!extraction) {
    return {
      result: { ...base, isArticle: false, reason: 'No article text could be found on this page.' },
      extraction: null,
      quotes: NO_QUOTES,
    };
  }
  const quotes = findArticleQuotes(extraction);
  const byId = new Map(quotes.speakers.map((s) => [s.id, s]));
  return {
    extraction,
    quotes,
    result: {
      ...base,
      article: extraction.article,
      quotes: quotes.quotes.map((q) => {
        const speaker = q.speakerId ? byId.get(q.speakerId) : undefined;
        return {
          text: q.text,
          speaker: speaker?.name ?? null,
          role: speaker?.role ?? null,
          kind: q.kind,
          cue: q.cue,
          paragraph: q.paragraph,
          part: q.part ?? 'body',
        };
      }),
      speakers: quotes.speakers.map((s) => ({ name: s.name, role: s.role, quotes: s.quoteCount })),
    },
  };
}

/** The CLI's JSON contract for `document` at `url`. */
export function readPage(document: Document, url: string, options: ReadOptions = {}): PageResult {
  return analyzePage(document, url, options).result;
}
