/**
 * Everything from a page that enters the view (or the CLI's HTML) passes through DOMPurify,
 * configured for reading: no scripts, handlers, script URLs, forms, frames (but for known video
 * hosts), base/meta, or inline styles; links open in a new tab without an opener.
 * DOMPurify is used rather than a home-made cleaner because it tracks browser parsing quirks
 * (mXSS, namespace confusion) that a reader-mode project cannot keep up with alone.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** Iframes from these hosts (video embeds) are kept; every other iframe goes. */
export const VIDEO_HOSTS = [
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'www.dailymotion.com',
];

const CONFIG: Config = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'base', 'meta', 'link',
    'object', 'embed', 'frame', 'frameset', 'dialog', 'template', 'noscript'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'frameborder', 'target'],
  ALLOW_DATA_ATTR: true,
  // http(s), mailto, tel and anchors; no javascript:, vbscript:, data: links.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/|\.\/|\.\.\/|[^:/?#]*(?:[/?#]|$))/i,
};

const instances = new WeakMap<Window, DOMPurify>();

function purifier(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Window & typeof globalThis);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const el = node as Element;
    let host = '';
    try {
      host = new URL(el.getAttribute('src') ?? '', 'https://invalid.invalid/').hostname;
    } catch {
      /* not a URL: removed below */
    }
    if (!VIDEO_HOSTS.includes(host)) el.parentNode?.removeChild(el);
    else el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A' && el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    // Data attributes survive only where the view put them (highlights), not the page's own.
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('data-') && !attr.name.startsWith('data-quote')) el.removeAttribute(attr.name);
    }
  });
  instances.set(win, purify);
  return purify;
}

/**
 * Returns a sanitized copy of `node`'s children as a fragment owned by `win.document`.
 * The `class` of highlight marks is restored from their data attributes by the caller.
 */
export function sanitizeToFragment(win: Window, node: Element): DocumentFragment {
  return purifier(win).sanitize(node.innerHTML, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
