/**
 * Is this page an article? DW rules first (cheap: URL and a few meta tags), then a generic
 * check for other sites. Runs on every DW page load, so it never walks the whole DOM.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from './types.js';

/** DW's hosts: the content script runs only there. */
export const DW_HOSTS = new Set(['www.dw.com', 'amp.dw.com', 'm.dw.com', 'dw.com']);

/** DW URL paths end in `/<type>-<numeric id>`; only `a-` is an article (peer/README.md). */
const DW_ID_PATH = /\/([a-z]+)-(\d+)\/?$/;

/** Page types that look like content but are not articles. */
const DW_NON_ARTICLE_TYPES: Record<string, string> = {
  video: 'a video page',
  audio: 'an audio page',
  av: 'a video page',
  live: 'a live blog',
  g: 'a picture gallery',
  s: 'a section page',
  t: 'a topic page',
  program: 'a programme page',
  person: 'a person page',
};

export function isDwHost(url: string): boolean {
  try {
    return DW_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Meta evidence that a page is one of DW's, whatever its address (saved pages, mirrors). */
function looksLikeDw(doc: Document): boolean {
  const site = doc.querySelector('meta[property="og:site_name"], meta[name="og:site_name"]');
  const siteName = (site?.getAttribute('content') ?? site?.getAttribute('value') ?? '').toLowerCase();
  if (siteName === 'dw.com' || siteName === 'dw') return true;
  const twitter = doc.querySelector('meta[name="twitter:site"], meta[property="twitter:site"]');
  const handle = (twitter?.getAttribute('content') ?? twitter?.getAttribute('value') ?? '').toLowerCase();
  return handle === '@dwnews' || handle === '@dw_deutsch' || handle.startsWith('@dw_');
}

/** The URL's canonical form: the page's own `<link rel=canonical>` when the URL is not DW's. */
function dwUrl(doc: Document, url: string): string | null {
  if (isDwHost(url)) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const og = doc.querySelector('meta[property="og:url"], meta[name="og:url"]');
  for (const candidate of [canonical, og?.getAttribute('content') ?? og?.getAttribute('value') ?? '']) {
    if (candidate && isDwHost(candidate)) return candidate;
  }
  return null;
}

/**
 * Decides whether `doc` (at `url`) is an article. DW pages are judged by their URL type and
 * structure; other pages by Readability's `isProbablyReaderable`, which skips hidden nodes.
 */
export function detect(doc: Document, url: string): Detection {
  const address = dwUrl(doc, url);
  if (address !== null || looksLikeDw(doc)) {
    const path = address ? safePath(address) : '';
    const match = DW_ID_PATH.exec(path);
    if (match) {
      const type = match[1] ?? '';
      if (type === 'a') return { isArticle: true, site: 'dw', reason: 'A DW article.' };
      const what = DW_NON_ARTICLE_TYPES[type] ?? 'not an article page';
      return { isArticle: false, site: 'dw', reason: `This DW page is ${what}, not an article.` };
    }
    if (address !== null && /^\/?([a-z]{2}(-[a-z]+)?\/?)?$/i.test(path)) {
      return { isArticle: false, site: 'dw', reason: 'This is a DW home page, not an article.' };
    }
    if (hasArticleStructure(doc)) return { isArticle: true, site: 'dw', reason: 'A DW article.' };
    return { isArticle: false, site: 'dw', reason: 'This DW page has no article on it.' };
  }
  const readerable = isProbablyReaderable(doc);
  return readerable
    ? { isArticle: true, site: 'generic', reason: 'The page has enough article text to read.' }
    : {
        isArticle: false,
        site: 'generic',
        reason: 'This page does not look like an article: it has too little running text.',
      };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** JSON-LD NewsArticle, or DW's body containers of the current and older layouts. */
function hasArticleStructure(doc: Document): boolean {
  if (doc.querySelector('.rich-text[data-tracking-name="rich-text"], #bodyContent .longText')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/"@type"\s*:\s*"(News)?Article"/.test(script.textContent ?? '')) return true;
  }
  return false;
}
