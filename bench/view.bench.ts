/**
 * The view's budgets (issues 6 and 11), measured on the built extension (run `npm run build` first):
 * - dist/chrome/content.js, the script that runs on every DW page: at most 10 KB minified.
 *   browser-polyfill.js is loaded beside it (manifest order) and shared with reader.js; it is
 *   reported on its own line, not counted in the budget.
 * - dist/chrome/reader.js (the page side, injected when the view opens), view.js (the view's
 *   own extension page) and analyzer.js (the pipeline, which the view loads when it reads a copy):
 *   reported, no budget.
 * - From the toggle command to the view drawn in its frame, on the seed article, in headless
 *   Chromium (the command dispatched in the extension's worker) and in Firefox (the real
 *   Alt+Shift+R, and Esc to close, through xdotool under Xvfb): the first open in each of five
 *   newly loaded tabs (it injects reader.js) and four re-opens in each. Budgets (issue 12), as
 *   medians in each browser: first open 200 ms, re-open 50 ms.
 * - The longest block of the page's main thread while the view opens, on the seed and on hostile
 *   inputs (the 60 payloads, 500 KB of quote-mark soup, 5 MB of text, 50,000 elements): the
 *   longest of the page's long tasks (PerformanceObserver 'longtask', which sees only tasks of
 *   50 ms or more), until a second after the view is drawn. Budget: 100 ms (issue 11). Printed
 *   beside it, not budgeted: the page's own longest task in a second of drawing frames before the
 *   view opens (what the page costs by itself at this machine's load), and the longest gap between the turns of a task loop run in the page
 *   meanwhile. It is an upper bound that also counts the time the operating system gave other
 *   processes (the view's own among them) on a busy machine, and rendering steps, which the
 *   scheduler puts before the loop's messages.
 * Time is wall clock: t0 taken in the extension's worker just before the command is dispatched
 * (Chromium) or in this process just before xdotool starts (Firefox), t1 in the view's frame
 * (performance.timeOrigin + the mark it sets two animation frames after it is drawn); both are
 * epoch milliseconds on one machine. In Firefox xdotool's whole run is included, and printed as
 * "(driver)": on a loaded machine starting a process takes tens of milliseconds or more.
 * The open times are taken with the harness's request interception off (see UNROUTED).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist', 'chrome');

const CONTENT_BUDGET_BYTES = 10 * 1024;
/** From the command to the view drawn, on the seed, as medians in each browser (issue 12). */
const FIRST_OPEN_BUDGET_MS = 200;
const REOPEN_BUDGET_MS = 50;
/** Newly loaded tabs, each opened once first, then re-opened REOPENS times. */
const TABS = Number(process.env.QR_BENCH_TABS) || 5;
const REOPENS = 4;
/** The longest the view may hold the page's main thread at a time while it opens (issue 11). */
const BLOCK_BUDGET_MS = 100;
/** After the view is drawn, how long the page is still watched (the copy's last parts, focus, first cover check). */
const SETTLE_MS = 1000;
/**
 * Unless QR_BENCH_ROUTED=1, the open times are measured with the test harness's request
 * interception off once the page has loaded: with it, every request of the view's frame
 * (view.html, view.js, analyzer.js, the language's file) waits for a round trip to this Node
 * process, which no reader's browser makes. The main-thread blocks keep it (their pages are served).
 */
const UNROUTED = !process.env.QR_BENCH_ROUTED;
/** `VIEW_BENCH=blocks`: only the main-thread blocks, not the open times (a quicker run while working on them). */
const BLOCKS_ONLY = process.env.VIEW_BENCH === 'blocks';

