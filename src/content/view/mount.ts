/**
 * Puts the view's frame over the page, and takes it away again without a trace: the page's own
 * DOM and scroll position are left as they were.
 *
 * The frame shows the extension's view.html, whose document the page cannot reach (another
 * origin). What the page can reach is the two elements that hold it, `#quote-reader-root` (a
 * `<dialog>`) and its `<iframe>`: it can see them, style them, remove them or draw over them.
 * Against style, every property that could hide, shrink, move or fade them is set in their own
 * `style` with `!important`, which no page rule outranks. Against drawing over, the dialog is
 * shown as a manual popover: it sits in the top layer above every page element whatever its
 * z-index. Only a page element put in the top layer after it can go above it, and cover-watch.ts
 * looks for those. Not a modal dialog: making a page inert restyles all of it, which held the
 * main thread of a 5 MB page for 100–200 ms on opening and again on closing (a popover: 2 ms).
 * The frame covers the whole window, so the page takes no click meanwhile; reader.ts gives the
 * focus back to the view when it lands in the page, and hide-page.ts hides the page from
 * assistive technology.
 *
 * The frame is navigated to the view through its window (`location.replace`), not its `src`
 * attribute: its address carries the opening's secret, and the page can read attributes but not
 * a cross-origin frame's address.
 */
import { elementBuilder } from '../../core/render/h.js';
import { followVisualViewport } from './follow-visual-viewport.js';

const ROOT_ID = 'quote-reader-root';

/**
 * The holder: the whole window, in the top layer, drawn as its frame over a faint veil (what a
 * modal dialog's backdrop drew): the command shows at once, before the view's page has loaded.
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'width: 100%',
  'height: 100%',
  'max-width: none',
  'max-height: none',
  'min-width: 0',
  'min-height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'box-sizing: border-box',
  'background: rgb(0 0 0 / 10%)',
  'opacity: 1',
  'visibility: visible',
  'overflow: hidden',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'mask: none',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join(';');

/** The frame: all of its holder. */
const FRAME_STYLE = [
  'all: initial',
  'display: block',
  'width: 100%',
  'height: 100%',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'opacity: 1',
  'visibility: visible',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'mask: none',
  'color-scheme: normal',
]
  .map((d) => `${d} !important`)
  .join(';');

export interface Mounted {
  host: HTMLDialogElement;
  frame: HTMLIFrameElement;
  /** Whether the holder is still in the page and shown. */
  isShown(): boolean;
  unmount(): void;
}

/** Puts the holder in the top layer, so that page elements shown after it are the ones above. */
function raise(host: HTMLDialogElement): void {
  try {
    host.popover = 'manual';
    host.showPopover();
    return;
  } catch {
    /* not in an HTML document (XML, SVG), which has no popovers: shown as it can be */
  }
  host.setAttribute('open', '');
}

/** Whether the holder is shown: in the top layer, or open where there is none. */
function isUp(host: HTMLDialogElement): boolean {
  try {
    if (host.matches(':popover-open')) return true;
  } catch {
    /* a document without popovers */
  }
  return host.open;
}

/**
 * Adds the holder as the last child of `<html>` (not `<body>`, which sites re-render), raises it,
 * and navigates its frame to `address`; `label` names it for assistive technology.
 */
export function mount(address: string, label: string): Mounted {
  const h = elementBuilder(document);
  const scroll = { x: window.scrollX, y: window.scrollY };
  const frame = h('iframe', {
    title: label,
    // The view's own origin differs from the address's with Chrome's dynamic addresses, so the
    // grant names no origin; the frame shows nothing but the view (or, if the page navigates
    // it, the page's own content, which has the page's rights anyway).
    allow: 'clipboard-write *',
  });
  frame.style.cssText = FRAME_STYLE;
  const host = h('dialog', { id: ROOT_ID, 'aria-label': label }, frame);
  host.style.cssText = HOST_STYLE;
  document.documentElement.append(host);
  raise(host);
  // A phone zoomed out on a wide page shows less than the holder's fixed box: kept on the screen.
  const unfollow = followVisualViewport(host);
  const win = frame.contentWindow;
  if (win) win.location.replace(address);
  else frame.src = address;
  return {
    host,
    frame,
    isShown: () => host.isConnected && isUp(host),
    unmount() {
      unfollow();
      try {
        if (host.matches(':popover-open')) host.hidePopover();
      } catch {
        /* a document without popovers */
      }
      if (host.open) host.close();
      host.remove();
      if (window.scrollX !== scroll.x || window.scrollY !== scroll.y) window.scrollTo(scroll.x, scroll.y);
    },
  };
}
