/**
 * A DW article's metadata, read (never changed) from the page: title without DW's tail, the real
 * authors without dateline, the byline as shown, the date as ISO 8601, the lead and the lead image.
 */
import { isDottedDate, toIsoDate } from '../../extract/dates.js';
import { figureToImage } from '../../extract/figures.js';
import { jsonLdArticle, ldNames, metaContent, type JsonLd } from '../../extract/meta.js';
import { normalizeSpace } from '../../extract/paragraphs.js';
import type { ArticleImage } from '../../types.js';
import { splitNames } from './body.js';
import { DW_TITLE_TAIL } from './detect.js';
import { DW_FIGURE_RULES } from './images.js';
import type { DwParts } from './layout.js';

/** The date at the end of a title: "… | DW | 28.04.2023", "… – DW – ۱۴۰۲/۰۸/۱۲" (any digits). */
const TITLE_TAIL_DATE = /([\p{Nd}]{1,4}[./][\p{Nd}]{1,2}[./][\p{Nd}]{2,4})\s*$/u;

/** A URL line of the older meta list (the permalink). */
const URL_TEXT = /^https?:\/\//;

/** Parts of the byline that are not names: the dateline ("Houston"), screen-reader copies. */
const NOT_BYLINE = '.extra-info, .sr-only, .visually-hidden, [aria-hidden="true"]';

/** An editor's initials after a name in the older meta list: "Ben Knight (ers)". */
const EDITOR_INITIALS = /\s*\(\p{Ll}{1,6}\)$/u;

/** A space left before punctuation where byline elements met: "Jane Doe , John Roe". */
const SPACE_BEFORE_PUNCTUATION = /\s+([,;.])/g;

/** Any letter: a byline part without one is a separator ("|", "/"). */
const LETTER = /\p{L}/u;

/** The colon that may follow an older meta list's label ("Feedback: …"). */
const LEADING_COLON = /^[:：]\s*/;

/** The publisher is not an author: DW's older pages name "Deutsche Welle (www.dw.com)". */
const PUBLISHER = /deutsche welle|^dw$/i;

/** What `readDwMeta` reads off the page; the body's closing lines may add authors and the editor. */
export interface DwMeta {
  title: string;
  byline: string | null;
  authors: string[];
  published: string | null;
  lead: string | null;
  image: ArticleImage | null;
}

/** Reads the metadata of the DW article whose parts are `parts` (in `doc`). */
export function readDwMeta(doc: Document, parts: DwParts, base: string): DwMeta {
  const ld = jsonLdArticle(doc);
  const { byline, authors } = readAuthors(parts, ld);
  const leadText = parts.lead ? normalizeSpace(parts.lead.textContent ?? '') : '';
  return {
    title: readTitle(doc, parts, ld),
    byline,
    authors,
    published: readPublished(doc, parts, ld),
    lead: leadText || metaContent(doc, 'og:description', 'description'),
    image: parts.leadFigure ? figureToImage(parts.leadFigure, base, DW_FIGURE_RULES) : null,
  };
}

/** What Readability leaves of the tail when it cuts a title at its last separator: "… | DW". */
const DW_NAME_TAIL = /\s*[|–—-]\s*DW\s*$/;

/** A title without DW's " – DW – date" / " | DW | date" tail. */
export function stripDwTitleTail(title: string): string {
  return normalizeSpace(title.replace(DW_TITLE_TAIL, '').replace(DW_NAME_TAIL, ''));
}

function readTitle(doc: Document, parts: DwParts, ld: JsonLd | null): string {
  const candidates = [
    parts.title?.textContent,
    metaContent(doc, 'og:title'),
    typeof ld?.headline === 'string' ? ld.headline : null,
    doc.title,
  ];
  for (const candidate of candidates) {
    const title = stripDwTitleTail(candidate ?? '');
    if (title) return title;
  }
  return '';
}

function readPublished(doc: Document, parts: DwParts, ld: JsonLd | null): string | null {
  const fromMeta =
    toIsoDate(typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    toIsoDate(metaContent(doc, 'date', 'article:published_time', 'og:article:published_time')) ??
    toIsoDate(parts.root.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (fromMeta) return fromMeta;
  if (parts.layout === 'older' && parts.byline) {
    for (const li of Array.from(parts.byline.querySelectorAll(':scope > li'))) {
      const value = listValue(li);
      if (isDottedDate(value)) return toIsoDate(value);
    }
  }
  return toIsoDate(TITLE_TAIL_DATE.exec(metaContent(doc, 'og:title') ?? doc.title)?.[1]);
}

function readAuthors(parts: DwParts, ld: JsonLd | null): { byline: string | null; authors: string[] } {
  const fromLd = ldNames(ld?.author).filter((n) => !PUBLISHER.test(n));
  const dom = parts.layout === 'older' ? olderAuthors(parts) : currentAuthors(parts);
  const authors = fromLd.length ? fromLd : dom.authors;
  return { byline: dom.byline ?? (authors.length ? authors.join(', ') : null), authors };
}

/** `.author-details`: author links or spans, separators, an optional dateline. */
function currentAuthors(parts: DwParts): { byline: string | null; authors: string[] } {
  const box = parts.byline;
  if (!box) return { byline: null, authors: [] };
  let els = Array.from(box.querySelectorAll('a.author-link, .author'));
  if (!els.length) {
    // 2024 layout: only generated class names; each name is the first element of a child span.
    els = Array.from(box.children)
      .map((child) => firstNamedElement(child))
      .filter((el): el is Element => el !== null);
  }
  const authors = els.map((el) => normalizeSpace(el.textContent ?? '')).filter(Boolean);
  const byline = normalizeSpace(visibleText(box)).replace(SPACE_BEFORE_PUNCTUATION, '$1');
  return { byline: byline || null, authors };
}

function firstNamedElement(el: Element): Element | null {
  for (const child of Array.from(el.children)) {
    if (child.matches(NOT_BYLINE) || !LETTER.test(child.textContent ?? '')) continue;
    return child;
  }
  return LETTER.test(el.textContent ?? '') && el.children.length === 0 ? el : null;
}

/** Text of `el` without dateline and hidden copies, with a space at every element boundary. */
function visibleText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && !(node as Element).matches(NOT_BYLINE)) out += ` ${visibleText(node as Element)} `;
  }
  return out;
}

/**
 * The older meta list `ul.smallList`: each `li` is a `strong` label and a value. Labels are
 * translated, so the author line is found by shape: the first value that is not a date, not a
 * URL and has no links (the list runs: date, author, topics, keywords, ...).
 */
function olderAuthors(parts: DwParts): { byline: string | null; authors: string[] } {
  for (const li of Array.from(parts.byline?.querySelectorAll(':scope > li') ?? [])) {
    const value = listValue(li);
    if (!value || isDottedDate(value) || URL_TEXT.test(value) || li.querySelector('a')) continue;
    if (!LETTER.test(value)) continue;
    return { byline: value, authors: splitNames(value).map((n) => n.replace(EDITOR_INITIALS, '')) };
  }
  return { byline: null, authors: [] };
}

/** An `li`'s value: its text without the `strong` label. */
function listValue(li: Element): string {
  let out = '';
  for (const node of Array.from(li.childNodes)) {
    if (node.nodeType === 1 && (node as Element).tagName === 'STRONG') continue;
    out += node.textContent ?? '';
  }
  return normalizeSpace(out).replace(LEADING_COLON, '');
}