function size(file: string): { bytes: number; gzip: number } {
  const path = join(DIST, file);
  return { bytes: statSync(path).size, gzip: gzipSync(readFileSync(path)).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/**
 * In the page's main world: starts watching its main thread. A string, not a function: tsx would
 * wrap a function's inner helpers in its own `__name`.
 */
const WATCH_THREAD = `(() => {
  const w = (window.__qrThread = { longest: 0, longTasks: 0, gap: 0, on: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { w.longTasks++; w.longest = Math.max(w.longest, e.duration); }
  }).observe({ type: 'longtask' });
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    w.gap = Math.max(w.gap, now - last);
    last = now;
    if (w.on) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})()`;
const STOP_WATCH = '(() => { window.__qrThread.on = false; return window.__qrThread; })()';

interface Thread {
  longest: number;
  longTasks: number;
  gap: number;
}

// @ts-expect-error: the browser tests' plain .mjs helpers
type Browser = Awaited<ReturnType<typeof import('../test/browser/chromium.mjs').launchChromium>>;

/** A frame of a page, as both drivers (playwright, puppeteer) have it. */
interface Frame {
  evaluate(expression: string): Promise<unknown>;
}
/** A tab, as both drivers have it. */
interface Tab {
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<unknown>;
}
/** One browser, as the open-time measurement drives it. */
interface Driver {
  name: string;
  open(url: string): Promise<Tab>;
  /**
   * The command, as the reader gives it; resolves once it is given (not when the view is open),
   * with the epoch ms at which it was given where the driver can tell (`at`), and how long the
   * driver itself took to give it (`driverMs`: xdotool's run, in Firefox).
   */
  toggle(url: string): Promise<{ at?: number; driverMs?: number }>;
  /** The view's frame in `tab` now, or null. */
  frame(tab: Tab): Promise<Frame | null>;
}

/**
 * In the view's frame, once drawn: epoch ms of the frame's navigation start (its time origin) and
 * of each phase mark of src/view/index.ts, with the navigation's own milestones.
 */
const PHASES_AT = `(() => {
  const at = (name) => { const m = performance.getEntriesByName(name)[0]; return m ? performance.timeOrigin + m.startTime : 0; };
  const nav = performance.getEntriesByType('navigation')[0];
  // Firefox gives an extension page in a frame no navigation entry: its response is then its start.
  const navAt = (key) => nav && nav[key] ? performance.timeOrigin + nav[key] : 0;
  return {
    painted: at('qr-view-painted'),
    navigation: performance.timeOrigin,
    response: navAt('responseEnd') || performance.timeOrigin,
    start: at('qr-phase-start'),
    data: at('qr-phase-data'),
    analyzed: at('qr-phase-analyzed'),
    settings: at('qr-phase-settings'),
    built: at('qr-phase-built'),
    article: at('qr-build-article'),
    toolbar: at('qr-build-toolbar'),
    applied: at('qr-build-settings'),
    readAloud: at('qr-build-read-aloud'),
    panel: at('qr-build-panel'),
  };
})()`;

/** Epoch ms of each phase of one opening, as the view's frame marked them. */
type Phases = Record<
  | 'painted'
  | 'navigation'
  | 'response'
  | 'start'
  | 'data'
  | 'analyzed'
  | 'settings'
  | 'built'
  | 'article'
  | 'toolbar'
  | 'applied'
  | 'readAloud'
  | 'panel',
  number
>;

/** The phases of the opening in `tab`, once the view's frame marked itself drawn. */
async function paintedPhases(driver: Driver, tab: Tab): Promise<Phases> {
  for (let tries = 0; tries < 2000; tries++) {
    const frame = await driver.frame(tab).catch(() => null);
    const p = frame ? ((await frame.evaluate(PHASES_AT).catch(() => null)) as Phases | null) : null;
    if (p?.painted) return p;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`the view was not drawn in ${driver.name}`);
}

/** Epoch ms at which the view's frame in `tab` marked itself drawn. */
async function paintedAt(driver: Driver, tab: Tab): Promise<number> {
  return (await paintedPhases(driver, tab)).painted;
}

/**
 * Each phase's duration, from the command (t0): to the frame's navigation (the command's trip,
 * the page side's injection and start, the holder), to the view.html response, to view.js's start,
 * to the page side's data, to the analysis, to the view built, to two frames drawn. The settings
 * are read in parallel with the data: their mark is printed from the script's start. In
 * parentheses after them, the parts of analysis→built: the article drawn (with any wait for the
 * settings and the shell), the toolbar, the settings applied, read aloud, the panel.
 */
function phaseSpans(t0: number, p: Phases, holder: number): Record<string, number> {
  return {
    'command→frame': p.navigation - t0,
    'frame→html': p.response - p.navigation,
    'html→script': p.start - p.response,
    'script→data': p.data - p.start,
    'data→analysis': p.analyzed - p.data,
    'analysis→built': p.built - p.analyzed,
    'built→painted': p.painted - p.built,
    '(script→settings)': p.settings - p.start,
    // The page side's opening task over: its holder seen by the page (after the frame's navigation began).
    '(command→holder seen)': holder - t0,
    // The building's parts (src/view/view.ts), within analysis→built; a build without them has none.
    ...(p.article && p.panel
      ? {
          '(article': p.article - p.analyzed,
          toolbar: p.toolbar - p.article,
          settings: p.applied - p.toolbar,
          'read aloud': p.readAloud - p.applied,
          'panel)': p.panel - p.readAloud,
        }
      : {}),
  };
}

const HAS_ROOT = "document.getElementById('quote-reader-root') !== null";

/**
 * In the page's main world (bench only): notes the epoch ms at which the page sees the view's
 * holder, once the page side's opening task (which starts the frame's navigation) is over.
 */
const WATCH_HOLDER = `(() => {
  window.__qrHolderAt = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.id === 'quote-reader-root') window.__qrHolderAt = performance.timeOrigin + performance.now();
  }).observe(document.documentElement, { childList: true });
})()`;
const HOLDER_AT = 'window.__qrHolderAt';

/**
 * Toggle-to-drawn times on `url`, each in a newly loaded tab: the first open (which injects
 * reader.js), then REOPENS re-opens in the same tab.
 */
interface OpenTimes {
  first: number[];
  again: number[];
  firstPhases: Record<string, number>[];
  againPhases: Record<string, number>[];
}

async function openTimes(driver: Driver, url: string): Promise<OpenTimes> {
  const out: OpenTimes = { first: [], again: [], firstPhases: [], againPhases: [] };
  for (let t = 0; t < TABS; t++) {
    const opens = await openTimesInTab(driver, url);
    out.first.push(opens[0]!.ms);
    out.firstPhases.push(opens[0]!.phases);
    out.again.push(...opens.slice(1).map((o) => o.ms));
    out.againPhases.push(...opens.slice(1).map((o) => o.phases));
  }
  return out;
}

async function openTimesInTab(driver: Driver, url: string): Promise<{ ms: number; phases: Record<string, number> }[]> {
  const tab = await driver.open(url);
  await tab.evaluate(WATCH_HOLDER);
  await new Promise((r) => setTimeout(r, 500));
  const times: { ms: number; phases: Record<string, number> }[] = [];
  for (let i = 0; i <= REOPENS; i++) {
    const before = Date.now();
    const given = await driver.toggle(url);
    const t0 = given.at ?? before;
    const phases = await paintedPhases(driver, tab);
    const holder = (await tab.evaluate(HOLDER_AT)) as number;
    times.push({
      ms: phases.painted - t0,
      phases: { ...phaseSpans(t0, phases, holder), '(driver)': given.driverMs ?? 0 },
    });
    await new Promise((r) => setTimeout(r, 200));
    await driver.toggle(url);
    for (let tries = 0; (await tab.evaluate(HAS_ROOT)) && tries < 200; tries++)
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200));
  }
  await tab.close();
  return times;
}

