/**
 * The page side of the reading view, injected by the background when the view first opens.
 *
 * It reads nothing itself: it puts the view's frame over the page (view/mount.ts) and sends the
 * frame a copy of the page's DOM (common/dom-copy.ts), made and sent a slice at a time so that
 * the page's main thread is never held long; the frame runs the pipeline on it there, out of the
 * page's reach and off its main thread. The two talk over `runtime` ports joined by the
 * background (common/messages.ts), never through the page. The page is never changed but for
 * `aria-hidden` on its top-level elements while the view is open (view/hide-page.ts), given back
 * as it was on close.
 *
 * While the view is open this side keeps the page still beneath it, closes the view on a trusted
 * Esc (even one the page cancels), when the page's address changes (a single-page app moved on),
 * or when the page removes or hides the view, keeps the focus in the view, and tells the view
 * when something of the page's is drawn over it. On close, the page gets back its focus and
 * scroll position.
 */
import browser from 'webextension-polyfill';
import { copyTree, type DomCopy } from '../common/dom-copy.js';
import { HOST_PORT, type Hello, hasType, type HostToView } from '../common/messages.js';
import { MAX_DEPTH, MAX_ELEMENTS } from '../core/guard/limits.js';
import { watchCover } from './view/cover-watch.js';
import { hidePage, isHidingRecord, isLooseTextWrapper, originalAriaHidden } from './view/hide-page.js';
import { mount } from './view/mount.js';
import { type PageChanges, watchPageChanges } from './view/page-changes.js';
import { quietPage } from './view/quiet-page.js';

/** How often the address, the view's presence and what covers it are checked. */
const WATCH_MS = 250;

/** Bytes of the opening's secret: unguessable, and new each time the view opens. */
const SECRET_BYTES = 16;

/** The longest the copy holds the page's main thread at a time, in ms. */
const SLICE_MS = 8;

/**
 * Entries, and characters of text, of the copy in one message at most: each message is
 * serialized in one go on this thread, and a part of long paragraphs is mostly text. At 20,000
 * and 256 K a part took 15–30 ms of the thread's own time in Chromium (serializing, then
 * collecting its garbage), several times that in wall-clock time on a loaded machine.
 */
const PART_ENTRIES = 5_000;
const PART_CHARS = 64 * 1024;

/** Where the part of `nodes` that starts at `from` ends. */
function partEnd(nodes: DomCopy, from: number): number {
  let chars = 0;
  let end = from;
  const last = Math.min(nodes.length, from + PART_ENTRIES);
  while (end < last && (end === from || chars < PART_CHARS)) {
    const entry = nodes[end++];
    if (typeof entry === 'string') chars += entry.length;
  }
  return end;
}

/** One element more, and one level deeper, than the guard reads: it refuses such a page from the copy. */
const COPY_LIMITS = { elements: MAX_ELEMENTS + 1, depth: MAX_DEPTH + 1, chars: 4_000_000 };

/**
 * The copy reads the page's own `aria-hidden`, not the one that hides the page while the view is
 * open, and the page's loose text where it was, not in the wrapper that hides it.
 */
const ARIA_HIDDEN = { name: 'aria-hidden', pageValue: originalAriaHidden, wrapper: isLooseTextWrapper };

interface OpenView {
  close(): void;
}

let view: OpenView | null = null;

/**
 * The last view's analysis of this page (view/kept-analysis.ts), given to the next view instead
 * of a new copy while the page's DOM has not changed since that copy was made, at the same
 * address: a re-open then skips the copy, Readability and the quote engine.
 */
let kept: { url: string; analysis: unknown; changes: PageChanges } | null = null;

/** The view's holders of the last openings: their coming and going is not a change of the page. */
const holders: Element[] = [];
const HOLDERS_KEPT = 4;
const isHolder = (node: Node): boolean => holders.some((host) => host === node || host.contains(node));

function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Resolves in a new task, letting the page run meanwhile. A channel of our own, not a timer: a
 * background tab's timers wait a second. Nothing of it is the page's.
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * The view's address for this opening: its secret after `#`; `?kept` when it will get the kept
 * analysis (it then loads no pipeline), else the language `<html>` gives (`?lang=`), so that the
 * view loads the pipeline and the engine's data for it while the page's copy comes.
 */
function viewAddress(secret: string, reuse: boolean): string {
  const lang = document.documentElement?.getAttribute('lang')?.trim() ?? '';
  const query = reuse ? '?kept' : /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(lang) ? `?lang=${lang}` : '';
  return `${browser.runtime.getURL('view.html')}${query}#${secret}`;
}

