/**
 * The reading view's extension page (view.html), which the page side (reader.js) puts in a frame
 * over the page. The page cannot read or change anything in here: this document is the
 * extension's, in another origin (and, in Chromium and Firefox, another process).
 *
 * It rebuilds the copy of the page's DOM that the page side sends over the extension's ports
 * (never `window.postMessage`), runs the pipeline on it here, off the page's main thread, and
 * shows the result. Its address carries the secret of this opening (`#…`); the background joins
 * this frame to the page side only with it (common/messages.ts).
 */
import browser from 'webextension-polyfill';
import type { DomCopy } from '../common/dom-copy.js';
import { type Hello, type HostToView, hasType, type PageCopy, VIEW_PORT, type ViewToHost } from '../common/messages.js';
import { ARTICLE_CSS } from '../common/reader-css.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { unreadablePage } from '../core/unreadable.js';
import { guardClicks } from './cover-guard.js';
import { type KeptAnalysis, keepAnalysis, restoreAnalysis } from './kept-analysis.js';
import { loadAnalyzer } from './load-analyzer.js';
import { loadSettings } from './settings.js';
import TOOLBAR_CSS from './toolbar.css';
import VIEW_CSS from './view.css';
import { createShell, showView } from './view.js';

/** The performance mark set when the view is first drawn: the bench and the browser tests wait for it. */
const PAINTED_MARK = 'qr-view-painted';
/** The performance mark set when the view shows the analysis the page side kept, not a new one. */
const KEPT_MARK = 'qr-view-kept';

/**
 * Marks of the opening's phases, read by bench/view.bench.ts: the script starts, the page side's
 * data (its copy or the kept analysis) is in, the analysis is ready, the settings are read, the
 * view is built. They are the extension page's own: the page cannot read them.
 */
const PHASE = {
  start: 'qr-phase-start',
  data: 'qr-phase-data',
  analyzed: 'qr-phase-analyzed',
  settings: 'qr-phase-settings',
  built: 'qr-phase-built',
} as const;
const mark = (name: string): void => void performance.mark(name);

/** How often the view tells the background it is still there (its worker may stop when idle for 30 s). */
const KEEPALIVE_MS = 20_000;
/**
 * Quotes in an analysis kept for a re-open, at most: the page side receives it in one message,
 * read in one task on the page's main thread. The 30,000 quotes of 500 KB of quote-mark soup held
 * it for 0.7-2.3 s; such a page is read again on a re-open instead.
 */
const KEEP_MAX_QUOTES = 2000;

/** The analysis the page side kept from the last view, or null when it does not hold together. */
function restoredAnalysis(kept: unknown): PageAnalysis | null {
  try {
    return restoreAnalysis(kept as KeptAnalysis, document.implementation.createHTMLDocument(''));
  } catch {
    return null;
  }
}

/**
 * The page's copy analysed by the pipeline (analyzer.js, loaded on demand); a pipeline that does
 * not load gives a page that cannot be read, with the reason.
 */
function analyze(nodes: DomCopy, copy: PageCopy): Promise<PageAnalysis> {
  return loadAnalyzer()
    .then((analyzer) => analyzer.analyze(nodes, copy))
    .catch((error: unknown) => unreadablePage(copy.url, `The page could not be read (${String(error)}).`));
}

async function start(): Promise<void> {
  mark(PHASE.start);
  // The page side says in the address (`?kept`) when it holds a kept analysis to give: otherwise
  // a copy comes, and the pipeline and the data for the language `<html>` names (`?lang=`) load
  // while it travels.
  const query = new URLSearchParams(location.search);
  if (!query.has('kept')) {
    void loadAnalyzer()
      .then((analyzer) => analyzer.preloadLanguage(query.get('lang')))
      .catch(() => undefined);
  }
  const secret = location.hash.slice(1);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(ARTICLE_CSS + VIEW_CSS + TOOLBAR_CSS);
  document.adoptedStyleSheets = [sheet];
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('extName') || document.title;

  // The port first, so that the page's copy comes while the settings are read; the settings
  // before the shell, so that the view takes its theme before it draws anything.
  const port = browser.runtime.connect({ name: VIEW_PORT });
  const send = (message: ViewToHost): void => {
    try {
      port.postMessage(message);
    } catch {
      /* the page side is gone: it takes the frame down with it */
    }
  };
  const keepAlive = window.setInterval(() => send({ type: 'ping' }), KEEPALIVE_MS);
  port.onDisconnect.addListener(() => window.clearInterval(keepAlive));
  const close = (): void => send({ type: 'close' });
  // Esc closes the view here, where the page cannot cancel it; the page side listens too, for
  // when the focus is in the page. Last, as the key comes back up: a menu open in the view takes
  // its Esc first (and marks it handled).
  window.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });

  const ready = loadSettings().then((settings) => {
    mark(PHASE.settings);
    const shell = createShell(settings);
    const guard = guardClicks(shell.page, (covered) => {
      shell.notice.hidden = !covered;
    });
    return { settings, shell, guard };
  });

  let nodes: DomCopy = [];
  let shown = false;
  const show = (analysis: PageAnalysis): void => {
    void ready.then(({ settings, shell }) => {
      showView(shell, analysis, settings, close);
      mark(PHASE.built);
      send({ type: 'ready' });
      // For bench/view.bench.ts and test/browser/view-checks.mjs: on the screen once two frames have drawn.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(PAINTED_MARK)));
    });
  };
  port.onMessage.addListener((message: unknown) => {
    if (!hasType(message)) return;
    const m = message as HostToView;
    if (m.type === 'covered') void ready.then(({ guard }) => guard.setPageCover(m.by));
    else if (m.type === 'page-part' && !shown && Array.isArray(m.nodes)) nodes = nodes.concat(m.nodes);
    else if (m.type === 'page' && !shown) {
      shown = true;
      mark(PHASE.data);
      void analyze(nodes, m).then((analysis) => {
        mark(PHASE.analyzed);
        // Kept before it is drawn: drawing marks the quotes in the body.
        if (analysis.extraction && analysis.quotes.quotes.length <= KEEP_MAX_QUOTES) {
          send({ type: 'keep', analysis: keepAnalysis(analysis) });
        }
        show(analysis);
      });
      nodes = [];
    } else if (m.type === 'kept' && !shown) {
      mark(PHASE.data);
      const analysis = restoredAnalysis(m.analysis);
      mark(PHASE.analyzed);
      if (!analysis) send({ type: 'send-copy' });
      else {
        shown = true;
        // For test/browser/reopen.test.mjs: this view did not read the page again.
        performance.mark(KEPT_MARK);
        show(analysis);
      }
    }
  });
  port.postMessage({ type: 'hello', secret } satisfies Hello);
}

void start();
