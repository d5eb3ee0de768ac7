/**
 * What "Copy quote" puts on the clipboard: `“…” — Name, role (Site, date) URL`, built from the
 * text the view shows (never text the page hid in the quote), in plain characters only.
 */
import { plainText } from '../common/plain-text.js';

/** Quote marks of every style the engine reads: a highlight includes its own. */
const EDGE_MARKS = /^["“”„‟«»‹›‘’'‚「」『』\s]+|["“”„‟«»‹›‘’'‚「」『』\s]+$/gu;
/** A comma or colon the highlight took from inside the closing mark belongs to the sentence around it. */
const TRAILING_JOIN = /[,;:]+$/u;

/**
 * The text of `elements` (a quote's highlight segments, in order) as the reader sees it: text
 * inside anything not rendered (`display: none`, `visibility: hidden`, a ruby's parentheses, an
 * element the page marked `hidden`) is left out; quote marks at either end are taken off.
 */
export function renderedText(elements: readonly Element[]): string {
  let text = '';
  for (const element of elements) {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && isShown(parent)) text += (node as Text).data;
    }
  }
  return plainText(text).replace(EDGE_MARKS, '').replace(TRAILING_JOIN, '');
}

/** Whether `element` is drawn: laid out, and not made invisible. */
function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  // An element without a box of its own shows its children: the question is its parent's.
  if (style.display === 'contents') return element.parentElement ? isShown(element.parentElement) : true;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  return style.display !== 'none' && style.visibility === 'visible' && element.getClientRects().length > 0;
}

export interface CitationParts {
  quote: string;
  /** "Name, role", or the word for an unattributed quote. */
  who: string;
  /** "Site, date", or ''. */
  source: string;
  url: string;
}

/** The citation, every part of it plain text on one line. */
export function citation({ quote, who, source, url }: CitationParts): string {
  const clean = plainText(source);
  return `“${plainText(quote)}” — ${plainText(who)}${clean ? ` (${clean})` : ''} ${plainText(url)}`;
}
