/**
 * Article + quotes → the reading view's `<article>`, built in a target document.
 * Page strings only ever enter as text nodes or through DOMPurify: never as innerHTML.
 */
import { type ElementBuilder, elementBuilder } from './h.js';
import { needsChip } from './chips.js';
import { highlightParagraph, keepEndTogether } from './highlight.js';
import type { PageAnalysis } from '../pipeline.js';
import type { Article, QuotePart, Speaker } from '../types.js';
import { sanitizeToFragment } from './sanitize.js';

/** Speaker colours in the palette (common/palette.ts SLOT_COUNT, which a unit test keeps equal); more speakers reuse them. */
export const SPEAKER_SLOTS = 5;

/** Attribute that marks a highlight; its value is the quote's index in `PageAnalysis.quotes.quotes`. */
export const QUOTE_ID_ATTR = 'data-quote-id';

export interface RenderStrings {
  /** "4 min read" for a count. */
  minutes: (count: number) => string;
  /** Screen-reader text announced before a quote: "quote by Omar Nessar". */
  quoteBy: (name: string) => string;
  quoteUnattributed: string;
  editedBy: (name: string) => string;
  /** The interface's language and direction, for the interface's words in the article's header. */
  ui?: { lang: string; dir: 'ltr' | 'rtl' };
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

/** What highlighting needs of the whole analysis, looked up once (a page may hold thousands of quotes). */
interface HighlightContext {
  analysis: PageAnalysis;
  strings: RenderStrings;
  /** Speaker id → the speaker and its palette slot, in order of first appearance. */
  speakers: Map<string, { speaker: Speaker; slot: number }>;
}

function highlightContext(analysis: PageAnalysis, strings: RenderStrings): HighlightContext {
  const speakers = new Map(analysis.quotes.speakers.map((speaker, slot) => [speaker.id, { speaker, slot }]));
  return { analysis, strings, speakers };
}

/**
 * Marks the quotes `quoteIds` (in text order) in `element` (a body paragraph, the title or the
 * lead). A quote's end is kept on one line with its chip, and the chip is drawn only where the
 * sentence does not already name the speaker (chips.ts).
 */
function highlightIn(element: Element, quoteIds: readonly number[], context: HighlightContext): void {
  const { analysis, strings, speakers } = context;
  const { quotes } = analysis.quotes;
  const text = element.textContent ?? '';
  const spans = quoteIds.map((i, k) => {
    const q = quotes[i]!;
    const found = q.speakerId ? speakers.get(q.speakerId) : undefined;
    const [start, end] = spanWithMarks(text, q.start, q.end);
    const previous = k > 0 ? quotes[quoteIds[k - 1]!]! : null;
    const chip = found && needsChip({ text, start, end, quote: q, speaker: found.speaker, previous });
    return {
      start,
      end,
      attributes: {
        [QUOTE_ID_ATTR]: String(i),
        'data-quote-speaker': found?.speaker.name ?? '',
        'data-quote-slot': found ? String(found.slot % SPEAKER_SLOTS) : 'none',
        ...(chip ? { 'data-quote-label': shortName(found.speaker.name) } : {}),
        'data-quote-sr': found ? strings.quoteBy(found.speaker.name) : strings.quoteUnattributed,
      },
    };
  });
  for (const group of highlightParagraph(element, spans)) {
    const last = group[group.length - 1];
    if (!last) continue;
    group[0]!.setAttribute('data-quote-first', '');
    last.setAttribute('data-quote-last', '');
    keepEndTogether(last);
  }
}

/** The indices of the quotes in one part (title, lead) of the article. */
function quotesIn(analysis: PageAnalysis, part: QuotePart): number[] {
  return analysis.quotes.quotes.flatMap((q, i) => ((q.part ?? 'body') === part ? [i] : []));
}

/** Adds the highlight marks to the extracted body's paragraphs (in the pipeline's copy). */
function highlightBody(context: HighlightContext): void {
  const { extraction, quotes } = context.analysis;
  if (!extraction) return;
  for (const stray of Array.from(extraction.body.querySelectorAll('[data-quote-id], [data-quote-speaker]'))) {
    stray.removeAttribute('data-quote-id');
    stray.removeAttribute('data-quote-speaker');
  }
  const byParagraph = new Map<number, number[]>();
  quotes.quotes.forEach((q, i) => {
    if ((q.part ?? 'body') !== 'body') return;
    const list = byParagraph.get(q.paragraph);
    if (list) list.push(i);
    else byParagraph.set(q.paragraph, [i]);
  });
  for (const [index, quoteIds] of byParagraph) {
    const paragraph = extraction.paragraphs[index];
    if (paragraph) highlightIn(paragraph, quoteIds, context);
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
  // In the interface's language and direction, not the article's: isolated, so that "1 min read"
  // in a Persian article's meta line reads "1 min read", not "min read 1".
  parts.push(
    h(
      'span',
      { class: 'qr-reading-time', lang: strings.ui?.lang ?? 'en', dir: strings.ui?.dir ?? 'ltr' },
      strings.minutes(article.readingMinutes),
    ),
  );
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
  const context = highlightContext(analysis, strings);
  highlightBody(context);
  return h(
    'article',
    { class: 'qr-article', lang: article.lang, dir: article.dir, 'aria-labelledby': 'qr-title' },
    renderHeader(h, article, strings, (element, part) => {
      const ids = quotesIn(analysis, part);
      if (ids.length) highlightIn(element, ids, context);
      return element;
    }),
    h('div', { class: 'qr-body' }, sanitizeToFragment(win, analysis.extraction.body)),
    article.editor &&
      h(
        'p',
        { class: 'qr-editor', lang: strings.ui?.lang ?? null, dir: strings.ui?.dir ?? null },
        strings.editedBy(article.editor),
      ),
  );
}
