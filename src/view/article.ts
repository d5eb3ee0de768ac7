/**
 * The article pane: the rendered article with its highlights (or the reason there is none), and
 * moving between the highlights.
 */
import type { PageAnalysis } from '../core/pipeline.js';
import { QUOTE_ID_ATTR, renderArticle } from '../core/render/render.js';
import { renderedText } from './citation.js';
import { h } from './h.js';
import { renderStrings, t, uiLanguage } from './i18n.js';
import { linkBack, pageState, showsPageState } from './page-state.js';

/** The sticky toolbar's height and a little: a highlight below it is on the screen. */
const TOOLBAR_CLEARANCE_PX = 60;

/** More paragraphs than any real article has (the fixtures' longest has about 120): laid out lazily. */
const LONG_ARTICLE_BLOCKS = 400;

/** Characters of the longest paragraph laid out to measure the font: enough for a stable average. */
const SAMPLE_CHARS = 400;

export interface ArticlePane {
  main: HTMLElement;
  /** Scrolls highlight `id` into the middle of the view, focuses it and flashes it. */
  jumpTo(id: number): void;
  /** Jumps to the next (or previous) shown highlight after the focused one, or after the top of the screen. */
  step(direction: 1 | -1): void;
  /** Dims every highlight but `speaker`'s; shows all again for null. */
  showOnly(speaker: string | null): void;
  /** The average width of a character of the article's own text in its current font, in px. */
  charWidth(): number;
  /** Quote `id` as the view shows it (hidden text left out), without its quote marks; '' if not shown. */
  quoteText(id: number): string;
  /** Quote `id`'s highlight segments, in document order. */
  marksOf(id: number): HTMLElement[];
}

/** Ends the header's info line with a link to the original page, in the interface's language and direction. */
function addLinkBack(article: HTMLElement, url: string, close: () => void): void {
  const meta = article.querySelector('.qr-meta');
  if (!meta) return;
  const { lang, dir } = uiLanguage();
  const link = linkBack(url, close, t('originalArticle'));
  link.className = 'qr-original';
  link.lang = lang;
  link.dir = dir;
  if (meta.childNodes.length) meta.append(h('span', { class: 'qr-sep' }, ' · '));
  meta.append(link);
}

/** Builds the pane for `analysis`; `close` takes the view down (the way back to the page). */
export function articlePane(analysis: PageAnalysis, close: () => void): ArticlePane {
  const rendered = analysis.result.article ? renderArticle(window, analysis, renderStrings()) : null;
  const main = h('main', { class: 'qr-main', 'aria-labelledby': 'qr-title' });
  if (rendered) addLinkBack(rendered, analysis.result.url, close);
  // A very long article is laid out only near the screen (view.css): thousands of blocks off screen cost nothing.
  if (rendered && rendered.querySelectorAll('.qr-body p').length > LONG_ARTICLE_BLOCKS)
    rendered.classList.add('qr-long');
  if (rendered && !showsPageState(analysis)) main.append(rendered);
  else main.append(pageState(analysis, rendered, close));
  const marks = (): HTMLElement[] => Array.from(main.querySelectorAll<HTMLElement>(`mark[${QUOTE_ID_ATTR}]`));
  const firstMarks = (): HTMLElement[] => marks().filter((m) => m.hasAttribute('data-quote-first'));
  for (const m of firstMarks()) {
    m.tabIndex = -1;
    m.title = m.getAttribute('data-quote-sr') ?? '';
  }

  /** The highlight last jumped to: a mouse click on "Next" focuses the button, not the highlight. */
  let lastJumped: HTMLElement | null = null;

  function jumpTo(id: number): void {
    const target = main.querySelector<HTMLElement>(`mark[${QUOTE_ID_ATTR}="${id}"][data-quote-first]`);
    if (!target) return;
    lastJumped = target;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    target.classList.remove('qr-flash');
    void target.offsetWidth; // restarts the flash animation
    target.classList.add('qr-flash');
  }

  function step(direction: 1 | -1): void {
    const list = firstMarks().filter((m) => !m.classList.contains('qr-dim'));
    if (!list.length) return;
    const active = document.activeElement as HTMLElement | null;
    const onScreen = (m: HTMLElement | null): m is HTMLElement => {
      const box = m?.getBoundingClientRect();
      return !!box && box.bottom > 0 && box.top < window.innerHeight;
    };
    let current = active ? list.indexOf(active) : -1;
    if (current === -1 && onScreen(lastJumped)) current = list.indexOf(lastJumped);
    let target: number;
    if (current !== -1) {
      target = current + direction;
    } else {
      // Nothing focused: from what is on screen, the first highlight below the toolbar or the one before it.
      const top = (main.closest('.qr-page') ?? main).getBoundingClientRect().top + TOOLBAR_CLEARANCE_PX;
      const below = list.findIndex((m) => m.getBoundingClientRect().top > top);
      target = direction === 1 ? (below === -1 ? 0 : below) : below === -1 ? list.length - 1 : below - 1;
    }
    const next = list[(target + list.length) % list.length]!;
    jumpTo(Number(next.getAttribute(QUOTE_ID_ATTR)));
  }

  function showOnly(speaker: string | null): void {
    for (const m of marks())
      m.classList.toggle('qr-dim', speaker !== null && m.getAttribute('data-quote-speaker') !== speaker);
  }

  /**
   * A long paragraph laid out on one line, divided by its length; 0.5em when there is no text.
   * Measured in a small box of its own beside the article (same language, same font), so that
   * only that box is laid out: the article itself may not be laid out yet, and may be huge.
   */
  const sample = Array.from(main.querySelectorAll('.qr-body p'))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .reduce((longest, text) => (text.length > longest.length ? text : longest), '')
    .slice(0, SAMPLE_CHARS);
  function charWidth(): number {
    const host = (main.closest('.qr-page') ?? document.querySelector('.qr-page') ?? document.body) as HTMLElement;
    const probe = h('span', null, sample || 'x');
    probe.style.cssText = 'white-space:nowrap;font:inherit';
    const source = main.querySelector('.qr-article');
    const box = h(
      'div',
      { class: 'qr-article qr-measure', lang: source?.getAttribute('lang') ?? null, 'aria-hidden': 'true' },
      h('div', { class: 'qr-body' }, h('p', null, probe)),
    );
    box.style.cssText = 'position:absolute;visibility:hidden;contain:layout style;top:0;inset-inline-start:0';
    host.append(box);
    const width = probe.getBoundingClientRect().width;
    const fontSize = parseFloat(getComputedStyle(probe).fontSize) || 16;
    box.remove();
    return sample.length > 40 && width > 0 ? width / sample.length : fontSize * 0.5;
  }

  /** Each quote's marks, indexed once: a lookup per quote over all marks was quadratic (thousands of quotes). */
  let byId: Map<number, HTMLElement[]> | null = null;
  function marksOf(id: number): HTMLElement[] {
    if (!byId) {
      byId = new Map();
      for (const m of marks()) {
        const key = Number(m.getAttribute(QUOTE_ID_ATTR));
        const list = byId.get(key);
        if (list) list.push(m);
        else byId.set(key, [m]);
      }
    }
    return byId.get(id) ?? [];
  }

  function quoteText(id: number): string {
    return renderedText(marksOf(id));
  }

  return { main, jumpTo, step, showOnly, charWidth, quoteText, marksOf };
}
