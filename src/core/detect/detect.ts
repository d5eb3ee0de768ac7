/**
 * Is this page an article? Each site's own rule first (cheap: the URL and a few meta tags), then
 * a generic check for every other page. Runs on every page load of a supported site, so it
 * never walks the whole DOM (`npm run bench` reports its time per DW page; budget 1 ms).
 */
// The readerable module alone: the package index would pull all of Readability into the
// content script that runs on every DW page.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { SITE_DETECTORS } from '../sites/index.js';
import type { Detection } from '../types.js';

/**
 * Decides whether `doc` (at `url`) is an article: a site's rules when one claims the page, else
 * Readability's `isProbablyReaderable`, which only counts visible nodes.
 */
export function detect(doc: Document, url: string): Detection {
  for (const site of SITE_DETECTORS) {
    const verdict = site.detect(doc, url);
    if (verdict) return verdict;
  }
  return detectGeneric(doc);
}

/** Other sites: enough visible running text, as Firefox's Reader View decides. */
function detectGeneric(doc: Document): Detection {
  return isProbablyReaderable(doc, { visibilityChecker: isVisible })
    ? { isArticle: true, site: 'generic', reason: 'The page has enough article text to read.' }
    : {
        isArticle: false,
        site: 'generic',
        reason: 'This page does not look like an article: it has too little running text.',
      };
}

/**
 * Readability's own check (inline `display:none`, `hidden`, `aria-hidden`) on the node and its
 * ancestors, so text inside a hidden menu or dialog does not count.
 */
function isVisible(node: Node): boolean {
  for (let el = node as Element | null; el && el.nodeType === 1; el = el.parentElement) {
    const style = (el as HTMLElement).style;
    if (style && style.display === 'none') return false;
    if (el.hasAttribute('hidden')) return false;
    if (el.getAttribute('aria-hidden') === 'true' && !(el.className ?? '').toString().includes('fallback-image')) {
      return false;
    }
  }
  return true;
}
