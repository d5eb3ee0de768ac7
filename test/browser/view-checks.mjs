import assert from 'node:assert/strict';
import { showsQuote } from './helpers.mjs';

/**
 * Checks on the open view that both browsers share. `page` is a playwright or puppeteer page.
 * The view is an extension page in a frame over the page (cross-origin: the page's own scripts
 * cannot read it); the tests read it from inside that frame, as the test driver may.
 */

/**
 * The view's frame in `page`, or null. Puppeteer over BiDi keeps the frame's first address
 * (about:blank) after the view navigates it, so each child frame is asked where it is.
 */
export async function viewFrame(page) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    if (frame.url().includes('/view.html')) return frame;
    const path = await frame.evaluate(() => location.pathname).catch(() => null);
    if (path === '/view.html') return frame;
  }
  return null;
}

/**
 * Runs `fn(document, arg)` inside the view's frame (`fn` self-contained, `arg` JSON); throws when
 * there is no view. An expression, not a function handle: the extension page allows no `eval`.
 */
export async function inView(page, fn, arg) {
  const frame = await viewFrame(page);
  if (!frame) throw new Error('no view frame in the page');
  return frame.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg ?? null)})`);
}

/**
 * Clicks the `index`th element matching `selector` in the view (-1: the last) with the mouse, as
 * a reader does: a trusted click, which is the only kind the view acts on. `force` clicks where
 * the element is even when something else would take the click (playwright checks first).
 */
export async function clickView(page, selector, index = 0, { force = false } = {}) {
  const frame = await viewFrame(page);
  if (!frame) throw new Error('no view frame in the page');
  if (typeof frame.getByRole === 'function') {
    const all = frame.locator(selector);
    await (index < 0 ? all.nth((await all.count()) + index) : all.nth(index)).click({ force, timeout: 10_000 });
    return;
  }
  const handles = await frame.$$(selector);
  const handle = handles.at(index);
  if (!handle) throw new Error(`no ${selector} in the view`);
  await handle.click();
}

/**
 * Opens the view's "Aa" menu unless it is open, with a trusted click on its button: the font,
 * text size, line width, line spacing and theme buttons are in it.
 */
export async function openTypeMenu(page) {
  const open = await inView(page, (root) => root.querySelector('.qr-type-button')?.getAttribute('aria-expanded'));
  if (open !== 'true') await clickView(page, '.qr-type-button');
}

/** Closes the "Aa" menu if it is open (Esc with the focus in it closes the menu, not the view). */
export async function closeTypeMenu(page) {
  const open = await inView(page, (root) => root.querySelector('.qr-type-button')?.getAttribute('aria-expanded'));
  if (open === 'true') await clickView(page, '.qr-type-button');
}

/**
 * Presses Esc in Chromium (playwright) as a reader does. The view's frame takes the key down and
 * the view closes, frame and all, before the key comes up: playwright then waits for the gone
 * frame's answer to the key's release for ever, so the press is given a second and left.
 */
export async function pressEscape(page) {
  await Promise.race([page.keyboard.press('Escape'), new Promise((resolve) => setTimeout(resolve, 1000))]);
}

/**
 * What the view shows, read inside its frame; null while there is no view, or until it has marked
 * itself drawn (two frames after it shows the article or its message: src/view/index.ts). Before
 * that, Chromium's screenshot of the page can still hold the frame's "Preparing…" picture.
 * `drawn: false` reads a view that the browser does not draw (Firefox, in an SVG document).
 */
export async function readView(page, { drawn = true } = {}) {
  const frame = await viewFrame(page).catch(() => null);
  if (!frame) return null;
  return frame
    .evaluate((drawn) => {
      const root = document;
      if (!root.querySelector('.qr-page')) return null;
      if (drawn && performance.getEntriesByName('qr-view-painted').length === 0) return null;
      const marks = Array.from(root.querySelectorAll('mark[data-quote-id][data-quote-first]'));
      return {
        title: root.querySelector('h1')?.textContent ?? null,
        lead: root.querySelector('.qr-lead')?.textContent ?? null,
        paragraphs: root.querySelectorAll('.qr-body p').length,
        text: root.querySelector('.qr-body')?.textContent ?? '',
        message: root.querySelector('.qr-message:not(.qr-preparing) p')?.textContent ?? null,
        quotes: marks.map((m) => ({
          id: Number(m.getAttribute('data-quote-id')),
          speaker: m.getAttribute('data-quote-speaker'),
          text: Array.from(root.querySelectorAll(`mark[data-quote-id="${m.getAttribute('data-quote-id')}"]`))
            .map((x) => x.textContent)
            .join(''),
        })),
        panel: root.querySelector('.qr-panel') ? !root.querySelector('.qr-panel').hidden : null,
        activeInView: root.activeElement !== null && root.activeElement !== root.body,
        covered: root.querySelector('.qr-notice') ? !root.querySelector('.qr-notice').hidden : null,
      };
    }, drawn)
    .catch(() => null);
}

export function pageState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    hasRoot: document.getElementById('quote-reader-root') !== null,
  }));
}

export async function waitFor(predicate, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await predicate();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Where two serializations first differ, for a failure message that shows it. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= a.length && i >= b.length
    ? null
    : `at ${i}: «${a.slice(Math.max(0, i - 80), i + 80)}» became «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}

/**
 * The page's state once it has stopped changing by itself (the browser's own autofill touches
 * form fields of a page shown in a window a moment after load): what the view must give back.
 */
export async function settledState(page, { interval = 400, timeout = 8000 } = {}) {
  let last = await pageState(page);
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, interval));
    const next = await pageState(page);
    if (next.html === last.html) return next;
    last = next;
  }
  throw new Error('the page kept changing by itself');
}

/** The view shows the engine's article: its title, and each quote highlighted with its speaker. */
export function assertShowsEngine(view, expected) {
  assert.equal(view.title, expected.article.title);
  assert.equal(view.quotes.length, expected.quotes.length, 'as many highlights as quotes');
  view.quotes.forEach((shown, i) => {
    const quote = expected.quotes[i];
    assert.ok(showsQuote(shown.text, quote.text), `highlight ${i} «${shown.text}» shows «${quote.text}»`);
    assert.equal(shown.speaker || null, quote.speaker, `speaker of «${quote.text}»`);
  });
}

/**
 * Gives the page two adopted stylesheets of its own, from its main world, as a site would. The
 * view adds one (the page must not scroll beneath it) and must give the page back these two.
 */
export function adoptPageSheets(page) {
  return page.evaluate(() => {
    const own = ['body { outline: 1px solid transparent; }', 'p { text-decoration: none; }'].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    document.adoptedStyleSheets = own;
    window.__qrOwnSheets = own;
  });
}

/** The page's adopted sheets, seen from its main world: how many, whether its own two lead, and the overflow. */
export function pageSheets(page) {
  return page.evaluate(() => ({
    count: document.adoptedStyleSheets.length,
    ownFirst: window.__qrOwnSheets.every((s, i) => document.adoptedStyleSheets[i] === s),
    overflow: getComputedStyle(document.documentElement).overflow,
  }));
}
