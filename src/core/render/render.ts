/**
 * Article + quotes → the reading view's `<article>`, built in a target document.
 * Page strings only ever enter as text nodes or through DOMPurify: never as innerHTML.
 */
import { highlightParagraph } from './highlight.js';
import type { PageAnalysis } from '../pipeline.js';
import type { Article, Speaker } from '../types.js';
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

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  // In the XHTML namespace: createElement makes namespace-less elements in an XHTML (XML) page.
  const node = doc.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElementTagNameMap[K];
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
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

/** Adds the highlight marks to the extracted body's paragraphs (in the pipeline's copy). */
function highlightBody(analysis: PageAnalysis, strings: RenderStrings): void {
  const { extraction, quotes } = analysis;
  if (!extraction) return;
  for (const stray of Array.from(extraction.body.querySelectorAll('[data-quote-id], [data-quote-speaker]'))) {
    stray.removeAttribute('data-quote-id');
    stray.removeAttribute('data-quote-speaker');
  }
  const slots = speakerSlots(quotes.speakers);
  const byId = new Map(quotes.speakers.map((s) => [s.id, s]));
  const byParagraph = new Map<number, number[]>();
  quotes.quotes.forEach((q, i) => {
    byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), i]);
  });
  for (const [index, quoteIds] of byParagraph) {
    const paragraph = extraction.paragraphs[index];
    if (!paragraph) continue;
    const text = paragraph.textContent ?? '';
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
    const marks = highlightParagraph(paragraph, spans);
    for (const group of marks) {
      group[0]?.setAttribute('data-quote-first', '');
      group[group.length - 1]?.setAttribute('data-quote-last', '');
    }
  }
}

function renderHeader(doc: Document, article: Article, strings: RenderStrings): HTMLElement {
  const header = el(doc, 'header', 'qr-header');
  if (article.siteName) header.append(el(doc, 'p', 'qr-site', article.siteName));
  const title = el(doc, 'h1', 'qr-title', article.title);
  title.id = 'qr-title';
  header.append(title);
  const meta = el(doc, 'p', 'qr-meta');
  const parts: (string | HTMLElement)[] = [];
  if (article.byline) parts.push(el(doc, 'span', 'qr-byline', article.byline));
  if (article.published) {
    const time = el(doc, 'time', 'qr-date', formatDate(article.published, article.lang));
    time.dateTime = article.published;
    parts.push(time);
  }
  parts.push(el(doc, 'span', 'qr-reading-time', strings.minutes(article.readingMinutes)));
  parts.forEach((part, i) => {
    if (i > 0) meta.append(el(doc, 'span', 'qr-sep', ' · '));
    meta.append(part);
  });
  header.append(meta);
  if (article.lead) header.append(el(doc, 'p', 'qr-lead', article.lead));
  if (article.image && /^https?:/i.test(article.image.src)) {
    const figure = el(doc, 'figure', 'qr-lead-image');
    const img = el(doc, 'img');
    img.src = article.image.src;
    img.alt = article.image.caption ?? '';
    img.decoding = 'async';
    figure.append(img);
    if (article.image.caption || article.image.credit) {
      const caption = el(doc, 'figcaption');
      if (article.image.caption) caption.append(el(doc, 'span', 'qr-caption', article.image.caption));
      if (article.image.credit) caption.append(el(doc, 'small', 'qr-credit', article.image.credit));
      figure.append(caption);
    }
    header.append(figure);
  }
  return header;
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
  const doc = win.document;
  const article = analysis.result.article;
  const root = el(doc, 'article', 'qr-article');
  if (!article || !analysis.extraction) return root;
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir;
  root.setAttribute('aria-labelledby', 'qr-title');
  highlightBody(analysis, strings);
  root.append(renderHeader(doc, article, strings));
  const body = el(doc, 'div', 'qr-body');
  body.append(sanitizeToFragment(win, analysis.extraction.body));
  root.append(body);
  if (article.editor) root.append(el(doc, 'p', 'qr-editor', strings.editedBy(article.editor)));
  return root;
}
