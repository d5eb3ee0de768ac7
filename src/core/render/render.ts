/**
 * Article + quotes → the reading view's `<article>`, built in a target document.
 * Page strings only ever enter as text nodes or through DOMPurify: never as innerHTML.
 */
import { type ElementBuilder, elementBuilder } from './h.js';
import { highlightParagraph } from './highlight.js';
import type { PageAnalysis } from '../pipeline.js';
import type { Article, QuotePart, Speaker } from '../types.js';
import { sanitizeToFragment } from './sanitize.js';

/** Attribute that marks a highlight; its value is the quote's index in `PageAnalysis.quotes.quotes`. */
export const QUOTE_ID_ATTR = 'data-quote-id';

export interface RenderStrings {
  /** "4 min read" for a count. */
  minutes: (count: number) => string;
  /** Screen-reader text announced before a quote: "quote by Omar Nessar". */
  quoteBy: (name: string) => string;
  quoteUnattributed: string;
  editedBy: (name: string) => string;
}

const ENGLISH_STRINGS: RenderStrings = {
  minutes: (n) => `${n} min read`,
  quoteBy: (name) => `quote by ${name}`,
  quoteUnattributed: 'quote, speaker unknown',
  editedBy: (name) => `Edited by: ${name}`,
};

/** Quote marks of every style the engine reads, and what may stand between the words and the closing mark. */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', "'", '‚', '「', '」', '『', '』']);
const CLOSING_PUNCTUATION = new Set([',', '.', ';', ':', '!', '?', '…']);
const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * Widens a quote's span over its own quote marks (and the comma or stop just inside the closing
 * one), so the highlight shows “the whole quotation,” and its label follows the closing mark.
 * The quote's `text` stays without marks; only the highlighted range grows.
 */
export function spanWithMarks(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  let i = s - 1;
  while (i >= 0 && SPACES.has(text[i]!)) i--;
  if (i >= 0 && QUOTE_MARKS.has(text[i]!)) s = i;
  let j = e;
  while (j < text.length && (CLOSING_PUNCTUATION.has(text[j]!) || SPACES.has(text[j]!))) j++;
  if (j < text.length && QUOTE_MARKS.has(text[j]!) && (s < start || text[j] !== "'")) e = j + 1;
  return [s, e];
}

/** The short name shown at a quote's end: the surname for people ("Nessar"). */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 && /^\p{Lu}/u.test(name) ? parts[parts.length - 1]! : name;
}

/** Speaker index → one of N palette slots, stable in order of first appearance. */
function speakerSlots(speakers: readonly Speaker[]): Map<string, number> {
  return new Map(speakers.map((s, i) => [s.id, i]));
}

/** "2 March 2016" in the article's language; the ISO string when the date is not valid. */
export function formatDate(iso: string, lang: string | null): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** Marks the quotes `quoteIds` in `element` (a body paragraph, the title or the lead). */
function highlightIn(
  element: Element,
  quoteIds: readonly number[],
  analysis: PageAnalysis,
  strings: RenderStrings,
): void {
  const { quotes } = analysis;
  const slots = speakerSlots(quotes.speakers);
  const byId = new Map(quotes.speakers.map((s) => [s.id, s]));
  const text = element.textContent ?? '';
  const spans = quoteIds.map((i) => {
    const q = quotes.quotes[i]!;
    const speaker = q.speakerId ? byId.get(q.speakerId) : undefined;
    const [start, end] = spanWithMarks(text, q.start, q.end);
    return {
      start,
      end,
      attributes: {
        [QUOTE_ID_ATTR]: String(i),
        'data-quote-speaker': speaker?.name ?? '',
        'data-quote-slot': speaker ? String(slots.get(speaker.id)! % 8) : 'none',
        'data-quote-label': speaker ? shortName(speaker.name) : '?',
        'data-quote-sr': speaker ? strings.quoteBy(speaker.name) : strings.quoteUnattributed,
      },
    };
  });
  for (const group of highlightParagraph(element, spans)) {
    group[0]?.setAttribute('data-quote-first', '');
    group[group.length - 1]?.setAttribute('data-quote-last', '');
  }
}