/** Prints and checks the open times of one browser; returns the budgets exceeded. */
function reportOpenTimes(name: string, { first, again, firstPhases, againPhases }: OpenTimes): number {
  const phaseLine = (what: string, all: Record<string, number>[]): void => {
    const keys = Object.keys(all[0] ?? {});
    const spans = keys.map((k) => `${k} ${median(all.map((p) => p[k]!)).toFixed(0)}`);
    console.log(`  phases, ${what} (medians, ms): ${spans.join(' · ')}`);
  };
  const line = (what: string, times: number[], budget: number, phases: Record<string, number>[]): boolean => {
    const m = median(times);
    const ok = m <= budget;
    // Where the driver's own run is in the time (xdotool), the time from its end too: the key
    // went out in between, so the truth lies between the two.
    const driver = phases.map((p) => p['(driver)'] ?? 0);
    const after = driver.some((d) => d > 0) ? median(times.map((t, i) => t - driver[i]!)) : null;
    console.log(
      `toggle to drawn view, seed page, ${name}: ${what} median ${m.toFixed(0)} ms of ${times.length}` +
        ` (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}` +
        `${after === null ? '' : `; from the driver's end ${after.toFixed(0)} ms`})   budget ≤ ${budget} ms  ${ok ? 'ok' : 'EXCEEDED'}`,
    );
    return ok;
  };
  const firstOk = line('first open (injects reader.js)', first, FIRST_OPEN_BUDGET_MS, firstPhases);
  phaseLine('first open', firstPhases);
  const againOk = line('re-open', again, REOPEN_BUDGET_MS, againPhases);
  phaseLine('re-open', againPhases);
  return (firstOk ? 0 : 1) + (againOk ? 0 : 1);
}

