/**
 * Is this a DW page, and an article? The URL first (cheap), then a few meta tags and, for a
 * saved page whose address says nothing, JSON-LD and the body's containers. Runs on every DW
 * page load, so it never walks the whole DOM (`npm run bench` reports its time; budget 1 ms).
 */
import { canonicalUrl, jsonLdArticle, ldName, metaContent } from '../../extract/meta.js';
import type { Detection, MediaKind } from '../../types.js';
import { type DwAddress, parseDwUrl } from './url.js';

/** Page types that look like content but are not articles (README.md beside this file), in a user's words. */
const NON_ARTICLE_TYPES: Readonly<Record<string, string>> = {
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

/** Page types whose content is a video or a recording: the view sends the reader there to watch or listen. */
const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = { video: 'video', av: 'video', audio: 'audio' };

/** `og:site_name` values of DW: "dw.com" (current layout), "DW.COM" (older layout). */
const SITE_NAMES = new Set(['dw.com', 'dw', 'deutsche welle']);

/** DW's X handles: @dwnews, @dw_deutsch, @dw_francais ... */
const TWITTER_HANDLE = /^@dw(news|_[a-z]+)$/i;

/** Title tails: "… – DW – 03/02/2016" (current) and "… | DW | 28.04.2023" (older); any digits. */
export const DW_TITLE_TAIL = /\s*[|–—-]\s*DW\s*[|–—-]\s*[\p{Nd}]{1,4}[./][\p{Nd}]{1,2}[./][\p{Nd}]{2,4}\s*$/u;

/** DW's body containers, current and older layout: an article when the URL says nothing. */
const BODY = '[data-tracking-name="rich-text"], #bodyContent .longText, header p.teaser-text';

const ARTICLE: Detection = { isArticle: true, site: 'dw', reason: 'This is a Deutsche Welle article.' };

/**
 * DW's verdict on `doc` at `url`, or null when it is not a DW page. DW pages are judged by their
 * URL type, then by JSON-LD and structure.
 */
export function detectDw(doc: Document, url: string): Detection | null {
  const address = parseDwUrl(url) ?? (isDwPage(doc) ? addressOfPage(doc) : undefined);
  if (address === undefined) return null;
  if (address?.home) return notArticle("This is DW's home page, not an article.");
  const type = address?.type ?? null;
  if (type === 'a') return ARTICLE;
  if (type !== null) {
    const what = NON_ARTICLE_TYPES[type] ?? 'not an article page';
    const media = MEDIA_TYPES[type];
    return { ...notArticle(`This DW page is ${what}, not an article.`), ...(media ? { media } : {}) };
  }
  if (jsonLdArticle(doc) || doc.querySelector(BODY)) return ARTICLE;
  return notArticle('This DW page has no article on it.');
}

function notArticle(reason: string): Detection {
  return { isArticle: false, site: 'dw', reason };
}

/** Meta evidence that a page is DW's whatever its address (a saved page, a mirror). */
function isDwPage(doc: Document): boolean {
  const siteName = metaContent(doc, 'og:site_name')?.toLowerCase();
  if (siteName && SITE_NAMES.has(siteName)) return true;
  const handle = metaContent(doc, 'twitter:site');
  if (handle && TWITTER_HANDLE.test(handle)) return true;
  if (DW_TITLE_TAIL.test(doc.title)) return true;
  const publisher = ldName(jsonLdArticle(doc)?.publisher);
  return publisher === 'Deutsche Welle';
}

/** The page's own DW address: `og:url` first (a page's canonical link may name its template). */
function addressOfPage(doc: Document): DwAddress | null {
  const ogUrl = metaContent(doc, 'og:url');
  const canonical = canonicalUrl(doc);
  for (const candidate of [ogUrl, canonical]) {
    const address = candidate ? parseDwUrl(candidate) : null;
    if (address) return address;
  }
  return null;
}
