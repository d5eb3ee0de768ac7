/**
 * The reading view on DW articles in Arabic, traditional Chinese and Hindi, in real Chromium and
 * real Firefox: the article keeps its language and direction (Arabic right to left), is set in a
 * font stack for its script, and screenshots of each go to test-results/ to be looked at. (The
 * browsers' own interface stays in English here: headless Chromium keeps en-US whatever --lang or
 * LANGUAGE say, so the view's right-to-left interface for Arabic and Persian is not exercised.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { readPage } from '../../dist/lib/index.mjs';
import { launchChromium } from './chromium.mjs';
import { launchFirefox, pressKeys } from './firefox.mjs';
import { FIXTURES, LAUNCH_TIMEOUT_MS, shot, SUITE } from './helpers.mjs';
import { inView, pressEscape, readView, waitFor } from './view-checks.mjs';

/** The DW language fixtures shown, with the direction and a font their script's stack names. */
const ARTICLES = [
  { slug: 'ar-assad-erdogan-trump', dir: 'rtl', font: 'Arabic' },
  { slug: 'zh-hant-dw-60-greetings', dir: 'ltr', font: 'TC' },
  { slug: 'hi-afd-merkel', dir: 'ltr', font: 'Devanagari' },
].map((a) => {
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'dw-lang', a.slug, 'fixture.json'), 'utf8'));
  const url = new URL(spec.url).href;
  const html = readFileSync(join(FIXTURES, 'dw-lang', a.slug, 'source.html'), 'utf8');
  return { ...a, url, html, quotes: engineQuotes(html, url) };
});
/** How many quotes the library (dist/lib, every language registered) finds on the page. */
function engineQuotes(html, url) {
  const result = readPage(new JSDOM(html, { url }).window.document, url, { force: true });
  return result.quotes.length;
}

const PAGES = Object.fromEntries(ARTICLES.map((a) => [a.url, a.html]));

/** The open view's article, as the reader sees it: read inside the view's frame. */
function readLayout(page) {
  return inView(page, (document) => {
    const article = document.querySelector('.qr-article');
    return {
      lang: article?.getAttribute('lang') ?? null,
      dir: article?.getAttribute('dir') ?? null,
      direction: article ? getComputedStyle(article).direction : null,
      font: article ? getComputedStyle(article).fontFamily : null,
      // The language files the view loaded (src/view/languages.ts): its page's, and no other.
      languages: [...document.querySelectorAll('script[src]')]
        .map((s) => /\/lang\/([a-z]+)\.js$/.exec(s.src)?.[1])
        .filter(Boolean),
      quotes: new Set([...document.querySelectorAll('[data-quote-id]')].map((m) => m.getAttribute('data-quote-id')))
        .size,
    };
  });
}

function assertLayout(layout, article, what) {
  assert.equal(layout.dir, article.dir, `${what}: dir`);
  assert.equal(layout.direction, article.dir, `${what}: laid out ${article.dir}`);
  assert.match(layout.font, new RegExp(article.font), `${what}: a font stack for its script`);
  assert.deepEqual(layout.languages, [article.slug.split('-')[0]], `${what}: only its language's data loaded`);
  assert.equal(layout.quotes, article.quotes, `${what}: as many quotes as the engine finds with every language`);
}

describe('Chromium: DW articles in Arabic, Chinese and Hindi', SUITE, () => {
  let browser;
  after(async () => browser?.context.close());

  it('shows each in its direction and script', { timeout: LAUNCH_TIMEOUT_MS * 2 }, async () => {
    browser = await launchChromium({ viewport: { width: 1280, height: 900 }, pages: PAGES });
    const page = await browser.context.newPage();
    for (const article of ARTICLES) {
      await page.goto(article.url);
      await browser.inWorker(article.url, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
      await waitFor(async () => (await readView(page))?.title, { what: `the view to open on ${article.slug}` });
      assertLayout(await readLayout(page), article, article.slug);
      await page.screenshot({ path: shot(`chromium-lang-${article.slug}`) });
      await pressEscape(page);
      await waitFor(async () => (await readView(page)) === null, { what: `the view to close on ${article.slug}` });
    }
  });
});

describe('Firefox: DW articles in Arabic, Chinese and Hindi', SUITE, () => {
  let ff;
  after(async () => ff?.close());

  it('shows each in its direction and script', { timeout: LAUNCH_TIMEOUT_MS * 2 }, async () => {
    ff = await launchFirefox({ width: 1280, height: 1000, pages: PAGES });
    for (const article of ARTICLES) {
      const page = await ff.open(article.url);
      pressKeys('alt+shift+r');
      await waitFor(async () => (await readView(page))?.title, { what: `the view to open on ${article.slug}` });
      assertLayout(await readLayout(page), article, article.slug);
      await page.screenshot({ path: shot(`firefox-lang-${article.slug}`) });
      await page.close();
    }
  });
});
