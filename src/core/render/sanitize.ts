/**
 * Everything from a page that enters the view (or the CLI's HTML) passes through DOMPurify,
 * configured for reading: no scripts, handlers, script URLs, forms, frames (but for known video
 * hosts), base/meta, MathML, or inline styles; links open in a new tab without an opener.
 * DOMPurify is used rather than a home-made cleaner because it tracks browser parsing quirks
 * (mXSS, namespace confusion) that a reader-mode project cannot keep up with alone.
 * The hostile payloads this is tested against: test/fixtures/hostile/payloads.json.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { builtin } from '../guard/builtin.js';

/** Iframes from these hosts (video embeds) are kept, sandboxed; every other iframe goes. */
const VIDEO_HOSTS = ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'www.dailymotion.com'];

/**
 * URLs allowed in any attribute: http(s), mailto and tel, or no scheme at all (relative
 * addresses, and values such as dates that start with a digit). DOMPurify's own pattern
 * (purify.js IS_ALLOWED_URI) with fewer schemes: javascript:, vbscript:, data: (outside images)
 * and every unknown scheme fail. DOMPurify strips white space and control characters first,
 * so "java\tscript:" and "\u0001javascript:" fail too.
 */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Elements a reading view never shows: forms and their controls, page furniture, scripting. */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'output',
  'fieldset',
  'base',
  'meta',
  'link',
  'object',
  'embed',
  'frame',
  'frameset',
  'dialog',
  'template',
  'noscript',
  'slot',
  'marquee',
  'math',
];

/**
 * Attributes that style, identify, move focus, navigate or act: the view styles the article
 * itself, and page ids would collide with the view's own (aria-labelledby="qr-title").
 */
const FORBID_ATTR = [
  'style',
  'class',
  'id',
  'name',
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'background',
  'target',
  'download',
  'autofocus',
  'autoplay',
  'tabindex',
  'accesskey',
  'contenteditable',
  'draggable',
  'popover',
  'popovertarget',
];

const CONFIG: Config = {
  // No MathML: no article needs it, and it is where namespace-confusion mXSS lives.
  USE_PROFILES: { html: true, svg: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'frameborder'],
  ALLOW_DATA_ATTR: true,
  ALLOWED_URI_REGEXP: SAFE_URL,
};

/** The sandbox of a kept video embed: it plays, it cannot navigate the page or open popups. */
const VIDEO_SANDBOX = 'allow-scripts allow-same-origin allow-presentation';

/** Whether `src` is an https address on one of the video hosts. */
export function isVideoEmbed(src: string | null): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && VIDEO_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

const instances = new WeakMap<Window, DOMPurify>();

function purifier(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Window & typeof globalThis);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'iframe' && !isVideoEmbed((node as Element).getAttribute('src'))) {
      node.parentNode?.removeChild(node);
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'iframe') {
      // Checked again after sanitizing: an iframe kept by mistake still loads nothing.
      if (!isVideoEmbed(el.getAttribute('src'))) el.removeAttribute('src');
      el.setAttribute('sandbox', VIDEO_SANDBOX);
    }
    if (tag === 'iframe' || tag === 'img') {
      // Loaded only when the reader scrolls to it (a page's lazy images are not all fetched
      // because the view opened), and without saying where from.
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'no-referrer');
    }
    if (
      (tag === 'a' || tag === 'area') &&
      el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
      el.hasAttribute('href')
    ) {
      // "#…" points into the page, not the view (ids are removed), and would change the page's
      // address, which closes the view: such links become plain text.
      if (el.getAttribute('href')!.trim().startsWith('#')) el.removeAttribute('href');
      else {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (tag === 'a') {
      // SVG links cannot be given rel="noopener": they lose their target instead.
      el.removeAttribute('href');
      el.removeAttribute('xlink:href');
    }
    // Data attributes survive only on the view's own highlights and the no-wrap ends that hold
    // them (render.ts strips the page's data-quote-id before highlighting), never the page's own.
    const ours =
      el.hasAttribute('data-quote-id') ||
      (el.hasAttribute('data-quote-end') && el.querySelector('mark[data-quote-id]') !== null);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('data-') && !(ours && attr.name.startsWith('data-quote'))) el.removeAttribute(attr.name);
    }
  });
  instances.set(win, purify);
  return purify;
}

/**
 * Sanitizes `html` into a fragment of `win.document` (never a string: no second parse can
 * mutate it). The fragment is a fresh deep copy of DOMPurify's output, not its nodes: in a
 * Chromium content script, an element parsed with an `onerror` attribute keeps the page's
 * handler after DOMPurify removes the attribute (the handler belongs to the page's world, the
 * removal to the extension's), and would run once shown. A copy never had the attribute.
 * Seen with the hostile article in test/browser/hostile.test.mjs.
 */
export function sanitizeHtml(win: Window, html: string): DocumentFragment {
  const dirty: unknown = purifier(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  const doc = win.document;
  // Nothing left (a lone frameset parses to a document without a body): an empty fragment.
  if (!dirty || typeof dirty !== 'object')
    return (builtin(doc, 'createDocumentFragment') as Document['createDocumentFragment']).call(doc);
  const importNode = builtin(doc, 'importNode') as Document['importNode'];
  return importNode.call(doc, dirty as DocumentFragment, true) as DocumentFragment;
}

/**
 * Returns a sanitized copy of `node`'s children as a fragment owned by `win.document`.
 * The `class` of highlight marks is restored from their data attributes by the caller.
 */
export function sanitizeToFragment(win: Window, node: Element): DocumentFragment {
  return sanitizeHtml(win, node.innerHTML);
}
