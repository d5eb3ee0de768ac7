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

/** How far into the page leading skip links may sit: a handful of elements before the content. */
const SKIP_LINK_WINDOW = 40;

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
 * In-page links ("skip to content" in any language) among the first elements of the page, before
 * any heading or main content: they point at an id on the same page.
 */
function removeLeadingSkipLinks(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  const found: Element[] = [];
  for (let i = 0; i < SKIP_LINK_WINDOW; i++) {
    const el = walker.nextNode() as Element | null;
    if (!el || /^(H1|H2|MAIN|ARTICLE|P)$/.test(el.tagName)) break;
    const href = el.tagName === 'A' ? el.getAttribute('href') ?? '' : '';
    if (href.length > 1 && href.startsWith('#') && doc.getElementById(href.slice(1))) found.push(el);
  }
  for (const link of found) {
    const item = link.parentElement?.tagName === 'LI' && link.parentElement.children.length === 1 ? link.parentElement : link;
    item.remove();
  }
}