function open(): OpenView {
  const startUrl = location.href;
  const secret = newSecret();
  const previousFocus = document.activeElement as HTMLElement | null;
  const port = browser.runtime.connect({ name: HOST_PORT });
  port.postMessage({ type: 'hello', secret } satisfies Hello);
  const label = browser.i18n.getMessage('extName') || 'Quote Reader';
  const reuse = kept !== null && kept.url === location.href && !kept.changes.changed();
  const mounted = mount(viewAddress(secret, reuse), label);
  holders.push(mounted.host);
  if (holders.length > HOLDERS_KEPT) holders.shift();
  const quiet = quietPage();
  const hiding = hidePage(mounted.host);
  const coveredBy = watchCover(mounted.host, mounted.frame);
  /** What the view was last told covers it (undefined: not told yet). */
  let lastCover: string | null | undefined;
  let closed = false;
  let ready = false;

  const send = (message: HostToView): void => {
    try {
      port.postMessage(message);
    } catch {
      close();
    }
  };

  /**
   * Copies the page a slice at a time (the view's own element left out) and sends it a part at a
   * time as it goes, without waiting for the frame: the background keeps it until the view joins.
   */
  async function sendCopy(): Promise<void> {
    const root = document.documentElement;
    const walk = root ? copyTree(root, mounted.host, COPY_LIMITS, ARIA_HIDDEN) : null;
    const nodes = walk?.out ?? [];
    let sent = 0;
    let done = !walk;
    // Each task either copies a slice or sends one part (serialized in one go), never both.
    while (!done || sent < nodes.length) {
      const end = partEnd(nodes, sent);
      if (end > sent && (done || end < nodes.length)) {
        send({ type: 'page-part', nodes: nodes.slice(sent, end) });
        sent = end;
      } else {
        const started = performance.now();
        done = walk?.step(() => performance.now() - started > SLICE_MS) ?? true;
      }
      await nextTask();
      if (closed) return;
    }
    send({ type: 'page', url: location.href, baseUrl: document.baseURI, contentType: document.contentType });
  }

  /** What this opening watches for changes from the moment it copies the page; null if it gave the kept analysis. */
  let changes: PageChanges | null = null;
  const copyPage = (): void => {
    kept?.changes.stop();
    kept = null;
    changes?.stop();
    changes = watchPageChanges(isHolder, isHidingRecord);
    void sendCopy();
  };

  port.onMessage.addListener((message: unknown) => {
    if (!hasType(message)) return;
    if (message.type === 'keep' && changes) {
      kept = { url: startUrl, analysis: (message as { analysis?: unknown }).analysis, changes };
    } else if (message.type === 'send-copy' && !changes) copyPage();
    else if (message.type === 'ready') {
      // The frame's element already had the focus before its document came: focus its window.
      ready = true;
      mounted.frame.contentWindow?.focus();
    } else if (message.type === 'close') close();
  });
  if (reuse && kept) send({ type: 'kept', analysis: kept.analysis });
  else copyPage();
  port.onDisconnect.addListener(() => close());

  const onKey = (event: KeyboardEvent): void => {
    // The page's own handlers may cancel Esc; it still closes the view. A key the page made up does not.
    if (!event.isTrusted || event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  window.addEventListener('keydown', onKey, true);

  // The page beneath is not inert (mount.ts): focus that lands in it (a Tab past the view's last
  // control, or the page's script) goes back to the view at once, unless the page covers the view.
  const onFocusIn = (event: FocusEvent): void => {
    if (ready && !lastCover && event.target !== mounted.frame) mounted.frame.contentWindow?.focus();
  };
  window.addEventListener('focusin', onFocusIn, true);

  const watcher = window.setInterval(() => {
    // The address changed under the view (a single-page app moved on), or the page took the view away.
    if (location.href !== startUrl || !mounted.isShown()) {
      close();
      return;
    }
    const cover = coveredBy();
    if (ready && cover !== lastCover) {
      lastCover = cover;
      send({ type: 'covered', by: cover });
    }
    // The page's script can still move the focus out of the view without a focus event (blur):
    // it comes back, so that Esc and the keyboard reach the view, where the page cannot stop them.
    if (ready && !cover && document.hasFocus() && document.activeElement !== mounted.frame) {
      mounted.frame.contentWindow?.focus();
    }
  }, WATCH_MS);

  function close(): void {
    if (closed) return;
    closed = true;
    view = null;
    window.clearInterval(watcher);
    // A watch whose analysis was not kept has nothing to guard.
    if (changes && kept?.changes !== changes) changes.stop();
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('focusin', onFocusIn, true);
    try {
      port.disconnect();
    } catch {
      /* already gone */
    }
    quiet.remove();
    hiding.show();
    mounted.unmount();
    if (previousFocus?.isConnected && typeof previousFocus.focus === 'function') {
      previousFocus.focus({ preventScroll: true });
    }
  }
  return { close };
}

async function toggle(): Promise<void> {
  if (view) view.close();
  else view = open();
}

globalThis.__quoteReader ??= { toggle, isOpen: () => view !== null };
