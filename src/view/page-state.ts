/**
 * What the view shows for a page that is not an article (a video, a section front, a page too
 * broken to read): what the page is, in the interface's language, and a button back to it ("Watch
 * on dw.com" for a video). When the reader asked anyway and some text was found, it is one click
 * away. And the link back to the original page that every article's header carries.
 */
import type { PageAnalysis } from '../core/pipeline.js';
import { h } from './h.js';
import { t } from './i18n.js';

/** Below this many characters, text read from a page the detector doubted is no article to show. */
const MIN_ARTICLE_CHARS = 600;

/** The page's host without "www.": "dw.com". */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Whether the view shows the page's state rather than the article: a site's rules said it is no
 * article (a video, a section front), or a page the generic check doubted gave little text.
 */
export function showsPageState(analysis: PageAnalysis): boolean {
  const { result } = analysis;
  if (!result.article) return true;
  if (result.isArticle) return false;
  return result.site !== 'generic' || !!result.media || result.article.text.length < MIN_ARTICLE_CHARS;
}

/** A click that the reader meant as "go back" (not one that opens a new tab or window). */
function plainClick(event: Event): boolean {
  const e = event as MouseEvent;
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
}

/** A link to the page under the view: a plain click closes the view, which shows it again. */
export function linkBack(url: string, close: () => void, ...children: (Node | string)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      href: url,
      target: '_blank',
      rel: 'noopener noreferrer',
      onclick: (event: Event) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        close();
      },
    },
    ...children,
  );
}

/** The state for a page that is not an article; `rendered` is what was read from it anyway, if anything. */
export function pageState(analysis: PageAnalysis, rendered: HTMLElement | null, close: () => void): HTMLElement {
  const { result } = analysis;
  const host = hostOf(result.url);
  const explain =
    result.media === 'video' ? t('stateVideo') : result.media === 'audio' ? t('stateAudio') : t('stateNotArticle');
  const action =
    result.media === 'video'
      ? t('watchOnSite', host)
      : result.media === 'audio'
        ? t('listenOnSite', host)
        : t('backToPage', host);
  const title = result.article?.title || t('notArticleTitle');
  const hasText = !!rendered && (result.article?.text.trim().length ?? 0) > 0;
  const state = h(
    'div',
    { class: 'qr-message qr-state', 'data-media': result.media ?? null },
    h('p', { class: 'qr-site' }, h('bdi', null, result.article?.siteName || host)),
    h('h1', { id: 'qr-title' }, h('bdi', null, title)),
    h('p', { class: 'qr-state-text' }, explain),
    // The detector's own words (English): why, for a reader who wonders.
    h('p', { class: 'qr-reason', lang: 'en', dir: 'ltr' }, result.reason),
    h(
      'div',
      { class: 'qr-state-actions' },
      h('button', { type: 'button', class: 'qr-state-back', onclick: close }, action),
      hasText &&
        h(
          'button',
          {
            type: 'button',
            class: 'qr-state-anyway',
            onclick: () => {
              state.replaceWith(rendered!);
              rendered!.querySelector<HTMLElement>('h1')?.focus();
            },
          },
          t('showTextAnyway'),
        ),
    ),
  );
  return state;
}
