/**
 * Is something of the page's drawn over the view? Asked a few times a second while the view is
 * open, in every browser (Chromium's view also asks the browser itself: view/cover-guard.ts).
 *
 * - A page element put in the top layer after the view (a modal dialog, a popover, a full-screen
 *   element) is above it, whatever its size or transparency; one that was there before the view
 *   opened is beneath it, until it is hidden and shown again.
 * - Hit-testing a few points of the window finds anything else that takes the reader's clicks
 *   there instead of the view (an element in a shadow root of the page's own included).
 * What it cannot see: an element in the page's closed shadow root that ignores the pointer
 * (`pointer-events: none`): it can be drawn above the view without taking a click.
 */

/** Selectors of page elements in the top layer. */
const TOP_LAYER = [':modal', ':popover-open'];

/** Points of the window hit-tested, as fractions of its width and height. */
const PROBES: readonly (readonly [number, number])[] = [
  [0.5, 0.5],
  [0.1, 0.1],
  [0.9, 0.1],
  [0.1, 0.9],
  [0.9, 0.9],
  [0.5, 0.05],
];

/** The page's elements in the top layer now (ours left out). */
function inTopLayer(own: Element): Element[] {
  const found: Element[] = [];
  for (const selector of TOP_LAYER) {
    try {
      for (const el of Array.from(document.querySelectorAll(selector))) if (el !== own) found.push(el);
    } catch {
      /* a browser without this selector has no such elements */
    }
  }
  const full = document.fullscreenElement;
  if (full && full !== own) found.push(full);
  return found;
}

function isInTopLayer(el: Element): boolean {
  return TOP_LAYER.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/**
 * Starts watching over `host` (which must be in the top layer already) and its `frame`; the
 * returned function says what covers the view now, in a few words, or null.
 */
export function watchCover(host: Element, frame: HTMLIFrameElement): () => string | null {
  const beneath = new Set(inTopLayer(host));
  return () => {
    for (const el of beneath) if (!isInTopLayer(el) && document.fullscreenElement !== el) beneath.delete(el);
    const above = inTopLayer(host).find((el) => !beneath.has(el));
    if (above) {
      if (document.fullscreenElement === above) return 'a full-screen element of the page';
      return above.matches(':modal') ? 'a modal dialog of the page' : 'a popover of the page';
    }
    const box = frame.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'the page hid the view';
    for (const [fx, fy] of PROBES) {
      const hit = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
      if (hit !== frame && hit !== host) return 'a page element';
    }
    return null;
  };
}