/** The indices of the quotes in one part (title, lead) of the article. */
function quotesIn(analysis: PageAnalysis, part: QuotePart): number[] {
  return analysis.quotes.quotes.flatMap((q, i) => ((q.part ?? 'body') === part ? [i] : []));
}

/** Adds the highlight marks to the extracted body's paragraphs (in the pipeline's copy). */
function highlightBody(analysis: PageAnalysis, strings: RenderStrings): void {
  const { extraction, quotes } = analysis;
  if (!extraction) return;
  for (const stray of Array.from(extraction.body.querySelectorAll('[data-quote-id], [data-quote-speaker]'))) {
    stray.removeAttribute('data-quote-id');
    stray.removeAttribute('data-quote-speaker');
  }
  const byParagraph = new Map<number, number[]>();
  quotes.quotes.forEach((q, i) => {
    if ((q.part ?? 'body') !== 'body') return;
    byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), i]);
  });
  for (const [index, quoteIds] of byParagraph) {
    const paragraph = extraction.paragraphs[index];
    if (paragraph) highlightIn(paragraph, quoteIds, analysis, strings);
  }
}

function renderHeader(
  h: ElementBuilder,
  article: Article,
  strings: RenderStrings,
  mark: (element: HTMLElement, part: QuotePart) => HTMLElement,
): HTMLElement {
  const parts: HTMLElement[] = [];
  if (article.byline) parts.push(h('span', { class: 'qr-byline' }, article.byline));
  if (article.published) {
    const date = formatDate(article.published, article.lang);
    parts.push(h('time', { class: 'qr-date', datetime: article.published }, date));
  }
  // In the interface's language, not the article's: isolated, so that "1 min read" in an Arabic
  // article's meta line reads "1 min read", not "min read 1".
  parts.push(h('span', { class: 'qr-reading-time', dir: 'auto' }, strings.minutes(article.readingMinutes)));
  const image = article.image && /^https?:/i.test(article.image.src) ? article.image : null;
  return h(
    'header',
    { class: 'qr-header' },
    article.siteName && h('p', { class: 'qr-site' }, article.siteName),
    mark(h('h1', { class: 'qr-title', id: 'qr-title' }, article.title), 'title'),
    h(
      'p',
      { class: 'qr-meta' },
      ...parts.flatMap((part, i) => (i > 0 ? [h('span', { class: 'qr-sep' }, ' · '), part] : [part])),
    ),
    article.lead && mark(h('p', { class: 'qr-lead' }, article.lead), 'lead'),
    image &&
      h(
        'figure',
        { class: 'qr-lead-image' },
        h('img', {
          src: image.src,
          alt: image.caption ?? '',
          decoding: 'async',
          loading: 'lazy',
          referrerpolicy: 'no-referrer',
        }),
        (image.caption || image.credit) &&
          h(
            'figcaption',
            null,
            image.caption && h('span', { class: 'qr-caption' }, image.caption),
            image.credit && h('small', { class: 'qr-credit' }, image.credit),
          ),
      ),
  );
}

/**
 * Builds the reading view's `<article>` in `win.document`: header, lead, lead image, the
 * sanitized body with every quote highlighted, and the editor line.
 * Changes the pipeline's copy of the body (adds marks); never the page.
 */
export function renderArticle(
  win: Window,
  analysis: PageAnalysis,
  strings: RenderStrings = ENGLISH_STRINGS,
): HTMLElement {
  const h = elementBuilder(win.document);
  const article = analysis.result.article;
  if (!article || !analysis.extraction) return h('article', { class: 'qr-article' });
  highlightBody(analysis, strings);
  return h(
    'article',
    { class: 'qr-article', lang: article.lang, dir: article.dir, 'aria-labelledby': 'qr-title' },
    renderHeader(h, article, strings, (element, part) => {
      const ids = quotesIn(analysis, part);
      if (ids.length) highlightIn(element, ids, analysis, strings);
      return element;
    }),
    h('div', { class: 'qr-body' }, sanitizeToFragment(win, analysis.extraction.body)),
    article.editor && h('p', { class: 'qr-editor' }, strings.editedBy(article.editor)),
  );
}
