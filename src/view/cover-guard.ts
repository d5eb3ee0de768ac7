/**
 * Which clicks the view acts on: only the reader's own (`isTrusted`), and none while something of
 * the page is drawn over the view, where a reader could be led to click what they cannot see.
 *
 * Two witnesses say the view is covered. In Chromium, the view watches itself with
 * IntersectionObserver v2 (`trackVisibility`): the browser reports whether the view is drawn
 * unoccluded, at full opacity and untransformed, whatever the page put above it, however
 * transparent. Everywhere, the page side (reader.js) reports page elements that took the top
 * layer above the view or that hit-testing finds over it.
 */

/** IntersectionObserver v2's options and entry field, missing from TypeScript's DOM types. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** The least `delay` IntersectionObserver v2 accepts, in ms. */
const VISIBILITY_DELAY_MS = 100;

/** Pointer and activation events refused while covered, and from anything but the reader. */
const CLICKS = ['click', 'dblclick', 'auxclick', 'mousedown', 'pointerdown'] as const;

export interface CoverGuard {
  /** What the page side found over the view: a few words, or null for nothing. */
  setPageCover(by: string | null): void;
}

/**
 * Guards clicks in this document; `target` is the view's outermost element (what must be seen
 * whole), and `onChange` hears when the view becomes covered or uncovered (to say so).
 */
export function guardClicks(target: Element, onChange: (covered: boolean) => void): CoverGuard {
  let pageCover: string | null = null;
  const tracks = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  /** Chromium only: null until its first report (clicks wait for it), then whether the view is seen whole. */
  let seen: boolean | null = null;
  let covered = false;

  const update = (): void => {
    const now = pageCover !== null || seen === false;
    if (now === covered) return;
    covered = now;
    onChange(now);
  };
  if (tracks) {
    const init: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS, threshold: [0, 1] };
    new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (!last) return;
      seen = last.isVisible === true;
      update();
    }, init).observe(target);
  }
  const refuse = (event: Event): void => {
    if (event.isTrusted && !covered && !(tracks && seen === null)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of CLICKS) window.addEventListener(type, refuse, true);
  return {
    setPageCover(by) {
      pageCover = by;
      update();
    },
  };
}
