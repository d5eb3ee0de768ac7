import assert from 'node:assert/strict';
import { SEED_URL, showsQuote } from './helpers.mjs';

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
        message: root.querySelector('.qr-message .qr-reason')?.textContent ?? null,
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

/*
 * The view as a designer checks it (issue 12): calm highlights, chips kept with their quote, the
 * panel in reading order with its filter row, the bottom sheet on a phone, the state of a page
 * that is no article, the interface's own direction on a right-to-left page. Each check reads the
 * drawn view and fails with what it saw.
 */

/** The pages of the design checks and screenshots: the seed, German, Persian, a DW video page, a BBC page. */
export const DESIGN_PAGES = {
  seed: { url: SEED_URL, file: 'dw-en-foe-to-friend/source.html' },
  german: {
    url: new URL('https://www.dw.com/de/russland-wahl-nadeschdin-setzt-auf-ein-ende-der-putin-ära/a-68117411').href,
    file: 'dw-de-nadeschdin-2024/source.html',
  },
  persian: {
    url: 'https://www.dw.com/fa-ir/%DA%AF%D9%81%D8%AA%DA%AF%D9%88/a-67300001',
    file: 'dw-rtl-persian/source.html',
  },
  video: {
    url: 'https://www.dw.com/en/germanys-world-cup-opener-in-90-seconds/video-77540001',
    file: 'dw-video-page/source.html',
  },
  bbc: { url: 'https://www.bbc.com/news/world-us-canada-33593563', file: 'readability/bbc-1/source.html' },
};

/** The design pages' bodies by address, for the browsers' `pages` option. */
export function designPageBodies(readFixture) {
  return Object.fromEntries(Object.values(DESIGN_PAGES).map(({ url, file }) => [url, readFixture(file)]));
}

/** Highlights: a tint and no underline; each chip on one line with its quote's last word. */
export async function assertCalmHighlights(page) {
  const seen = await inView(page, (root) => {
    const marks = Array.from(root.querySelectorAll('mark[data-quote-id]'));
    const underlined = marks.filter((m) => {
      const s = getComputedStyle(m);
      return parseFloat(s.borderBottomWidth) > 0 || s.textDecorationLine !== 'none';
    }).length;
    const untinted = marks.filter((m) => getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)').length;
    const lasts = Array.from(root.querySelectorAll('mark[data-quote-last]'));
    const chips = lasts.filter((m) => getComputedStyle(m, '::after').content !== 'none');
    // A chip's quote end holds the last word, the chip and the bookmark: one line box, or the chip broke away.
    const broken = lasts
      .map((m) => m.closest('[data-quote-end]'))
      .filter((end) => end?.getClientRects().length !== 1).length;
    return { marks: marks.length, underlined, untinted, quotes: lasts.length, chips: chips.length, broken };
  });
  assert.ok(seen.marks > 0, 'there are highlights');
  assert.equal(seen.underlined, 0, 'no highlight is underlined');
  assert.equal(seen.untinted, 0, 'every highlight is tinted');
  assert.equal(seen.broken, 0, "every quote's end (last word, chip, bookmark) is one unbroken line box");
  return seen;
}

/** The panel lists the quotes in the order the article shows them. */
export async function assertPanelInReadingOrder(page) {
  const { rows, marks } = await inView(page, (root) => ({
    rows: Array.from(root.querySelectorAll('.qr-panel .qr-quote-item')).map((r) => r.getAttribute('data-row-id')),
    marks: Array.from(root.querySelectorAll('mark[data-quote-first]')).map((m) => m.getAttribute('data-quote-id')),
  }));
  assert.ok(rows.length > 0, 'the panel has rows');
  assert.deepEqual(rows, marks.slice(0, rows.length), 'panel rows in document order');
}

