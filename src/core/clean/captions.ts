/**
 * Captions and figure furniture on pages no site claimed. Many pages mark a caption only by a
 * class ("caption", "wp-caption-text", "thumbcaption", "dnd-caption-wrapper", a `ul.caption`),
 * which Readability strips: the caption then reads as a body paragraph or a bullet. Here such an
 * element, beside an image, becomes a real `<figcaption>` (small and muted in the view); and the
 * icon-only controls inside a figure ("expand", "enlarge") go. By structure and class, never wording.
 */

/** A class token that names a caption: "caption", "wp-caption-text", "thumbcaption", "pb-caption". */
const CAPTION_TOKEN = /caption/i;

/** Tokens that say something about a caption without being one ("no_caption", "has-caption"). */
const NOT_A_CAPTION_TOKEN = /^(?:no|has|with|without)[-_]?caption/i;

/** A caption is at most a few sentences; a longer "caption" block is an article's text. */
const MAX_CAPTION_CHARS = 600;

/** How many levels up from a caption its image may be (caption → wrapper → figure-like box). */
const IMAGE_LEVELS = 3;

/** Boxes too big to be a caption's figure: an image anywhere in them is not beside the caption. */
const PAGE_BOXES = new Set(['body', 'main', 'article', 'html']);

/** What an image is, for a caption to sit beside one. */
const MEDIA = 'img, picture, video, iframe';

/** Class tokens of a caption's credit part ("Source: Supplied", "Photo: AP"). */
const CREDIT_TOKEN = /credit|copyright|source|byline|attribution/i;

/** Block elements a caption's parts may be wrapped in, read as inline text in a figcaption. */
const BLOCKS_IN_CAPTION = 'p, div, ul, ol, li, section, header, footer, h2, h3, h4, h5, h6';

/**
 * A "caption" that is only its photo credit stays as it is: made a figcaption, it left its box
 * without a paragraph, and Readability dropped the box with the text beside it (buzzfeed-1).
 */
function onlyCredit(el: Element, text: string): boolean {
  const credits = Array.from(el.querySelectorAll('*')).filter((part) =>
    Array.from(part.classList).some((token) => CREDIT_TOKEN.test(token)),
  );
  return credits.reduce((n, part) => n + (part.textContent ?? '').trim().length, 0) >= text.length;
}

function isCaptionClass(el: Element): boolean {
  for (const token of el.classList) {
    if (CAPTION_TOKEN.test(token) && !NOT_A_CAPTION_TOKEN.test(token)) return true;
  }
  return el.getAttribute('itemprop') === 'caption';
}

/** A box whose class says caption but that holds the image too ("wp-caption") is a figure, not a caption. */
function hasCaptionAncestor(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.localName === 'figcaption' || (isCaptionClass(p) && !p.querySelector(MEDIA))) return true;
  }
  return false;
}

/** A player's or a menu's control ("captions" in a video player's bar) is no caption. */
const CONTROL = 'button, [role="button"], [role="menu"], [role="menuitem"], [role="toolbar"], [role="dialog"]';

/** Whether an image is within `IMAGE_LEVELS` levels above `el` (its figure-like box). */
function besideImage(el: Element): boolean {
  let box = el.parentElement;
  for (let level = 0; box && level < IMAGE_LEVELS; level++, box = box.parentElement) {
    if (PAGE_BOXES.has(box.localName)) return false; // the whole page or article is no figure
    if (box.querySelector(MEDIA)) return true;
  }
  return false;
}

/** The class-marked captions of `doc` that stand beside an image, outermost only. */
function classCaptions(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class*="caption" i], [itemprop="caption"]'))) {
    if (el.localName === 'figcaption' || el.localName === 'body' || !isCaptionClass(el)) continue;
    if (el.querySelector(MEDIA) || hasCaptionAncestor(el)) continue; // a captioned box, or a part of a caption
    if (el.querySelector('figcaption') || el.matches(CONTROL) || el.closest(CONTROL)) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > MAX_CAPTION_CHARS || !besideImage(el) || onlyCredit(el, text)) continue;
    found.push(el);
  }
  return found;
}

/** `el`'s children moved into a new `<figcaption>`, blocks and list items unwrapped, the credit as `<small>`. */
function toFigcaption(el: Element): Element {
  const doc = el.ownerDocument;
  const figcaption = doc.createElement('figcaption');
  figcaption.append(...Array.from(el.childNodes));
  for (const part of Array.from(figcaption.querySelectorAll('*'))) {
    if (Array.from(part.classList).some((token) => CREDIT_TOKEN.test(token))) {
      const small = doc.createElement('small');
      small.append(...Array.from(part.childNodes));
      part.replaceWith(small);
    }
  }
  for (const block of Array.from(figcaption.querySelectorAll(BLOCKS_IN_CAPTION)).reverse()) {
    block.replaceWith(' ', ...Array.from(block.childNodes), ' ');
  }
  return figcaption;
}

/** Every class-marked caption beside an image becomes a `<figcaption>`, in place. */
export function captionsToFigcaptions(doc: Document): void {
  for (const el of classCaptions(doc)) el.replaceWith(toFigcaption(el));
}

/**
 * Icon-only controls inside a figure or its caption: an `svg` or a `button`, and a link or span
 * left with no text and no image ("expand", "enlarge" overlays). A figure's own image is never one.
 */
export function removeFigureIcons(doc: Document): void {
  for (const figure of Array.from(doc.querySelectorAll('figure, figcaption'))) {
    if (figure.localName === 'figure' && !figure.querySelector(MEDIA)) continue; // an svg that is the figure itself
    for (const icon of Array.from(figure.querySelectorAll('svg, button, [role="button"]'))) icon.remove();
    for (const el of Array.from(figure.querySelectorAll('a, span'))) {
      if (!(el.textContent ?? '').trim() && !el.querySelector(MEDIA)) el.remove();
    }
  }
}
