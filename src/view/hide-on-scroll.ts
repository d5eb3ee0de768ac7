/**
 * On a narrow screen the toolbar slides away while the reader scrolls down and comes back as
 * soon as they scroll up, as in mobile browsers and Firefox Reader View: a pinned bar would take
 * a sixth of a phone's screen. It stays while its menu is open or the keyboard's focus is in it.
 */

/** Where the bar may slide away: the phone-sized widths of the view's narrow layout. */
const NARROW = '(max-width: 600px)';
/** Scrolling less than this (a finger's jitter, a rounding step) changes nothing. */
const MIN_SCROLL_PX = 8;
/** The class that moves the bar out (toolbar.css). */
const AWAY = 'qr-toolbar-away';

/** Hides `bar` on scrolling down its scrolling parent (the view's page), unless `keep()`. */
export function hideOnScroll(bar: HTMLElement, keep: () => boolean): void {
  const narrow = window.matchMedia(NARROW);
  let lastTop = 0;
  // The page element scrolls, not the window: a scroll event does not bubble, so it is caught on the way down.
  document.addEventListener(
    'scroll',
    (event) => {
      const scroller = bar.parentElement;
      if (!scroller || event.target !== scroller) return;
      const top = scroller.scrollTop;
      if (Math.abs(top - lastTop) < MIN_SCROLL_PX) return;
      const down = top > lastTop;
      lastTop = top;
      const away = narrow.matches && down && top > bar.offsetHeight && !keep() && !bar.querySelector(':focus-visible');
      bar.classList.toggle(AWAY, away);
    },
    { capture: true, passive: true },
  );
  bar.addEventListener('focusin', () => bar.classList.remove(AWAY));
  narrow.addEventListener('change', () => bar.classList.remove(AWAY));
}
