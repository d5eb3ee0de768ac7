import assert from 'node:assert/strict';
import { it } from 'node:test';
import axe from 'axe-core';
import { SEED_URL, shot } from './helpers.mjs';
import { clickView, closeTypeMenu, inView, openTypeMenu, readView, viewFrame, waitFor } from './view-checks.mjs';

/**
 * The view's toolbar and "Aa" menu in a real browser, shared by toolbar-chromium.test.mjs and
 * toolbar-firefox.test.mjs: one row at 1280 and 360 px, the menu by keyboard, every setting
 * applied at once and kept, the bar sliding away on a phone, axe-core in every theme with the
 * menu open and closed, and screenshots.
 *
 * `driver()` gives { openView(url) → the page, closeView(), press(key) with playwright's key
 * names, resize(width, height), openOptions() → the options page opened by the extension,
 * shortcutPageOpened() → whether the browser's shortcut settings are now shown }.
 */

/** axe-core's own source text, which it offers for injecting into a page. */
const AXE_SOURCE = axe.source;
const THEMES = ['light', 'sepia', 'dark', 'system'];
const DEFAULTS = { theme: 'light', font: 'serif', fontSize: 2, width: 2, lineSpacing: 2, highlights: true };

/** Sets settings from inside the view (an extension page: it has storage.sync in both browsers). */
async function storeSettings(page, settings) {
  await inView(page, (_, s) => (globalThis.browser ?? globalThis.chrome).storage.sync.set(s), settings);
}

async function storedSettings(page) {
  return inView(page, () => (globalThis.browser ?? globalThis.chrome).storage.sync.get(null));
}

/** Where the toolbar's parts are: one row, inside the window, and which labels show. */
function toolbarLayout(page) {
  return inView(page, (root) => {
    const bar = root.querySelector('.qr-toolbar');
    const box = bar.getBoundingClientRect();
    const buttons = Array.from(bar.querySelectorAll(':scope > .qr-btn, :scope > .qr-group > .qr-btn')).filter(
      (b) => b.getBoundingClientRect().width > 0,
    );
    const centres = buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    });
    return {
      height: Math.round(box.height),
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      rows: new Set(centres).size,
      right: Math.round(Math.max(...buttons.map((b) => b.getBoundingClientRect().right))),
      left: Math.round(Math.min(...buttons.map((b) => b.getBoundingClientRect().left))),
      width: innerWidth,
      fit: bar.dataset.fit,
      labels: Array.from(bar.querySelectorAll('.qr-label'))
        .filter((l) => l.getBoundingClientRect().width > 0)
        .map((l) => l.textContent),
      unnamed: buttons.filter((b) => !b.getAttribute('aria-label')?.trim()).length,
      away: bar.classList.contains('qr-toolbar-away'),
    };
  });
}

/**
 * axe-core's violations in the view's document (injected into its frame as the source text: the
 * extension page runs no script of a test's otherwise), each with its nodes.
 */
