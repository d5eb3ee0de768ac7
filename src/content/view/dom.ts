/**
 * Elements for the view, in the XHTML namespace: `document.createElement` makes namespace-less
 * elements in an XML or SVG document (no `dataset`, no shadow root, unstyled), so the view
 * could not even say that such a page is not an article.
 */
const XHTML = 'http://www.w3.org/1999/xhtml';

export function html<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  return document.createElementNS(XHTML, tag) as HTMLElementTagNameMap[K];
}
