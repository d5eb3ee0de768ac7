/**
 * Strips page chrome from a *copy* of the document before Readability scores it.
 * By structure only, never by a label's wording: DW is published in some 30 languages.
 */
import type { Site } from './types.js';

/** Chrome that any site may carry. */
const GENERIC_CHROME = ['script', 'noscript', 'template', 'iframe[hidden]'];

/**
 * DW, current layout (peer/README.md): skip links, related sections each opened by a
 * "Skip next section" anchor, sharing bar, author box, footer. Older layout: the meta list,
 * related content, print and permalink lines.
 */
const DW_CHROME = [
  'a[href="#main-content"]',
  'ol:has(> li > a[href="#main-content"])',
  'a.quick-item',
  'section[data-tracking-name^="section-"]',
  'nav',
  'footer',
  'aside',
  '[data-tracking-name="sharing-bar"]',
  '[data-tracking-name="author-box"]',
  '.advertisement',
  '.ad-container',
  // older layout
  'ul.smallList',
  '.relatedContent',
  '#navigation',
  '#footer',
];

/** Removes chrome from `doc` in place. Call it on a clone, never on the live page. */
export function clean(doc: Document, site: Site): void {
  const selectors = site === 'dw' ? [...GENERIC_CHROME, ...DW_CHROME] : GENERIC_CHROME;
  for (const selector of selectors) {
    let nodes: Element[];
    try {
      nodes = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue; // a selector the engine does not know (":has" in old jsdom): skip it
    }
    for (const node of nodes) node.remove();
  }
}
