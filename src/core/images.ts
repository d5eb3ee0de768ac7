/**
 * Images: lazy and templated sources made real, captions split from photo credits.
 * Works on the working copy only.
 */
import type { ArticleImage } from './types.js';
import { normalizeSpace } from './paragraphs.js';

/**
 * DW's image URLs name a rendition: `77549352_605.jpg`. Lazy images carry the template
 * `77549352_${formatId}.jpg`; 605 is the 16:9 rendition 1199 px wide (the largest of the `60x`
 * series in DW's own srcset), sharp in a reading column on a high-density screen.
 */
const DW_FORMAT_ID = '605';

/** The placeholder in DW's templated image URLs (peer mercury-en-world-cup-2026.html). */
const FORMAT_ID_PLACEHOLDER = /\$\{formatId\}|%24%7BformatId%7D/g;

/** Attributes that lazy loaders keep the real source in, most specific first. */
const LAZY_SRC_ATTRIBUTES = ['data-url', 'data-src', 'data-lazy-src', 'data-original'];

/**
 * A photo credit's leading label: one to three words and a colon ("Image:", "Bild:", "Foto:",
 * "图片：") in any script, never a whole credit like "picture-alliance/dpa".
 */
const CREDIT_LABEL = /^\s*[\p{L}\p{M}]+(?:[ .][\p{L}\p{M}]+){0,2}\s*[:：]\s*/u;

/** Replaces DW's `${formatId}` with a real rendition. */
export function realDwImageUrl(url: string): string {
  return url.replace(FORMAT_ID_PLACEHOLDER, DW_FORMAT_ID);
}

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
function realImageSource(img: Element, base: string): string | null {
  const src = img.getAttribute('src')?.trim();
  const candidates = [
    src && !src.startsWith('data:') ? src : null,
    ...LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a)),
    widestOfSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset')),
    widestOfSrcset(img.closest('picture')?.querySelector('source')?.getAttribute('srcset') ?? null),
  ];
  const found = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return found ? absolute(realDwImageUrl(found.trim()), base) : null;
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * The older layout keeps a photo's credit in parentheses at the end of the image's title
 * ("Tahir Della (picture-alliance/dpa/L. Schwedes)", peer trafilatura-en-colonial.html).
 */
const TRAILING_CREDIT = /\s*\(([^()]{2,80})\)\s*$/;

/** A figure read as data: real source, alt text, caption and credit. */
export interface FigureData {
  src: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

/**
 * Reads a DW `figure` (caption in `figcaption`, credit in its `small`) or an older `div.picBox`
 * (caption in a `p`, credit at the end of the image's title). Null when it has no image.
 */
export function readFigure(figure: Element, base: string): FigureData | null {
  const img = figure.querySelector('img');
  const src = img ? realImageSource(img, base) : null;
  if (!img || !src) return null;
  let alt = normalizeSpace(img.getAttribute('alt') ?? '') || null;
  const captionEl = figure.querySelector('figcaption') ?? figure.querySelector(':scope > p');
  const creditEl = captionEl?.querySelector('small, .copyright, .credit') ?? null;
  let credit = creditEl ? stripCreditLabel(creditEl.textContent ?? '') : null;
  let caption = captionEl ? textWithout(captionEl, creditEl) : null;
  if (figure.tagName !== 'FIGURE') {
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

/** The lead image as data, or null when the figure has no usable image. */
export function figureToImage(figure: Element, base: string): ArticleImage | null {
  const data = readFigure(figure, base);
  return data ? { src: data.src, caption: data.caption, credit: data.credit } : null;
}

/**
 * Rebuilds `figure` (a DW `figure` or older `.picBox`) in place as a plain
 * `<figure><img><figcaption>caption <small class="credit">credit</small></figcaption></figure>`,
 * with a real source and the credit's label removed. Drops it when it has no image.
 */
export function normalizeFigure(figure: Element, base: string): void {
  const data = readFigure(figure, base);
  if (!data) {
    figure.remove();
    return;
  }
  const doc = figure.ownerDocument;
  const out = doc.createElement('figure');
  const image = doc.createElement('img');
  image.setAttribute('src', data.src);
  if (data.alt) image.setAttribute('alt', data.alt);
  out.append(image);
  if (data.caption || data.credit) {
    const figcaption = doc.createElement('figcaption');
    if (data.caption) figcaption.append(doc.createTextNode(data.caption));
    if (data.credit) {
      const small = doc.createElement('small');
      small.className = 'credit';
      small.textContent = data.credit;
      figcaption.append(data.caption ? ' ' : '', small);
    }
    out.append(figcaption);
  }
  figure.replaceWith(out);
}
