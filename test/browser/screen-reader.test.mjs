/**
 * Issue 11: while the view is open, assistive technology reads the view, not the page beneath it
 * (the view's holder is a popover, not a modal dialog, so the page is not inert). In real
 * Chromium the page's accessibility tree (CDP `Accessibility.getFullAXTree`) exposes none of the
 * page's text while the view is open, and all of it again after; in real Chromium and Firefox
 * every element child of `<body>`, and of `<html>` but `<head>`, `<body>` and the holder, has
 * `aria-hidden="true"` meanwhile, also one the page adds while the view is open, and after closing
 * each has its own value back (a value the page wrote meanwhile included); text right in `<body>`
 * is in a hidden wrapper meanwhile and back in its place after: the page is byte for byte what it
 * was.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { LAUNCH, SEED_URL, SUITE } from './helpers.mjs';
import { firstDifference, pageState, pressEscape, readView, settledState, waitFor } from './view-checks.mjs';

const TOP_NOTE = 'A top-level note of the page';
const LATE_TEXT = 'Text the page added while the view was open';
const LOOSE_TEXT = 'Words the page put right in its body, in no element';

/**
 * In the page: a top-level element after `<body>` that says it is not hidden, as some pages do,
 * and text right in `<body>`, which no attribute can hide.
 */
function addTopNote([text, loose]) {
  document.body.append(document.createTextNode(loose));
  const note = document.createElement('div');
  note.id = 'qr-test-top';
  note.setAttribute('aria-hidden', 'false');
  note.textContent = text;
  document.documentElement.append(note);
  // Words of the article that a screen reader would read: the start of the first long text of a paragraph.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.localName === 'p' && node.data.trim().length >= 60) return node.data.trim().slice(0, 30);
  }
  throw new Error('no paragraph text in the page');
}

/** In the page: what its script does while the view is open: a new top-level element, and a new value on one it had. */
function pageActsMeanwhile(text) {
  const late = document.createElement('section');
  late.id = 'qr-test-late';
  late.textContent = text;
  document.documentElement.append(late);
  document.getElementById('qr-test-top').setAttribute('aria-hidden', 'maybe');
}

/** In the page: each element child of `<html>` and its `aria-hidden`, and how many children of `<body>` have which. */
function topLevel() {
  const values = {};
  for (const el of document.body.children) {
    const value = String(el.getAttribute('aria-hidden'));
    values[value] = (values[value] ?? 0) + 1;
  }
  return [
    ...Array.from(document.documentElement.children).map((el) => [
      `${el.localName}${el.id ? `#${el.id}` : ''}`,
      el.getAttribute('aria-hidden'),
    ]),
    ['body > *', values],
  ];
}

/** In the page: takes back what `pageActsMeanwhile` did, so that the page can be compared with its state before. */
function pageUndoes() {
  document.getElementById('qr-test-late').remove();
  document.getElementById('qr-test-top').setAttribute('aria-hidden', 'false');
}

/**
 * The hiding, checked the same way in both browsers; `exposed(texts)` (Chromium only) says which
 * of `texts` the page's accessibility tree exposes now.
 */
