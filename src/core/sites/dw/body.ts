/**
 * DW's running text, prepared on the working copy before Readability scores it: chrome inside the
 * body removed, figures rebuilt with real images and split credits, older bold-paragraph
 * subheadings made headings, "Read more" and newsletter lines dropped, and the closing
 * "Edited by" / author lines taken out as metadata.
 */
import { normalizeFigure } from '../../extract/figures.js';
import { normalizeSpace } from '../../extract/paragraphs.js';
import { DW_FIGURE_RULES, DW_FIGURES } from './images.js';
import { AUTHOR_LABELS, EDITOR_LABELS } from './labels.js';

/**
 * Chrome inside DW's body: ads (`.advertisement`, the empty `span.rich-text-ad` slots), video
 * players that cannot play in the reading view (`.vjs-wrapper` with a heading of their own),
 * link icons (`svg`), the older layout's picture galleries and video teasers, sharing widgets and
 * form inputs.
 */
const BODY_CHROME = [
  'script',
  'style',
  'noscript',
  'template',
  'input',
  'button',
  'svg',
  '.advertisement',
  '.rich-text-ad',
  '.gpt-slot',
  '.adWrapper',
  '.vjs-wrapper',
  'video',
  'audio',
  '.gallery',
  '.imgTeaserL',
  '.mediaItem',
  '.slideshow',
  '.teaserContentWrap',
  '#sharing-bar',
  '[data-tracking-name^="sharing"]',
];

/** A closing credit line, "label: name" ("Edited by: sri", "Auteur : Kossivi Tiassou"). */
const LABEL_LINE = /^([^:：]{1,40}?)\s*[:：]\s*(\S.{0,120})$/su;

/** Non-link text that leaves a paragraph a mere link line: punctuation and spaces only. */
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;

/** Separators between names in one credit: "A, B", "A | B", "A / B", "A; B". */
const NAME_SEPARATOR = /\s*[,|/;]\s*/;

/** What the body's closing lines said. */
export interface BodyNotes {
  editor: string | null;
  authors: string[];
}

/** Prepares each of `bodies` (elements of the working copy) in place; returns the credit notes. */
export function prepareDwBody(bodies: readonly Element[], base: string): BodyNotes {
  for (const body of bodies) {
    for (const el of Array.from(body.querySelectorAll(BODY_CHROME.join(', ')))) el.remove();
    for (const el of Array.from(body.querySelectorAll('blockquote'))) {
      if (!normalizeSpace(el.textContent ?? '')) el.remove(); // an embed that never loaded
    }
    for (const fig of Array.from(body.querySelectorAll(DW_FIGURES))) normalizeFigure(fig, base, DW_FIGURE_RULES);
    for (const p of Array.from(body.querySelectorAll('p'))) {
      if (isLinkLine(p)) p.remove();
      else if (isBoldLine(p)) toHeading(p);
    }
  }
  const last = bodies[bodies.length - 1];
  return last ? takeClosingNotes(last) : { editor: null, authors: [] };
}

/**
 * "Read more: <a>…</a>" and the newsletter promo: a paragraph that is a link and nothing else
 * but emphasis and punctuation, in any language.
 */
function isLinkLine(p: Element): boolean {
  if (!p.querySelector('a[href]')) return false;
  let rest = '';
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === 3) rest += node.textContent ?? '';
    else if (node.nodeType === 1 && !['A', 'EM', 'I', 'STRONG', 'B'].includes((node as Element).tagName)) {
      rest += node.textContent ?? '';
    }
  }
  return ONLY_PUNCTUATION.test(rest);
}

/** The older layout's subheadings are paragraphs holding one `strong`. */
function isBoldLine(p: Element): boolean {
  const only = p.children.length === 1 ? p.children[0] : undefined;
  if (!only || !['STRONG', 'B'].includes(only.tagName)) return false;
  const text = normalizeSpace(p.textContent ?? '');
  return text !== '' && text === normalizeSpace(only.textContent ?? '');
}

function toHeading(p: Element): void {
  const h = p.ownerDocument.createElement('h2');
  h.textContent = normalizeSpace(p.textContent ?? '');
  p.replaceWith(h);
}

/**
 * Takes the closing "label: name" paragraphs off the end of `body`. A line set wholly in
 * emphasis is DW's editor note whatever its language ("Edited by: sri"); a plain line counts
 * only when its label is a known author or editor label (labels.ts).
 */
function takeClosingNotes(body: Element): BodyNotes {
  const notes: BodyNotes = { editor: null, authors: [] };
  const paragraphs = Array.from(body.querySelectorAll('p'));
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const text = normalizeSpace(p.textContent ?? '');
    if (!text) continue;
    const match = LABEL_LINE.exec(text);
    if (!match) break;
    const label = match[1]!.toLowerCase().trim();
    const value = match[2]!.trim();
    if (AUTHOR_LABELS.includes(label)) notes.authors.unshift(...splitNames(value));
    else if (EDITOR_LABELS.includes(label) || isEmphasisOnly(p)) notes.editor ??= value;
    else break;
    p.remove();
  }
  return notes;
}

function isEmphasisOnly(p: Element): boolean {
  const only = p.children.length === 1 ? p.children[0] : undefined;
  return (
    !!only &&
    ['EM', 'I'].includes(only.tagName) &&
    normalizeSpace(only.textContent ?? '') === normalizeSpace(p.textContent ?? '')
  );
}

/** Names in one credit: "A, B", "A | B", "A / B", "A; B". */
export function splitNames(value: string): string[] {
  return value
    .split(NAME_SEPARATOR)
    .map((n) => normalizeSpace(n))
    .filter(Boolean);
}
