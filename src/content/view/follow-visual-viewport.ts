/**
 * Keeps the holder on the screen where a fixed, `inset: 0` box is not: on a phone showing a page
 * wider than its screen, the layout viewport (which fixed boxes fill) grows past the visual one
 * (what the screen shows), e.g. 385 × 792 on a 360 × 740 Chromium phone, and the view's right and
 * bottom edges fall off the screen. While the view is open the holder takes the visual viewport's
 * place and size; where both viewports agree (a desktop window) its style is never touched.
 */

/** Below this, in CSS pixels, the two viewports are the same (sub-pixel rounding). */
const SAME_PX = 0.5;

/** Whether the holder's own fixed box already is what the screen shows. */
function coversScreen(host: HTMLElement, vv: VisualViewport): boolean {
  const box = host.getBoundingClientRect();
  return (
    vv.scale === 1 &&
    Math.abs(vv.offsetLeft - box.left) < SAME_PX &&
    Math.abs(vv.offsetTop - box.top) < SAME_PX &&
    Math.abs(vv.width - box.width) < SAME_PX &&
    Math.abs(vv.height - box.height) < SAME_PX
  );
}

/**
 * Places `host` (shown, position: fixed) on the visual viewport now and on each of its `resize`
 * and `scroll` events; the returned function stops that. A page zoomed out below 1 (to fit a wide
 * page) is countered by a scale, so the view's CSS pixels are the screen's. A reader's pinch-zoom
 * in is not: the view then fills the screen at fewer CSS pixels and reflows, larger.
 */
export function followVisualViewport(host: HTMLElement): () => void {
  const vv = window.visualViewport;
  if (!vv) return () => undefined;
  let following = false;
  const place = () => {
    if (!following && coversScreen(host, vv)) return;
    following = true;
    const zoom = Math.min(vv.scale, 1);
    const set = (name: string, value: string) => host.style.setProperty(name, value, 'important');
    set('left', `${vv.offsetLeft}px`);
    set('top', `${vv.offsetTop}px`);
    set('right', 'auto');
    set('bottom', 'auto');
    set('width', `${vv.width * zoom}px`);
    set('height', `${vv.height * zoom}px`);
    set('transform-origin', '0 0');
    set('transform', zoom < 1 ? `scale(${1 / zoom})` : 'none');
  };
  place();
  vv.addEventListener('resize', place);
  vv.addEventListener('scroll', place);
  return () => {
    vv.removeEventListener('resize', place);
    vv.removeEventListener('scroll', place);
  };
}