async function checkHidden(page, { open, close, exposed }) {
  const words = await page.evaluate(addTopNote, [TOP_NOTE, LOOSE_TEXT]);
  /** The page's text right in `<body>`, and the `aria-hidden` of the element each of its texts is in. */
  const looseText = () =>
    page.evaluate((loose) => {
      const inBody = Array.from(document.body.childNodes).filter((n) => n.nodeType === 3 && n.data.trim());
      const holders = Array.from(document.body.children).filter((el) => el.textContent === loose);
      return { inBody: inBody.map((n) => n.data), wrappedIn: holders.map((el) => el.getAttribute('aria-hidden')) };
    }, LOOSE_TEXT);
  const before = await settledState(page);
  const bodyBefore = (await page.evaluate(topLevel)).at(-1)[1];
  const bodyChildren = Object.values(bodyBefore).reduce((a, b) => a + b, 0);
  if (exposed)
    assert.deepEqual(
      await exposed([words, TOP_NOTE, LOOSE_TEXT]),
      [words, TOP_NOTE, LOOSE_TEXT],
      'the page is read before',
    );

  await open();
  await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
  assert.deepEqual(
    await page.evaluate(topLevel),
    [
      ['head', null],
      ['body', null],
      ['div#qr-test-top', 'true'],
      ['dialog#quote-reader-root', null],
      // The loose text's wrapper is one more.
      ['body > *', { true: bodyChildren + 1 }],
    ],
    'every child of <html> but <head> and the view is hidden while the view is open',
  );
  assert.deepEqual(
    await looseText(),
    { inBody: [], wrappedIn: ['true'] },
    "the body's loose text is in a hidden wrapper while the view is open",
  );
  if (exposed)
    assert.deepEqual(
      await exposed([words, TOP_NOTE, LOOSE_TEXT]),
      [],
      'none of the page is read while the view is open, its loose text included',
    );

  await page.evaluate(pageActsMeanwhile, LATE_TEXT);
  await waitFor(
    async () => (await page.evaluate(topLevel)).find(([name]) => name === 'section#qr-test-late')?.[1] === 'true',
    { what: 'the element the page added to be hidden' },
  );
  assert.equal(
    (await page.evaluate(topLevel)).find(([name]) => name === 'div#qr-test-top')[1],
    'true',
    "the page's new value does not show it",
  );
  if (exposed) assert.deepEqual(await exposed([LATE_TEXT, TOP_NOTE]), [], 'nor what the page adds or shows meanwhile');

  await close();
  await waitFor(async () => !(await pageState(page)).hasRoot, { what: 'the view to close' });
  assert.deepEqual(
    await page.evaluate(topLevel),
    [
      ['head', null],
      ['body', null],
      ['div#qr-test-top', 'maybe'],
      ['section#qr-test-late', null],
      ['body > *', bodyBefore],
    ],
    "after closing, each element has the page's own value again, the last it wrote",
  );
  assert.deepEqual(
    await looseText(),
    { inBody: [LOOSE_TEXT], wrappedIn: [] },
    'the loose text is right in the body again after closing',
  );
  if (exposed) {
    assert.deepEqual(
      await exposed([words, LATE_TEXT, LOOSE_TEXT]),
      [words, LATE_TEXT, LOOSE_TEXT],
      'the page is read again after closing, its loose text included',
    );
  }
  await page.evaluate(pageUndoes);
  const afterHtml = (await pageState(page)).html;
  assert.equal(
    afterHtml,
    before.html,
    `the page is byte for byte as it was: ${firstDifference(before.html, afterHtml)}`,
  );
}

describe('Chromium: the page under the view is hidden from assistive technology (issue 11)', SUITE, () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, LAUNCH);
  after(async () => browser?.context.close());

  it('exposes none of the page while the view is open, and all of it after', async () => {
    await page.goto(SEED_URL);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    /** Which of `texts` a node of the page's accessibility tree (the view's frame is another document) names. */
    const exposed = async (texts) => {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const names = nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? ''));
      const holder = nodes.find((n) => !n.ignored && n.role?.value === 'dialog');
      assert.ok(holder || !(await pageState(page)).hasRoot, "the view's holder is in the tree while it is open");
      return texts.filter((t) => names.some((name) => name.includes(t)));
    };
    await checkHidden(page, {
      open: () => browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab)),
      close: () => pressEscape(page),
      exposed,
    });
  });
});

describe('Firefox: the page under the view is hidden from assistive technology (issue 11)', SUITE, () => {
  let ff;
  before(async () => {
    ff = await launchFirefox({ width: 1280, height: 1000 });
  }, LAUNCH);
  after(async () => ff?.close());

  it('hides every top-level element of the page while the view is open, and gives each its value back', async () => {
    const page = await ff.open(SEED_URL);
    await checkHidden(page, {
      open: () => pressKeys('alt+shift+r'),
      close: () => pressKeys('Escape'),
    });
    await page.close();
  });
});
