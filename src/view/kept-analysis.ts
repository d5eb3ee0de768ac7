/**
 * The analysis of a page, kept for the next opening on the same page: a re-open of the view on a
 * page that has not changed shows it without copying the page, running Readability or the quote
 * engine again. The view hands it to the page side (reader.ts), which holds it in the content
 * script's own world, where the page cannot read or change it, and gives it back to the next
 * view only while nothing in the page's DOM has changed since it was copied.
 *
 * It is plain data, as the ports carry it: the extracted body as a DOM copy (common/dom-copy.ts,
 * tree for tree), the article's metadata and the quotes, which point into the body's paragraphs
 * by index and offset. The view checks that the rebuilt body gives paragraphs of the same
 * lengths before it trusts those offsets, and asks for the page's copy when it does not.
 */
import { copyTree, type DomCopy, rebuildTree } from '../common/dom-copy.js';
import { paragraphElements } from '../core/extract/paragraphs.js';
import type { PageAnalysis } from '../core/pipeline.js';
import type { Article, PageResult, QuoteAnalysis } from '../core/types.js';

export interface KeptAnalysis {
  result: PageResult;
  quotes: QuoteAnalysis;
  /** null when nothing was extracted (the analysis says why in `result.reason`). */
  extraction: { article: Article; body: DomCopy; paragraphLengths: number[] } | null;
}

/** No limit: the body is the view's own extraction, already within the guard's. */
const NO_LIMITS = {
  elements: Number.POSITIVE_INFINITY,
  depth: Number.POSITIVE_INFINITY,
  chars: Number.POSITIVE_INFINITY,
};

const lengthsOf = (paragraphs: readonly Element[]): number[] => paragraphs.map((p) => (p.textContent ?? '').length);

/** `analysis` as data; taken before the view draws it (drawing marks the body's quotes). */
export function keepAnalysis(analysis: PageAnalysis): KeptAnalysis {
  const { result, quotes, extraction } = analysis;
  if (!extraction) return { result, quotes, extraction: null };
  const walk = copyTree(extraction.body, null, NO_LIMITS);
  walk.step(() => false);
  return {
    result,
    quotes,
    extraction: { article: extraction.article, body: walk.out, paragraphLengths: lengthsOf(extraction.paragraphs) },
  };
}

/**
 * The analysis `kept` holds, its body rebuilt in `doc` (an empty HTML document of its own); null
 * if it does not hold together.
 */
export function restoreAnalysis(kept: KeptAnalysis, doc: Document): PageAnalysis | null {
  if (!kept.extraction) return { result: kept.result, quotes: kept.quotes, extraction: null };
  const body = rebuildTree(doc, kept.extraction.body);
  if (!body) return null;
  doc.body.append(body);
  const paragraphs = paragraphElements(body);
  const lengths = lengthsOf(paragraphs);
  const expected = kept.extraction.paragraphLengths;
  if (lengths.length !== expected.length || lengths.some((n, i) => n !== expected[i])) return null;
  return {
    result: kept.result,
    quotes: kept.quotes,
    extraction: { article: kept.extraction.article, body, paragraphs },
  };
}
