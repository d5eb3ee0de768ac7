/**
 * Strips page chrome from a *copy* of the document before Readability scores it: the site's own
 * chrome when a site claimed the page, else the generic rules below. By structure only, never by
 * a label's wording: news sites publish in many languages.
 */
import type { SiteRules } from '../sites/types.js';
import { captionsToFigcaptions, removeFigureIcons } from './captions.js';

/** Elements whose text is never shown: a script at the top of the body is not the page's text. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** How many nodes into the page we look for skip links before giving up. */
const SKIP_LINK_WINDOW = 200;

/** Removes chrome from `copy` in place: `site`'s, or the generic kind. Never call it on the live page. */
export function clean(copy: Document, site: SiteRules | undefined): void {
  if (site) {
    site.clean(copy);
    return;
  }
  removeLeadingSkipLinks(copy);
  captionsToFigcaptions(copy);
  removeFigureIcons(copy); // after the captions: a caption's "enlarge" link is one too
}

/** Removes every element of `doc` that matches one of `selectors`, in order. */
export function removeMatching(doc: Document, selectors: readonly string[]): void {
  for (const selector of selectors) {
    let nodes: Element[];
    try {
      nodes = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue; // a selector the engine does not know (":has" in an old engine): skip it
    }
    for (const node of nodes) node.remove();
  }
}

/**
 * In-page links ("skip to content" in any language) that open the page: every text before the
 * first other text belongs to a link to an id on the same page. A link to a section further into
 * the text is not one: text comes before it.
 */
function removeLeadingSkipLinks(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, 0x5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const found: Element[] = [];
  for (let i = 0; i < SKIP_LINK_WINDOW; i++) {
    const node = walker.nextNode();
    if (!node) break;
    if (node.nodeType === 1) {
      const el = node as Element;
      const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '') : '';
      if (href.length > 1 && href.startsWith('#') && doc.getElementById(href.slice(1))) found.push(el);
      continue;
    }
    if (!(node.textContent ?? '').trim() || NOT_SHOWN.has(node.parentElement?.tagName ?? '')) continue;
    if (!found.some((link) => link.contains(node))) break; // the page's own text begins here
  }
  for (const link of found) {
    const item =
      link.parentElement?.tagName === 'LI' && link.parentElement.children.length === 1 ? link.parentElement : link;
    item.remove();
  }
}
