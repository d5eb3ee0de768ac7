/**
 * Mounts the view over the page in `#quote-reader-root` with an open shadow root, and takes it
 * away again without a trace: the page's own DOM, styles and scroll position are left as they were.
 */

import { adoptSheets } from './adopt-sheets.js';
import { h } from './h.js';

const ROOT_ID = 'quote-reader-root';

export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  unmount: () => void;
}

/** Adds the host as the last child of `<html>` (not `<body>`, which sites re-render). */
export function mount(css: string): Mounted {
  document.getElementById(ROOT_ID)?.remove();
  const scroll = { x: window.scrollX, y: window.scrollY };
  const host = h('div', { id: ROOT_ID });
  const shadow = host.attachShadow({ mode: 'open' });
  // Adopted sheets are not subject to the page's CSP.
  const sheet = new CSSStyleSheet();
  // `rem` is the page's root font size, which a page may set to anything (a hostile
  // `* { font-size: 40px !important }`): inside the view it means 16px.
  sheet.replaceSync(css.replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${Number(n) * 16}px`));
  adoptSheets(shadow, [sheet]);
  document.documentElement.append(host);
  return {
    host,
    shadow,
    unmount() {
      host.remove();
      if (window.scrollX !== scroll.x || window.scrollY !== scroll.y) window.scrollTo(scroll.x, scroll.y);
    },
  };
}