function chromiumDriver(browser: Browser): Driver {
  return {
    name: 'headless Chromium',
    async open(url) {
      await browser.serving(true);
      const page = await browser.context.newPage();
      await page.goto(url);
      if (UNROUTED) await browser.serving(false);
      return page;
    },
    // The time is taken in the worker just before the command: the driver's own trips to it
    // (finding the tab, the evaluation's round trip) are not the extension's.
    toggle: (url) =>
      browser.inWorker(url, (tab: { id: number }) => {
        const at = Date.now();
        // @ts-expect-error: runs in the extension's worker, where `chrome` exists
        chrome.commands.onCommand.dispatch('toggle-reader', tab);
        return { at };
      }) as Promise<{ at: number }>,
    async frame(tab) {
      const page = tab as unknown as { frames(): ({ url(): string } & Frame)[] };
      return page.frames().find((f) => f.url().includes('/view.html')) ?? null;
    },
  };
}

/** Firefox has no way to dispatch a command from outside: the real Alt+Shift+R, through Xvfb. */
async function firefoxDriver(): Promise<{ driver: Driver; close(): Promise<unknown> }> {
  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { launchFirefox } = await import('../test/browser/firefox.mjs');
  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { viewFrame } = await import('../test/browser/view-checks.mjs');
  const { execFileSync } = await import('node:child_process');
  const ff = await launchFirefox({ width: 1280, height: 1000 });
  let window = '';
  const key = (chord: string): number => {
    const started = Date.now();
    execFileSync('xdotool', ['key', '--clearmodifiers', chord]);
    return Date.now() - started;
  };
  let open = false;
  return {
    close: () => ff.close(),
    driver: {
      name: 'Firefox (Xvfb)',
      async open(url) {
        const tab = await ff.open(url);
        if (UNROUTED) await tab.setRequestInterception(false);
        const ids = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], { encoding: 'utf8' });
        window = ids.trim().split('\n').at(-1) ?? '';
        execFileSync('xdotool', ['windowfocus', '--sync', window]);
        return tab;
      },
      async toggle() {
        // The view closes on Esc in its frame (the command toggles it too, from the page side).
        const driverMs = key(open ? 'Escape' : 'alt+shift+r');
        open = !open;
        return { driverMs };
      },
      frame: (tab) => viewFrame(tab),
    },
  };
}

/**
 * In the page's main world: its longest long task while it only draws frames (nothing changes)
 * for a second: what the page costs by itself on this machine now, without the view.
 */
const PAGE_ALONE = `new Promise((resolve) => {
  let longest = 0;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
  observer.observe({ type: 'longtask' });
  const end = performance.now() + ${SETTLE_MS};
  const frame = () => (performance.now() < end ? requestAnimationFrame(frame) : setTimeout(() => { observer.disconnect(); resolve(longest); }, 100));
  requestAnimationFrame(frame);
})`;

/** The page's main thread while the view opens on `url`, and its longest task before, without the view. */
async function blocks(browser: Browser, url: string): Promise<Thread & { openMs: number; alone: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await new Promise((r) => setTimeout(r, 500));
  const alone = (await page.evaluate(PAGE_ALONE)) as number;
  await page.evaluate(WATCH_THREAD);
  const t0 = Date.now();
  const driver = chromiumDriver(browser);
  await driver.toggle(url);
  const openMs = (await paintedAt(driver, page)) - t0;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const thread = (await page.evaluate(STOP_WATCH)) as Thread;
  await page.close();
  return { ...thread, openMs, alone };
}

