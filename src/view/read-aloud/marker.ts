/**
 * Marks the sentence being read and keeps it in view. The sentence is a CSS Custom Highlight
 * (no element is added to the article, so its text and the highlights' marks stay as they are);
 * its paragraph also takes a class, which is what a browser without `CSS.highlights` shows.
 */
import type { PlannedUtterance } from './plan.js';

/** The name of the highlight in `::highlight()`. */
const SENTENCE_HIGHLIGHT = 'qr-read-aloud';
/** The class of the paragraph being read. */
const READING_CLASS = 'qr-aloud-reading';

/** The part of the uncovered height a sentence may be read in before the article scrolls it up. */
const KEEP_ABOVE = 0.8;

export interface Marker {
  /** Marks `utterance` (null: nothing) and scrolls it into the part of `scroller` that is not covered. */
  show(utterance: PlannedUtterance | null): void;
}

/** `covers()` gives the heights covered at the top and the bottom of the scroller (toolbar, controls). */
export function createMarker(scroller: HTMLElement, covers: () => { top: number; bottom: number }): Marker {
  let paragraph: Element | null = null;
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;

  return {
    show(utterance) {
      if (paragraph !== utterance?.element) {
        paragraph?.classList.remove(READING_CLASS);
        paragraph = utterance?.element ?? null;
        paragraph?.classList.add(READING_CLASS);
      }
      if (!utterance) {
        highlights?.delete(SENTENCE_HIGHLIGHT);
        return;
      }
      const range = document.createRange();
      range.setStart(utterance.start.node, utterance.start.offset);
      range.setEnd(utterance.end.node, utterance.end.offset);
      highlights?.set(SENTENCE_HIGHLIGHT, new Highlight(range));

      const box = range.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      const { top, bottom } = covers();
      const visibleTop = frame.top + top;
      const visibleBottom = frame.bottom - bottom;
      // Read on down the screen until the sentence nears the bottom, then bring it back to the middle.
      const readingBottom = visibleTop + (visibleBottom - visibleTop) * KEEP_ABOVE;
      if (box.top >= visibleTop && box.bottom <= readingBottom) return;
      scroller.scrollTop += box.top + box.height / 2 - (visibleTop + visibleBottom) / 2;
    },
  };
}