export async function axeViolations(page) {
  const frame = await viewFrame(page);
  if (!(await frame.evaluate('typeof window.axe === "object"'))) await frame.evaluate(AXE_SOURCE);
  return inView(page, async (root) => {
    const result = await window.axe.run(root, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  });
}

/** Violations as lines to read in a failure message. */
const describe = (state, violations) =>
  violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');

export function toolbarChecks(driver, browserName) {
  it('keeps the toolbar on one labelled row, and its "Aa" menu works with the keyboard', async () => {
    const { openView, press, resize } = driver();
    await resize(1280, 900);
    const page = await openView(SEED_URL);
    await storeSettings(page, DEFAULTS);
    const wide = await toolbarLayout(page);
    assert.equal(wide.rows, 1, `one row at 1280 px: ${JSON.stringify(wide)}`);
    assert.equal(wide.unnamed, 0, 'every button has a name');
    for (const label of ['Highlights', 'Who said what', 'Saved quotes', 'Print', 'Close'])
      assert.ok(wide.labels.includes(label), `"${label}" shows at 1280 px: ${wide.labels.join(', ')}`);
    // A window between a desktop's and a phone's: still one row, inside it, some labels folded.
    await resize(700, 900);
    // The labels fold in a ResizeObserver callback, a frame or so after the width changes: wait
    // for the row to settle inside the window, and report the last layout when it never does.
    let last = null;
    const middle = await waitFor(
      async () => {
        last = await toolbarLayout(page);
        return last.width === 700 && last.right <= last.width && last;
      },
      { what: 'the view at 700 px', timeout: 5_000 },
    ).catch(() => last);
    assert.equal(middle.rows, 1, `one row at 700 px: ${JSON.stringify(middle)}`);
    assert.ok(middle.right <= middle.width, `inside the window at 700 px: ${JSON.stringify(middle)}`);
    await resize(1280, 900);

    await inView(page, (root) => root.querySelector('.qr-type-button').focus());
    await press('Enter');
    const opened = await inView(page, (root) => ({
      hidden: root.querySelector('.qr-type-menu').hidden,
      expanded: root.querySelector('.qr-type-button').getAttribute('aria-expanded'),
      focus: root.activeElement?.dataset.font ?? null,
    }));
    assert.deepEqual(
      opened,
      { hidden: false, expanded: 'true', focus: 'serif' },
      'Enter opens it on the font in force',
    );
    await press('Tab');
    assert.equal(await inView(page, (root) => root.activeElement?.dataset.font), 'sans', 'Tab moves inside it');
    await press('Escape');
    const closed = await inView(page, (root) => ({
      hidden: root.querySelector('.qr-type-menu').hidden,
      focus: root.activeElement?.classList.contains('qr-type-button'),
    }));
    assert.deepEqual(closed, { hidden: true, focus: true }, 'Esc closes the menu and gives the focus back');
    assert.ok((await readView(page))?.title, 'Esc in the menu leaves the view open');
    await press('Escape');
    await waitFor(async () => !(await viewFrame(page)), { what: 'a second Esc to close the view' });
  });

  it('applies font, size, width and line spacing at once, and keeps them', async () => {
    const { openView } = driver();
    let page = await openView(SEED_URL);
    const look = () =>
      inView(page, (root) => {
        const p = getComputedStyle(root.querySelector('.qr-body p'));
        const outputs = Array.from(root.querySelectorAll('.qr-step-value'), (o) => o.textContent);
        return {
          font: root.querySelector('.qr-page').className.match(/qr-font-(\w+)/)[1],
          family: p.fontFamily.split(',')[0],
          size: p.fontSize,
          lineHeight: parseFloat(p.lineHeight) / parseFloat(p.fontSize),
          width: root.querySelector('.qr-body').getBoundingClientRect().width,
          outputs,
          pressed: Array.from(root.querySelectorAll('.qr-type-menu [aria-pressed="true"]'), (b) => b.textContent),
        };
      });
    await openTypeMenu(page);
    const before = await look();
    assert.deepEqual(before.outputs, ['19 px', '66 characters', '1.6'], 'each step shows its value and unit');
    await clickView(page, 'button[data-font="system"]');
    await clickView(page, 'button[aria-label="Larger text"]');
    await clickView(page, 'button[aria-label="Wider"]');
    await clickView(page, 'button[aria-label="More line spacing"]');
    const after = await look();
    assert.equal(after.font, 'system');
    assert.notEqual(after.family, before.family, 'the system font is another font');
    assert.equal(after.size, '21px');
    assert.ok(after.width > before.width, `wider column: ${before.width} → ${after.width}`);
    assert.ok(after.lineHeight > before.lineHeight + 0.1, `looser lines: ${before.lineHeight} → ${after.lineHeight}`);
    assert.deepEqual(after.outputs, ['21 px', '72 characters', '1.8']);
    assert.ok(
      after.pressed.some((t) => t.includes('System font')),
      `pressed: ${after.pressed.join(', ')}`,
    );
    const stored = await storedSettings(page);
    assert.deepEqual(
      { font: stored.font, fontSize: stored.fontSize, width: stored.width, lineSpacing: stored.lineSpacing },
      { font: 'system', fontSize: 3, width: 3, lineSpacing: 3 },
      'saved in storage.sync',
    );
    await closeTypeMenu(page);
    await driver().closeView();
    page = await openView(SEED_URL);
    const again = await look();
    assert.deepEqual([again.font, again.size], ['system', '21px'], 'kept across openings');
    await storeSettings(page, DEFAULTS);
    await driver().closeView();
  });

  it('passes axe-core in every theme, with the type menu open and closed', async () => {
    const { openView } = driver();
    const page = await openView(SEED_URL);
    const found = [];
    for (const theme of THEMES) {
      await openTypeMenu(page);
      await clickView(page, `button[data-theme="${theme}"]`);
      const shown = await inView(
        page,
        (root, theme) => {
          const pageEl = root.querySelector('.qr-page');
          return {
            scheme: getComputedStyle(pageEl).colorScheme,
            pressed: Array.from(
              root.querySelectorAll('button[data-theme][aria-pressed="true"]'),
              (b) => b.dataset.theme,
            ),
            fill: getComputedStyle(root.querySelector(`button[data-theme="${theme}"]`)).backgroundColor,
            background: getComputedStyle(pageEl).backgroundColor,
          };
        },
        theme,
      );
      assert.deepEqual(shown.pressed, [theme], `only ${theme} is pressed`);
      assert.notEqual(shown.fill, shown.background, `the pressed ${theme} button is filled`);
      const scheme = { light: 'light', sepia: 'light', dark: 'dark', system: 'light dark' }[theme];
      assert.equal(shown.scheme, scheme, `color-scheme in ${theme}`);
      found.push(describe(`${theme}, menu open`, await axeViolations(page)));
      await clickView(page, '.qr-type-button');
      found.push(describe(`${theme}, menu closed`, await axeViolations(page)));
    }
    await storeSettings(page, DEFAULTS);
    const report = found.filter(Boolean).join('\n');
    if (report) console.log(`# ${browserName}: axe-core violations\n${report}`);
    assert.equal(report, '', 'no axe-core violation in any theme');
    await driver().closeView();
  });

  it('stays one row at 360 × 740, with named icons, and slides away while scrolling down', async () => {
    const { openView, resize } = driver();
    await resize(360, 740);
    const page = await openView(SEED_URL);
    const narrow = await toolbarLayout(page);
    assert.equal(narrow.rows, 1, `one row at 360 px: ${JSON.stringify(narrow)}`);
    assert.ok(narrow.left >= 0 && narrow.right <= narrow.width, `inside the screen: ${JSON.stringify(narrow)}`);
    assert.ok(narrow.height <= 56, `a low bar: ${narrow.height} px`);
    assert.equal(narrow.unnamed, 0, 'every icon button has a name');
    const scroll = async (by) => {
      for (let i = 0; i < 4; i++) {
        await inView(page, (root, by) => root.querySelector('.qr-page').scrollBy(0, by), by / 4);
        await new Promise((r) => setTimeout(r, 60));
      }
      await new Promise((r) => setTimeout(r, 400)); // the slide takes 0.2 s
      return toolbarLayout(page);
    };
    const down = await scroll(1200);
    assert.ok(down.away && down.bottom <= 1, `gone while scrolling down: ${JSON.stringify(down)}`);
    const up = await scroll(-200);
    assert.ok(!up.away && up.top >= 0 && up.bottom > 30, `back on scrolling up: ${JSON.stringify(up)}`);
    await openTypeMenu(page);
    const violations = describe('360 px, menu open', await axeViolations(page));
    if (violations) console.log(`# ${browserName}: axe-core violations\n${violations}`);
    assert.equal(violations, '', 'no axe-core violation at 360 px');
    await closeTypeMenu(page);
    await driver().closeView();
    await resize(1280, 900);
  });

  it('draws the toolbar and its open menu at 1280 and 360 px, light and dark (screenshots)', async () => {
    const { openView, resize } = driver();
    for (const [width, height] of [
      [1280, 900],
      [360, 740],
    ]) {
      await resize(width, height);
      const page = await openView(SEED_URL);
      for (const theme of ['light', 'dark']) {
        await storeSettings(page, { ...DEFAULTS, theme });
        await openTypeMenu(page);
        await waitFor(
          async () => (await inView(page, (root) => root.querySelector('.qr-page').className)).includes(theme),
          {
            what: `the ${theme} theme`,
          },
        );
        const path = shot(`${browserName}-toolbar-${theme}-${width}`);
        await page.screenshot(browserName === 'chromium' ? { path, caret: 'initial' } : { path });
        await clickView(page, '.qr-type-button');
      }
      await storeSettings(page, DEFAULTS);
      await driver().closeView();
    }
  });

  it('lines up the options page in a grid, with units, and a button to the shortcut settings', async () => {
    const { openView, openOptions, shortcutPageOpened } = driver();
    await openView(SEED_URL);
    const options = await openOptions();
    await waitFor(() => options.evaluate(() => document.getElementById('shortcut').textContent), {
      what: 'the shortcut line',
    });
    const shown = await options.evaluate(() => {
      const lefts = (selector) =>
        Array.from(document.querySelectorAll(selector), (e) => Math.round(e.getBoundingClientRect().left));
      return {
        labels: new Set(lefts('.grid > label')).size,
        controls: new Set(lefts('.grid > select, .grid > .range')).size,
        apart: lefts('.grid > select')[0] - Math.max(...lefts('.grid > label')),
        width: document.getElementById('widthOut').textContent,
        spacing: document.getElementById('lineSpacingOut').textContent,
        widthSpoken: document.getElementById('width').getAttribute('aria-valuetext'),
        fonts: Array.from(document.querySelectorAll('select[name="font"] option'), (o) => o.value),
        shortcut: document.getElementById('shortcut').textContent,
        button: !document.getElementById('changeShortcut').hidden,
        how: !document.getElementById('shortcutHow').hidden,
      };
    });
    await options.screenshot({ path: shot(`${browserName}-options-grid`) });
    assert.equal(shown.labels, 1, 'the labels start on one line');
    assert.equal(shown.controls, 1, 'the controls start on one line');
    assert.ok(shown.apart > 0, 'controls to the right of the labels');
    assert.deepEqual([shown.width, shown.widthSpoken, shown.spacing], ['66 characters', '66 characters', '1.6']);
    assert.deepEqual(shown.fonts, ['serif', 'sans', 'system']);
    assert.match(shown.shortcut, /^Keyboard shortcut: Alt\+Shift\+[QR]$/);
    assert.deepEqual([shown.button, shown.how], [true, false], 'a button, not words, where the browser can open them');
    await options.click('#changeShortcut');
    assert.ok(await waitFor(shortcutPageOpened, { what: "the browser's shortcut settings" }));
    await options.close();
  });
}