export default async function viewBench(): Promise<number> {
  let failed = 0;
  const content = size('content.js');
  const polyfill = size('browser-polyfill.js');
  const contentOk = content.bytes <= CONTENT_BUDGET_BYTES;
  if (!contentOk) failed++;
  console.log(
    `content.js          ${kb(content.bytes)} minified (${kb(content.gzip)} gzip)   budget ≤ ${kb(CONTENT_BUDGET_BYTES)}  ${contentOk ? 'ok' : 'EXCEEDED'}`,
  );
  console.log(
    `browser-polyfill.js ${kb(polyfill.bytes)} minified (${kb(polyfill.gzip)} gzip)   loaded beside content.js, shared with reader.js; not in the budget`,
  );
  for (const [file, what] of [
    ['reader.js', 'the page side, injected only when the view opens'],
    ['view.js', "the view's own page, loaded in its frame at every opening"],
    ['analyzer.js', 'the pipeline, loaded by the view only when it reads a copy of the page'],
  ] as const) {
    const s = size(file);
    console.log(`${file.padEnd(19)} ${kb(s.bytes)} minified (${kb(s.gzip)} gzip)   ${what}; no budget`);
  }

  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { launchChromium } = await import('../test/browser/chromium.mjs');
  // @ts-expect-error: the browser tests' plain .mjs helpers
  const { SEED_URL } = await import('../test/browser/helpers.mjs');
  // @ts-expect-error: the test fixtures' plain .mjs helpers
  const { HOSTILE_URL, hostilePage } = await import('../test/fixtures/hostile/page.mjs');
  // @ts-expect-error: the test fixtures' plain .mjs helpers
  const { BROKEN_PAGES, articlePage } = await import('../test/fixtures/broken/pages.mjs');
  const broken = (slug: string) => BROKEN_PAGES.find((p: { slug: string }) => p.slug === slug);
  const SOUP_URL = 'https://www.dw.com/en/quote-mark-soup/a-19084190';
  /** 500 KB of the quote engine's worst text (bench/hostile.bench.ts), in an article. */
  const soup = articlePage(
    'Quote-mark soup',
    Array.from({ length: 2000 }, () => '„a“ »b« "c” \'d‘ «e» “f ‚g› 「h」 '.repeat(8)),
  );
  const inputs: [string, string][] = [
    ['seed article', SEED_URL],
    ['60 hostile payloads', HOSTILE_URL],
    ['500 KB quote-mark soup', SOUP_URL],
    ['5 MB of text', broken('huge-5mb').url],
    ['50,000 elements', broken('elements-50k').url],
  ];

  let browser: Browser;
  try {
    browser = await launchChromium({
      pages: {
        [HOSTILE_URL]: hostilePage(),
        [SOUP_URL]: soup,
        [broken('huge-5mb').url]: broken('huge-5mb').body(),
        [broken('elements-50k').url]: broken('elements-50k').body(),
      },
    });
  } catch (error) {
    console.log(`view in Chromium: not measured (${(error as Error).message.split('\n')[0]}); counted as exceeded`);
    return failed + 2;
  }
  try {
    if (!BLOCKS_ONLY)
      failed += reportOpenTimes('headless Chromium', await openTimes(chromiumDriver(browser), SEED_URL));
    // QR_BENCH_OPENS_ONLY=1 skips the main-thread part (and QR_BENCH_TABS=n
    // opens n tabs), for quick rounds on the open times alone.
    for (const [what, url] of process.env.QR_BENCH_OPENS_ONLY ? [] : inputs) {
      const t = await blocks(browser, url);
      const longest = t.longest;
      const ok = longest <= BLOCK_BUDGET_MS;
      if (!ok) failed++;
      console.log(
        `longest main-thread block while the view opens, ${what.padEnd(23)} ${t.longTasks ? `${longest.toFixed(0).padStart(4)} ms` : '< 50 ms'}` +
          ` (long tasks: ${t.longTasks}; the page alone: ${t.alone ? `${t.alone.toFixed(0)} ms` : '< 50 ms'};` +
          ` longest gap between task-loop turns ${t.gap.toFixed(0)} ms;` +
          ` view drawn in ${t.openMs.toFixed(0)} ms)   budget ≤ ${BLOCK_BUDGET_MS} ms  ${ok ? 'ok' : 'EXCEEDED'}`,
      );
    }
  } finally {
    await browser.context.close();
  }
  return failed + (BLOCKS_ONLY ? 0 : await firefoxOpenTimes(SEED_URL));
}

/** The open times in Firefox; a Firefox that does not start counts as both budgets exceeded. */
async function firefoxOpenTimes(url: string): Promise<number> {
  let ff: Awaited<ReturnType<typeof firefoxDriver>>;
  try {
    ff = await firefoxDriver();
  } catch (error) {
    console.log(`view in Firefox: not measured (${(error as Error).message.split('\n')[0]}); counted as exceeded`);
    return 2;
  }
  try {
    return reportOpenTimes(ff.driver.name, await openTimes(ff.driver, url));
  } finally {
    await ff.close();
  }
}
