/**
 * Which quote is being read: the first highlight in the reading band of the window (below the
 * toolbar, in its upper half), followed with an IntersectionObserver so that scrolling costs no
 * layout reads. `onChange` hears the quote's index, or null once no quote has been in the band.
 */
import { QUOTE_ID_ATTR } from '../core/render/render.js';

/** The band of the window where a quote counts as read: IntersectionObserver margins (top, right, bottom, left). */
const READING_BAND = '-15% 0px -45% 0px';

/** Follows the quotes of `main` as `scroller` scrolls; tells `onChange` when the quote in view changes. */
export function followQuoteInView(main: HTMLElement, onChange: (id: number | null) => void): void {
  const inBand = new Set<number>();
  let current: number | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = Number(entry.target.getAttribute(QUOTE_ID_ATTR));
        if (entry.isIntersecting) inBand.add(id);
        else inBand.delete(id);
      }
      // Marks are observed in reading order, and quote indices follow it.
      const first = inBand.size ? Math.min(...inBand) : current;
      if (first !== current) {
        current = first;
        onChange(current);
      }
    },
    { rootMargin: READING_BAND },
  );
  for (const mark of main.querySelectorAll(`mark[${QUOTE_ID_ATTR}][data-quote-first]`)) observer.observe(mark);
}
