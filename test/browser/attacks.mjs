/**
 * The attacks of issue 11, as a page that wants to mislead its reader would make them: the seed
 * article with a script of its own (it runs before any extension script), hidden text inside a
 * quote, and hostile CSS. Shared by both browsers' suites in isolation.test.mjs. Each in-page
 * function is self-contained (it runs in the page's main world through `evaluate`).
 */
import { fixtureFor, SEED_URL } from './helpers.mjs';

export const ATTACK_URL = 'https://www.dw.com/en/from-foe-to-friend-attacks/a-19084196';
export const CSS_ATTACK_URL = 'https://www.dw.com/en/from-foe-to-friend-css-attacks/a-19084195';

/** Fonts the hostile CSS names: a request for one would tell the page the view opened. */
export const FONT_URLS = [
  'https://www.dw.com/fonts/view-opened-serif.woff2',
  'https://www.dw.com/fonts/view-opened-ui.woff2',
];
/** A lazy image in the article: the page itself never loads it. */
export const LAZY_IMAGE = 'https://www.dw.com/image/lazy-never-loaded-by-the-page.jpg';

/**
 * The page's script: it watches for the view, logs every click and key it sees (and where they
 * went, through composedPath), cancels Esc before anything else can see it, rewrites every copy
 * and overwrites the clipboard 300 ms after any click.
 */
const PAGE_SCRIPT = `<script>
window.__seen = { added: [], clicks: 0, paths: [], escapes: 0, copies: 0 };
new MutationObserver(function (records) {
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) window.__seen.added.push(n.localName + '#' + n.id);
}).observe(document.documentElement, { childList: true });
addEventListener('click', function (e) {
  window.__seen.clicks++;
  window.__seen.paths.push(e.composedPath().map(function (n) { return n.nodeName; }).join('>'));
  setTimeout(function () { navigator.clipboard.writeText('OVERWRITTEN BY THE PAGE').catch(function () {}); }, 300);
}, true);
[window, document].forEach(function (target) {
  target.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    window.__seen.escapes++;
    e.preventDefault();
    e.stopImmediatePropagation();
  }, true);
});
document.addEventListener('copy', function (e) {
  window.__seen.copies++;
  e.clipboardData.setData('text/plain', 'HIJACKED BY THE PAGE');
  e.preventDefault();
}, true);
</script>`;

/** The first quote, as the seed has it, and the same quote with what a page can hide in it. */
const QUOTE =
  'Russia has sought closer ties with the Afghan government in a bid to help shape the events on the ground';
const HIDDEN_QUOTE =
  'Russia has sought\u2028\u2028\u2028 closer\u200b\u200c <ruby>ties<rp> [HIDDEN TRACKER 7f3a]</rp></ruby> with the ' +
  '\u202eAfghan\u202c government in a bid\u2060 to help shape the events\ufeff on the ground';

/** What "Copy quote" must put on the clipboard for that quote: the seed's citation, at the attack page's address. */
export const CLEAN_CITATION =
  `“${QUOTE}” — Omar Nessar, director of the Moscow-based Center for Contemporary Afghan Studies (CISA)` +
  ` (DW, March 2, 2016) ${ATTACK_URL}`;

