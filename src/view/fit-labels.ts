/**
 * Keeps the toolbar on one row whatever the language and window: when the row overflows, the
 * `extra` labels fold away first, then the `main` ones, then the print button (phones print from
 * the browser's menu). A folded button keeps its icon, accessible name and tooltip.
 */

/** From roomiest to tightest: the value of the toolbar's `data-fit`, which the stylesheet reads. */
const FITS = ['all', 'main', 'icons', 'tight'] as const;

/** Fits `bar` now and whenever its width changes; returns a function that fits it again. */
export function fitLabels(bar: HTMLElement): () => void {
  // The children's own widths against the room inside the bar: its scroll width would count the
  // open menu, and the close button's auto margin hides how short the row is.
  const overflows = (): boolean => {
    const style = getComputedStyle(bar);
    const room = bar.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const items = Array.from(bar.children).filter((c) => c.getBoundingClientRect().width > 0);
    const gaps = Math.max(0, items.length - 1) * (parseFloat(style.columnGap) || 0);
    return items.reduce((sum, c) => sum + c.getBoundingClientRect().width, 0) + gaps > room + 0.5;
  };
  function fitNow(): void {
    for (const fit of FITS) {
      bar.dataset.fit = fit;
      if (!overflows()) return;
    }
  }
  // Only the bar's width matters; its content changing (a fold) does not resize it.
  let width = -1;
  new ResizeObserver(() => {
    if (bar.clientWidth === width) return;
    width = bar.clientWidth;
    fitNow();
  }).observe(bar);
  return fitNow;
}
