/**
 * The article body's paragraphs: the unit that quotes point into. A quote's `paragraph` is an
 * index into `paragraphElements(body)` and its `start`/`end` are offsets into that element's
 * `textContent`, so the view can wrap exactly the quoted words across links and inline tags.
 */

/** Block elements whose text is read as one paragraph. Captions are not body text. */
const PARAGRAPH_SELECTOR = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, dd, dt, td, th';

/** Leaf blocks of `body` that hold text, in document order. */
export function paragraphElements(body: Element): Element[] {
  const all = Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR));
  return all.filter(
    (el) =>
      !el.closest('figcaption, figure') &&
      el.querySelector(PARAGRAPH_SELECTOR) === null &&
      (el.textContent ?? '').trim() !== '',
  );
}

/** Collapses runs of white space the way a browser shows them. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of the body: one paragraph per block, separated by blank lines. */
export function paragraphsToText(paragraphs: readonly Element[]): string {
  return paragraphs.map((p) => normalizeSpace(p.textContent ?? '')).join('\n\n');
}