/** The attack page: the seed with the page's script and the quote with hidden text, and a lazy image. */
export function attackPage() {
  const seed = fixtureFor(SEED_URL);
  if (!seed.includes(QUOTE)) throw new Error('the seed no longer has the quote the attacks hide text in');
  return (
    seed
      .replace(/<head([^>]*)>/i, `<head$1>${PAGE_SCRIPT}`)
      .replace(QUOTE, HIDDEN_QUOTE)
      // Far down the article, where the reader may never scroll.
      .replace(/<p>"We'd rather fight/, `<p><img data-src="${LAZY_IMAGE}" alt=""></p>$&`)
  );
}

/**
 * Page CSS that tries to restyle, fade, hide, or learn of the view without a line of script: fonts
 * the page itself never uses, named like the view's, would be fetched only for the view.
 */
export const HOSTILE_VIEW_CSS = `
@font-face { font-family: Charter; src: url(${FONT_URLS[0]}); }
@font-face { font-family: system-ui; src: url(${FONT_URLS[1]}); }
@property --qr-bg { syntax: '<color>'; inherits: true; initial-value: transparent; }
html { opacity: 0.03 !important; }
dialog, iframe, #quote-reader-root, :modal, [open] {
  opacity: 0 !important; display: none !important; filter: blur(30px) !important;
  transform: scale(0) !important; visibility: hidden !important; width: 1px !important; height: 1px !important;
}
::backdrop { background: red !important; }`;

export function cssAttackPage() {
  return fixtureFor(SEED_URL).replace(/<\/head>/i, `<style>${HOSTILE_VIEW_CSS}</style></head>`);
}

/**
 * In the page: everything it can learn about the view. `secret` is the opening's secret (read by
 * the test inside the frame) to look for in what the page can see.
 */
export function pageLooksAtView(secret) {
  const host = document.getElementById('quote-reader-root');
  const frame = host?.querySelector('iframe');
  const attempt = (fn) => {
    try {
      const value = fn();
      return value === null || value === undefined ? 'nothing' : 'READ';
    } catch {
      return 'refused';
    }
  };
  const markers = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('mark[data-quote-id], .qr-panel, .qr-toolbar, .qr-page, [class*="qr-theme"]'))
        markers.push(el.localName);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const seenSecret = [
    document.documentElement.outerHTML,
    ...performance.getEntries().map((e) => e.name),
    frame?.getAttribute('src') ?? '',
    frame?.name ?? '',
  ].some((s) => s.includes(secret));
  return {
    host: host ? host.localName : null,
    shadowRoot: host?.shadowRoot ? 'READ' : 'nothing',
    frameDocument: attempt(() => frame.contentDocument),
    frameAddress: attempt(() => frame.contentWindow.location.href),
    frameBody: attempt(() => frame.contentWindow.document.body.textContent),
    frameWindows: window.frames.length,
    markers,
    seenSecret,
    viewWords: /Who said what|Copy quote|quote by Omar Nessar/.test(document.documentElement.outerHTML),
    seen: { ...window.__seen, added: window.__seen.added.slice() },
  };
}

/** In the page: synthetic clicks and keys at the view and its holder, and a message to the frame. */
export function pagePokesView() {
  const host = document.getElementById('quote-reader-root');
  const frame = host.querySelector('iframe');
  const esc = () => new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true });
  for (const target of [window, document, document.body, host, frame]) {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 640, clientY: 20 }));
    target.dispatchEvent(esc());
  }
  frame.click();
  host.click();
  // A page cannot reach the view's ports; what it can send the frame goes nowhere.
  frame.contentWindow.postMessage({ type: 'close' }, '*');
  frame.contentWindow.postMessage({ type: 'covered', by: null }, '*');
  return true;
}

/** In the page: puts something in the top layer over the view; `kind` is 'popover', 'dialog' or 'zindex'. */
export function pageCoversView(kind) {
  const cover = document.createElement(kind === 'dialog' ? 'dialog' : 'div');
  cover.id = 'page-cover';
  cover.textContent = kind === 'dialog' ? 'Sign in to keep reading' : '';
  const style =
    kind === 'dialog'
      ? 'width: 300px; height: 200px'
      : 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; padding: 0; ' +
        'background: transparent; pointer-events: none; z-index: 2147483647';
  cover.setAttribute('style', style);
  if (kind === 'popover') cover.popover = 'manual';
  document.body.append(cover);
  if (kind === 'popover') cover.showPopover();
  if (kind === 'dialog') cover.showModal();
  return true;
}

/** In the page: takes the cover away again. */
export function pageUncoversView() {
  const cover = document.getElementById('page-cover');
  if (cover?.matches(':popover-open')) cover.hidePopover();
  if (cover?.open) cover.close();
  cover?.remove();
  return true;
}