/** The filter row: one speaker's button shows only their quotes (panel and article); "All" shows all again. */
export async function assertFilterRow(page, speakerShort) {
  const index = await inView(
    page,
    (root, name) =>
      Array.from(root.querySelectorAll('.qr-filter-button')).findIndex((b) => b.textContent.trim() === name),
    speakerShort,
  );
  assert.ok(index > 0, `a filter button for ${speakerShort}`);
  await clickView(page, '.qr-filter-button', index);
  const only = await inView(page, (root) => ({
    pressed: Array.from(root.querySelectorAll('.qr-filter-button[aria-pressed="true"]')).map((b) => b.textContent),
    rowSpeakers: [
      ...new Set(
        Array.from(root.querySelectorAll('.qr-panel .qr-quote-item')).map(
          (r) => r.querySelector('.qr-row-speaker').textContent.split(',')[0],
        ),
      ),
    ],
    lit: [
      ...new Set(
        Array.from(root.querySelectorAll('mark[data-quote-first]:not(.qr-dim)')).map((m) =>
          m.getAttribute('data-quote-speaker'),
        ),
      ),
    ],
  }));
  assert.deepEqual(only.pressed, [speakerShort], 'only that button is pressed');
  assert.equal(only.rowSpeakers.length, 1, `the panel shows one speaker: ${only.rowSpeakers}`);
  assert.ok(only.rowSpeakers[0].endsWith(speakerShort), `…and it is ${speakerShort}`);
  assert.equal(only.lit.length, 1, 'the article lights one speaker');
  await clickView(page, '.qr-filter-button', 0);
  const all = await inView(page, (root) => ({
    rows: root.querySelectorAll('.qr-panel .qr-quote-item').length,
    marks: root.querySelectorAll('mark[data-quote-first]').length,
    dim: root.querySelectorAll('mark.qr-dim').length,
  }));
  assert.equal(all.dim, 0, '"All" lights every quote again');
  assert.equal(all.rows, Math.min(all.marks, 100), '"All" lists every quote again');
}

/** On a phone the panel is a sheet at the bottom of the screen, in sight once opened. */
export async function assertBottomSheet(page, { width, height }) {
  const sheet = await inView(page, (root) => {
    const panel = root.querySelector('.qr-panel');
    const box = panel.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(40, box.height / 2));
    return {
      hidden: panel.hidden,
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      onTop: panel.contains(hit),
    };
  });
  assert.equal(sheet.hidden, false, 'the panel is open');
  assert.ok(sheet.top > 0 && sheet.top < height * 0.6, `the sheet starts on screen (top ${sheet.top})`);
  assert.ok(Math.abs(sheet.bottom - height) <= 2, `the sheet reaches the bottom (${sheet.bottom} of ${height})`);
  assert.ok(sheet.left <= 1 && sheet.right >= width - 1, 'the sheet spans the screen');
  assert.ok(sheet.onTop, 'the sheet is drawn over the article');
}

/** A video page: a clear state with its title and a "Watch on dw.com" button, not a teaser line. */
export async function assertVideoState(page) {
  const state = await inView(page, (root) => {
    const button = root.querySelector('.qr-state .qr-state-back');
    const box = button?.getBoundingClientRect();
    return {
      title: root.querySelector('.qr-state h1')?.textContent ?? null,
      button: button?.textContent ?? null,
      visible: !!box && box.width > 40 && box.height > 30 && box.bottom <= innerHeight,
      body: root.querySelectorAll('.qr-body').length,
      readAloud: !!root.querySelector('.qr-toolbar .qr-read-aloud'),
    };
  });
  assert.equal(state.title, "Germany's World Cup opener in 90 seconds");
  assert.equal(state.readAloud, false, 'nothing to read aloud on a page state');
  assert.equal(state.button, 'Watch on dw.com');
  assert.ok(state.visible, 'the button is in sight');
  assert.equal(state.body, 0, 'no teaser text in place of an article');
}

/**
 * A Persian article with an English interface: the info line's "1 min read" keeps its own order
 * (the number left of "min"), the link back is there, and Previous/Next point the article's way.
 */
