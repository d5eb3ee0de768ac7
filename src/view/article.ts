/**
 * The article pane: the rendered article with its highlights (or the reason there is none), and
 * moving between the highlights.
 */
import type { PageAnalysis } from '../core/pipeline.js';
import { QUOTE_ID_ATTR, renderArticle } from '../core/render/render.js';
import { renderedText } from './citation.js';
import { h } from './h.js';
import { renderStrings, t } from './i18n.js';

/** The sticky toolbar's height and a little: a highlight below it is on the screen. */
const TOOLBAR_CLEARANCE_PX = 60;

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

/** Builds the pane for `analysis`. */
export function articlePane(analysis: PageAnalysis): ArticlePane {
  const main = h(
    'main',
    { class: 'qr-main', 'aria-labelledby': 'qr-title' },
    analysis.result.article
      ? renderArticle(window, analysis, renderStrings())
      : h(
          'div',
          { class: 'qr-message' },
          h('h1', { id: 'qr-title' }, t('notArticleTitle')),
          h('p', null, analysis.result.reason),
        ),
  );
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

  /** A long paragraph laid out on one line, divided by its length; 0.5em when there is no text. */
  function charWidth(): number {
    const sample =
      Array.from(main.querySelectorAll('.qr-body p'))
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
        .sort((a, b) => b.length - a.length)[0]
        ?.slice(0, SAMPLE_CHARS) ?? '';
    const probe = h('span', null, sample || 'x');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
    (main.querySelector('.qr-body p') ?? main).append(probe);
    const width = probe.getBoundingClientRect().width;
    const fontSize = parseFloat(getComputedStyle(probe).fontSize) || 16;
    probe.remove();
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
