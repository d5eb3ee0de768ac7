/**
 * Strips page chrome from a *copy* of the document before Readability scores it.
 * By structure only, never by a label's wording: DW is published in some 30 languages.
 */
import { DW_SECTION } from './dw/layout.js';
import type { Site } from './types.js';

/**
 * Scripts and templates on a DW page: Readability would only have to walk and drop them. Not
 * for other sites, whose `noscript` holds the real images of lazy ones (Readability unwraps them)
 * and whose `script type="math/tex"` holds formulas (peer ehow-1, mathjax).
 */
const DW_SCRIPTS = ['script', 'noscript', 'template', 'iframe[hidden]'];

/**
 * DW page chrome of both layouts (peer/README.md), for a DW page whose article parts were not
 * found and which Readability must read whole: skip links and their list, each related section
 * with its "Skip next section …" anchor (Top Story holds its own h1), navigation, sharing bar
 * and permalink, ads, author box, footer; older layout: meta list, related content, link lists.
 */
const DW_CHROME = [
  'ol:has(> li > a[href="#main-content"])',
  'a[href="#main-content"], a[href="#navigation"], a[href="#footer"]',
  'a.quick-item',
  DW_SECTION,
  'nav, footer, aside, #navigation, #footer, #footerSection',
  '[data-tracking-name^="sharing"], #sharing-bar, .copy-button-wrapper',
  '.advertisement, .rich-text-ad, .gpt-slot, .adWrapper, .advertising',
  '.feedback',
  'ul.smallList, .relatedContent, .linkList, .basicTeaser',
];

/** Elements whose text is never shown: a script at the top of the body is not the page's text. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** How many nodes into the page we look for skip links before giving up. */
const SKIP_LINK_WINDOW = 200;

/** Removes chrome from `doc` in place. Call it on a clone, never on the live page. */
export function clean(doc: Document, site: Site): void {
  const selectors = site === 'dw' ? [...DW_SCRIPTS, ...DW_CHROME] : [];
  for (const selector of selectors) {
    let nodes: Element[];
    try {
      nodes = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue; // a selector the engine does not know (":has" in an old engine): skip it
    }
    for (const node of nodes) node.remove();
  }
  if (site === 'generic') removeLeadingSkipLinks(doc);
}

/**
 * In-page links ("skip to content" in any language) that open the page: every text before the
 * first other text belongs to a link to an id on the same page. A link to a section further into
 * the text (peer ietf-1) is not one: text comes before it.
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
