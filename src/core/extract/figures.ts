/**
 * Figures: lazy and templated image sources made real, captions split from photo credits.
 * Works on the working copy only. A site adds its own image addresses and credit conventions
 * through `FigureRules`.
 */
import { normalizeSpace } from './paragraphs.js';
import type { ArticleImage } from '../types.js';

/** What a site knows about its own figures. */
export interface FigureRules {
  /** The address of a real rendition, for a site whose image addresses are templates. */
  imageUrl?: (url: string) => string;
  /**
   * Whether `figure` keeps its photo credit in parentheses at the end of the image's title
   * ("Tahir Della (picture-alliance/dpa)"), and its caption there when it has no caption element.
   */
  creditInTitle?: (figure: Element) => boolean;
}

/** Class of a normalized figure's credit, which Readability must keep: the view styles it. */
export const CREDIT_CLASS = 'credit';

/** Attributes that lazy loaders keep the real source in, most specific first. */
const LAZY_SRC_ATTRIBUTES = ['data-url', 'data-src', 'data-lazy-src', 'data-original'];

/**
 * A photo credit's leading label: one to three words and a colon ("Image:", "Bild:", "Foto:",
 * "图片：") in any script, never a whole credit like "picture-alliance/dpa".
 */
const CREDIT_LABEL = /^\s*[\p{L}\p{M}]+(?:[ .][\p{L}\p{M}]+){0,2}\s*[:：]\s*/u;

/** A credit without its label: "Image: Phil Noble/REUTERS" -> "Phil Noble/REUTERS". */
export function stripCreditLabel(credit: string): string {
  const text = normalizeSpace(credit);
  const stripped = text.replace(CREDIT_LABEL, '');
  return stripped || text;
}

/** The widest candidate of a `srcset`, or null. */
function widestOfSrcset(srcset: string | null): string | null {
  let best: string | null = null;
  let bestWidth = -1;
  for (const candidate of (srcset ?? '').split(',')) {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const width = descriptor ? parseFloat(descriptor) : 0;
    if (width > bestWidth) {
      best = url;
      bestWidth = width;
    }
  }
  return best;
}

/** The URL an `img` really shows: its `src`, else a lazy attribute, else its widest srcset. */
function realImageSource(img: Element, base: string, imageUrl: (url: string) => string): string | null {
  const src = img.getAttribute('src')?.trim();
  const candidates = [
    src && !src.startsWith('data:') ? src : null,
    ...LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a)),
    widestOfSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset')),
    widestOfSrcset(img.closest('picture')?.querySelector('source')?.getAttribute('srcset') ?? null),
  ];
  const found = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return found ? absolute(imageUrl(found.trim()), base) : null;
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** A photo credit in parentheses at the end of an image's title: "Tahir Della (picture-alliance/dpa)". */
const TRAILING_CREDIT = /\s*\(([^()]{2,80})\)\s*$/;

/** A figure read as data: real source, alt text, caption and credit. */
export interface FigureData {
  src: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

/**
 * Reads a figure: caption in `figcaption` (or a `p` child), credit in its `small`, `.copyright`
 * or `.credit`, or, where `rules.creditInTitle` says so, at the end of the image's title.
 * Null when it has no image.
 */
export function readFigure(figure: Element, base: string, rules: FigureRules = {}): FigureData | null {
  const img = figure.querySelector('img');
  const src = img ? realImageSource(img, base, rules.imageUrl ?? ((url) => url)) : null;
  if (!img || !src) return null;
  let alt = normalizeSpace(img.getAttribute('alt') ?? '') || null;
  const captionEl = figure.querySelector('figcaption') ?? figure.querySelector(':scope > p');
  const creditEl = captionEl?.querySelector('small, .copyright, .credit') ?? null;
  let credit = creditEl ? stripCreditLabel(creditEl.textContent ?? '') : null;
  let caption = captionEl ? textWithout(captionEl, creditEl) : null;
  if (rules.creditInTitle?.(figure)) {
    const title = normalizeSpace(img.getAttribute('title') ?? alt ?? '');
    const trailing = TRAILING_CREDIT.exec(title);
    if (trailing) {
      credit ??= normalizeSpace(trailing[1]!);
      alt = alt?.replace(TRAILING_CREDIT, '') || null;
    }
    caption ||= title.replace(TRAILING_CREDIT, '') || null;
  }
  return { src, alt, caption: caption || null, credit: credit || null };
}

function textWithout(el: Element, skip: Element | null): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (skip && (node === skip || node.contains(skip))) continue;
    text += ` ${node.textContent ?? ''}`;
  }
  return normalizeSpace(text);
}

/**
 * A figure whose image is missing (no source at all) but whose caption is there: the caption
 * still says what the paragraph beside it refers to, so it stays, as a figure without an image.
 */
function captionOnly(figure: Element): (Omit<FigureData, 'src'> & { src: null }) | null {
  const captionEl = figure.querySelector('figcaption');
  if (!captionEl) return null;
  const creditEl = captionEl.querySelector('small, .copyright, .credit');
  const caption = textWithout(captionEl, creditEl) || null;
  const credit = creditEl ? stripCreditLabel(creditEl.textContent ?? '') || null : null;
  return caption ? { src: null, alt: null, caption, credit } : null;
}

/** The lead image as data, or null when the figure has no usable image. */
export function figureToImage(figure: Element, base: string, rules: FigureRules = {}): ArticleImage | null {
  const data = readFigure(figure, base, rules);
  return data ? { src: data.src, caption: data.caption, credit: data.credit } : null;
}

/**
 * Rebuilds `figure` (any element holding an image) in place as a plain
 * `<figure><img><figcaption>caption <small class="credit">credit</small></figcaption></figure>`,
 * with a real source and the credit's label removed. Drops it when it has neither image nor
 * caption; keeps `<figure><figcaption>` when only the image is missing.
 */
export function normalizeFigure(figure: Element, base: string, rules: FigureRules = {}): void {
  const data = readFigure(figure, base, rules) ?? captionOnly(figure);
  if (!data) {
    figure.remove();
    return;
  }
  const doc = figure.ownerDocument;
  const out = doc.createElement('figure');
  if (data.src) {
    const image = doc.createElement('img');
    image.setAttribute('src', data.src);
    if (data.alt) image.setAttribute('alt', data.alt);
    out.append(image);
  }
  if (data.caption || data.credit) {
    const figcaption = doc.createElement('figcaption');
    if (data.caption) figcaption.append(doc.createTextNode(data.caption));
    if (data.credit) {
      const small = doc.createElement('small');
      small.className = CREDIT_CLASS;
      small.textContent = data.credit;
      figcaption.append(data.caption ? ' ' : '', small);
    }
    out.append(figcaption);
  }
  figure.replaceWith(out);
}
