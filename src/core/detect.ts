/**
 * Is this page an article? DW rules first (cheap: the URL and a few meta tags), then a generic
 * check for other sites. Runs on every DW page load, so it never walks the whole DOM
 * (`npm run bench` reports its time per DW page; budget 1 ms).
 */
// The readerable module alone: the package index would pull all of Readability into the
// content script that runs on every DW page.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { parseDwUrl, type DwAddress } from './dw/url.js';
import { canonicalUrl, jsonLdArticle, ldName, metaContent } from './meta.js';
import type { Detection } from './types.js';

/** Page types that look like content but are not articles (peer/README.md), in a user's words. */
const DW_NON_ARTICLE_TYPES: Readonly<Record<string, string>> = {
  video: 'a video page',
  audio: 'an audio page',
  av: 'a video or audio page',
  live: 'a live blog',
  g: 'a picture gallery',
  s: 'a section page',
  st: 'a list of videos or audio',
  t: 'a topic page',
  program: 'a programme page',
  person: "an author's page",
};

/** `og:site_name` values of DW: "dw.com" (current layout), "DW.COM" (older layout). */
const DW_SITE_NAMES = new Set(['dw.com', 'dw', 'deutsche welle']);

/** DW's X handles: @dwnews, @dw_deutsch, @dw_francais ... */
const DW_TWITTER = /^@dw(news|_[a-z]+)$/i;

/** Title tails: "… – DW – 03/02/2016" (current) and "… | DW | 28.04.2023" (older); any digits. */
export const DW_TITLE_TAIL = /\s*[|–—-]\s*DW\s*[|–—-]\s*[\p{Nd}]{1,4}[./][\p{Nd}]{1,2}[./][\p{Nd}]{2,4}\s*$/u;

/** DW's body containers, current and older layout: an article when the URL says nothing. */
const DW_BODY = '[data-tracking-name="rich-text"], #bodyContent .longText, header p.teaser-text';

const ARTICLE: Detection = { isArticle: true, site: 'dw', reason: 'This is a Deutsche Welle article.' };

/**
 * Decides whether `doc` (at `url`) is an article. DW pages are judged by their URL type, then by
 * JSON-LD and structure; other pages by Readability's `isProbablyReaderable`, which only counts
 * visible nodes.
 */
export function detect(doc: Document, url: string): Detection {
  const address = parseDwUrl(url) ?? (isDwPage(doc) ? dwAddressOfPage(doc) : undefined);
  if (address === undefined) return detectGeneric(doc);
  if (address?.home) return notArticle("This is DW's home page, not an article.");
  const type = address?.type ?? null;
  if (type === 'a') return ARTICLE;
  if (type !== null) {
    const what = DW_NON_ARTICLE_TYPES[type] ?? 'not an article page';
    return notArticle(`This DW page is ${what}, not an article.`);
  }
  if (jsonLdArticle(doc) || doc.querySelector(DW_BODY)) return ARTICLE;
  return notArticle('This DW page has no article on it.');
}

function notArticle(reason: string): Detection {
  return { isArticle: false, site: 'dw', reason };
}

/** Meta evidence that a page is DW's whatever its address (a saved page, a mirror). */
function isDwPage(doc: Document): boolean {
  const siteName = metaContent(doc, 'og:site_name')?.toLowerCase();
  if (siteName && DW_SITE_NAMES.has(siteName)) return true;
  const handle = metaContent(doc, 'twitter:site');
  if (handle && DW_TWITTER.test(handle)) return true;
  if (DW_TITLE_TAIL.test(doc.title)) return true;
  const publisher = ldName(jsonLdArticle(doc)?.publisher);
  return publisher === 'Deutsche Welle';
}

/** The page's own DW address: `og:url` first (the seed's canonical names its template). */
function dwAddressOfPage(doc: Document): DwAddress | null {
  const ogUrl = metaContent(doc, 'og:url');
  const canonical = canonicalUrl(doc);
  for (const candidate of [ogUrl, canonical]) {
    const address = candidate ? parseDwUrl(candidate) : null;
    if (address) return address;
  }
  return null;
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