export async function assertRtlInfoLine(page) {
  const line = await inView(page, (root) => {
    const time = root.querySelector('.qr-reading-time');
    const text = time.firstChild;
    const range = document.createRange();
    const at = (i) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const m = text.data.indexOf('min');
    const transform = (name) => {
      const svg = root.querySelector(`svg[data-icon="${name}"]`);
      return svg ? getComputedStyle(svg).transform : null;
    };
    return {
      text: text.data,
      dir: time.getAttribute('dir'),
      articleDir: root.querySelector('.qr-article').getAttribute('dir'),
      numberLeftOfWord: at(0) < at(m),
      original: root.querySelector('.qr-meta .qr-original')?.getAttribute('href') ?? null,
      next: transform('next'),
      prev: transform('prev'),
    };
  });
  assert.equal(line.articleDir, 'rtl');
  assert.match(line.text, /^\d+ min read$/);
  assert.equal(line.dir, 'ltr', "the interface's words in the interface's direction");
  assert.ok(line.numberLeftOfWord, `"${line.text}" reads left to right`);
  assert.ok(line.original?.startsWith('https://www.dw.com/fa-ir/'), 'the header links back to the original page');
  for (const arrow of ['next', 'prev']) {
    if (line[arrow] === null) continue; // the toolbar may draw its arrows otherwise
    assert.match(line[arrow], /^matrix\(-1, 0, 0, 1/, `the ${arrow} arrow is mirrored`);
  }
}

/** Sets the theme from inside the view (its storage), as the options page does; the view follows at once. */
export async function setTheme(page, theme) {
  await inView(page, (_root, theme) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ theme }), theme);
  await waitFor(
    () => inView(page, (root, theme) => root.querySelector('.qr-page').classList.contains(`qr-theme-${theme}`), theme),
    { what: `the ${theme} theme` },
  );
}

/**
 * The panel's quotes on a right-to-left page: in the article language's own marks («…» in
 * Persian), never English curly ones, isolated in a <bdi> whose direction is the quote's, so the
 * opening mark stands at the quote's right-hand start.
 */
export async function assertRtlPanelQuote(page) {
  const toggle = '[aria-controls="qr-panel"]';
  const expanded = await inView(page, (root, sel) => root.querySelector(sel)?.getAttribute('aria-expanded'), toggle);
  if (expanded !== 'true') await clickView(page, toggle);
  const rows = await inView(page, (root) =>
    Array.from(root.querySelectorAll('.qr-panel .qr-row-text')).map((span) => {
      const bdi = span.querySelector('bdi');
      // The marks and the words may be separate text nodes: the first character of the first, the last of the last.
      const first = bdi?.firstChild;
      const last = bdi?.lastChild;
      const range = document.createRange();
      const x = (node, i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      return {
        shown: span.textContent,
        bdi: !!bdi,
        direction: bdi ? getComputedStyle(bdi).direction : null,
        openRightOfClose:
          first?.nodeType === 3 && last?.nodeType === 3 ? x(first, 0) > x(last, last.data.length - 1) : null,
      };
    }),
  );
  assert.ok(rows.length > 0, 'the Persian page has quotes in the panel');
  for (const row of rows) {
    assert.ok(row.bdi, 'the quote is isolated in a <bdi>');
    assert.doesNotMatch(row.shown, /[“”]/, `no English curly marks: ${row.shown}`);
    assert.match(row.shown, /^«[\s\S]*»$/, `the Persian marks «…» around it: ${row.shown}`);
    assert.equal(row.direction, 'rtl', 'the quote runs right to left');
    assert.equal(row.openRightOfClose, true, 'the opening « stands at the right, where the quote starts');
  }
  if (expanded !== 'true') await clickView(page, toggle);
}

/** The phone the touch tests stand in for. */
export const PHONE = { width: 360, height: 740 };
/** WCAG 2.2's minimum target (2.5.8); 44 px is the comfortable size (2.5.5). */
export const MIN_TARGET = 24;

/**
 * The view's layout on a touch screen: its size, the targets in sight (outside the article)
 * smaller than `min` px and the smallest, how far anything scrolls sideways, and whether the view
 * sees a touch screen (hover: none, pointer: coarse).
 */
export function touchLayout(page, min) {
  return inView(
    page,
    (root, min) => {
      const targets = Array.from(root.querySelectorAll('button, a[href], select, input, [role="button"]'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(
          ({ el, box }) =>
            box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && !el.closest('.qr-body'),
        )
        .map(({ el, box }) => ({
          what: `${el.localName}.${el.className || ''} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 20)}`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        }));
      const scroller = document.scrollingElement;
      return {
        width: document.documentElement.clientWidth,
        height: innerHeight,
        count: targets.length,
        small: targets.filter((t) => t.width < min || t.height < min),
        smallest: Math.min(...targets.map((t) => Math.min(t.width, t.height))),
        sideways: scroller.scrollWidth - scroller.clientWidth,
        touch: matchMedia('(hover: none) and (pointer: coarse)').matches,
      };
    },
    min,
  );
}
